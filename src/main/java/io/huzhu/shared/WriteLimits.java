package io.huzhu.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Limits on the cheap writes an attacker would repeat by the thousand: registrations per address, group creations
 * per account and per address, joins per account, group setting changes (renames included) per account. Each refusal
 * is a 429 {@code RATE_LIMITED} with a retry delay. Shared by every node when Redis is configured (docs/scaling.md).
 * Posts, reports and sign-ins have their own limits where they are handled.
 */
@Component
public class WriteLimits {

    /**
     * Settings ({@code huzhu.limits.*}).
     *
     * @param registrationsPerAddressPerHour new accounts one address (an IPv6 /64) may register an hour
     * @param groupsPerAccountPerDay groups one account may create a day
     * @param groupsPerAddressPerDay groups one address may create a day, over all accounts
     * @param joinsPerAccountPerHour groups one account may join (or ask to join) an hour
     * @param groupUpdatesPerAccountPerHour changes to a group's settings (name, rules …) one account may make an hour
     */
    @ConfigurationProperties("huzhu.limits")
    public record Settings(
            @DefaultValue("10") int registrationsPerAddressPerHour,
            @DefaultValue("5") int groupsPerAccountPerDay,
            @DefaultValue("20") int groupsPerAddressPerDay,
            @DefaultValue("30") int joinsPerAccountPerHour,
            @DefaultValue("30") int groupUpdatesPerAccountPerHour) {}

    private final RateLimiter registrations;
    private final RateLimiter groupsPerAccount;
    private final RateLimiter groupsPerAddress;
    private final RateLimiter joins;
    private final RateLimiter groupUpdates;

    WriteLimits(Settings settings, RateLimits limits) {
        Duration hour = Duration.ofHours(1);
        Duration day = Duration.ofDays(1);
        registrations =
                limits.limiter("registrations from this address", settings.registrationsPerAddressPerHour(), hour);
        groupsPerAccount = limits.limiter("groups created by this account", settings.groupsPerAccountPerDay(), day);
        groupsPerAddress = limits.limiter("groups created from this address", settings.groupsPerAddressPerDay(), day);
        joins = limits.limiter("group joins", settings.joinsPerAccountPerHour(), hour);
        groupUpdates = limits.limiter("group setting changes", settings.groupUpdatesPerAccountPerHour(), hour);
    }

    public void registration(ClientInfo client) {
        if (client.address() != null) {
            registrations.acquire(Networks.of(client.address()));
        }
    }

    public void groupCreation(UserId creator, ClientInfo client) {
        groupsPerAccount.acquire(creator.toString());
        if (client.address() != null) {
            groupsPerAddress.acquire(Networks.of(client.address()));
        }
    }

    public void join(UserId member) {
        joins.acquire(member.toString());
    }

    public void groupUpdate(UserId caller) {
        groupUpdates.acquire(caller.toString());
    }
}
