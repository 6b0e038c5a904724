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
 * @param loginAttemptsPerMinute login attempts allowed per username and per client address
 * @param argon2MemoryKib Argon2id memory cost
 * @param argon2Iterations Argon2id time cost
 */
@ConfigurationProperties("huzhu.identity")
public record IdentityProperties(
        @DefaultValue("") String adminUsername,
        @DefaultValue("") String adminPassword,
        @DefaultValue("P30D") Duration tokenTtl,
        @DefaultValue("PT30S") Duration tokenCacheTtl,
        @DefaultValue("10") int loginAttemptsPerMinute,
        @DefaultValue("19456") int argon2MemoryKib,
        @DefaultValue("2") int argon2Iterations) {}
