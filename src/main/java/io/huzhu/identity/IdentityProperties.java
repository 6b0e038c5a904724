package io.huzhu.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code huzhu.identity.*}).
 *
 * @param adminUsername bootstrap admin, from {@code HUZHU_ADMIN_USERNAME}; empty means none
 * @param adminPassword bootstrap admin password, from {@code HUZHU_ADMIN_PASSWORD}
 * @param tokenTtl lifetime of a bearer token
 * @param tokenCacheTtl how long a node trusts a cached token lookup; bounds how late a revocation made on
 *     another node takes effect
 * @param login how sign-in attempts are slowed down (never locked): see {@link Login}
 * @param argon2MemoryKib Argon2id memory cost
 * @param argon2Iterations Argon2id time cost
 */
@ConfigurationProperties("huzhu.identity")
public record IdentityProperties(
        @DefaultValue("") String adminUsername,
        @DefaultValue("") String adminPassword,
        @DefaultValue("P30D") Duration tokenTtl,
        @DefaultValue("PT30S") Duration tokenCacheTtl,
        @DefaultValue Login login,
        @DefaultValue("19456") int argon2MemoryKib,
        @DefaultValue("2") int argon2Iterations) {

    /**
     * Sign-in anti-automation ({@code huzhu.identity.login.*}), see {@code LoginGuard}.
     *
     * @param freeFailures wrong passwords one address may send for one account before it has to wait
     * @param maxDelay the longest wait between tries (the wait doubles from 1 s)
     * @param attackFailures failures on one account, from all addresses within {@code attackWindow}, from which
     *     addresses that never signed in to it get a single free try
     * @param attackWindow see {@code attackFailures}
     * @param attemptsPerAddressPerMinute sign-in attempts one address (an IPv6 /64) may make a minute, all accounts
     * @param rememberAddresses how long an address the owner signed in from counts as theirs
     */
    public record Login(
            @DefaultValue("5") int freeFailures,
            @DefaultValue("PT15M") Duration maxDelay,
            @DefaultValue("20") int attackFailures,
            @DefaultValue("PT15M") Duration attackWindow,
            @DefaultValue("30") int attemptsPerAddressPerMinute,
            @DefaultValue("P90D") Duration rememberAddresses) {}
}
