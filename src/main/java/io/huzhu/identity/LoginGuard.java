package io.huzhu.identity;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Networks;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.cluster.CounterStore;
import io.huzhu.shared.cluster.LocalCounterStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Anti-automation for signing in without a denial of service for the owner (OWASP ASVS V2.2). Failures are counted
 * per account <em>and</em> address together: after a few free ones, that pair waits 1 s, 2 s, 4 s … up to a cap
 * before its next try. Nothing is ever locked, and another address is not affected, so the owner's correct password
 * from their own phone goes through while someone else guesses. When one account collects many failures from many
 * addresses (a distributed guess), addresses that never signed in to it get one free try instead of several; the
 * addresses the owner used before keep theirs. Separately, one address may try only so many sign-ins a minute over
 * all accounts (password spraying).
 */
final class LoginGuard {

    private final IdentityProperties.Login settings;
    private final Clock clock;
    private final RateLimiter perAddress;
    private final CounterStore counters;
    private final Duration keep;

    /** A guard in this node's memory only. */
    LoginGuard(IdentityProperties.Login settings, Clock clock) {
        this(
                settings,
                clock,
                new RateLimiter("sign-ins per address", settings.attemptsPerAddressPerMinute(), Duration.ofMinutes(1)),
                new LocalCounterStore());
    }

    /** A guard whose limit and failure counts are shared by every node when they live in Redis. */
    LoginGuard(IdentityProperties.Login settings, Clock clock, RateLimiter perAddress, CounterStore counters) {
        this.settings = settings;
        this.clock = clock;
        this.perAddress = perAddress;
        this.counters = counters;
        this.keep = settings.maxDelay().multipliedBy(4).plus(settings.attackWindow());
    }

    /** Refuses with 429 and a retry delay when this pair must still wait; otherwise the attempt may proceed. */
    void check(String username, String address) {
        perAddress.acquire(Networks.of(address));
        String account = AccountRepository.key(username);
        var pair = counters.get("login-pair\n" + pairKey(account, address));
        if (pair.isEmpty()) {
            return;
        }
        int free = underAttack(account)
                        && counters.get("login-known\n" + pairKey(account, address))
                                .isEmpty()
                ? 1
                : settings.freeFailures();
        if (pair.get().count() < free) {
            return;
        }
        Duration wait = delay(pair.get().count() - free);
        Duration left = Duration.between(clock.instant(), pair.get().last().plus(wait));
        if (left.isPositive()) {
            long seconds = Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
            throw new HuzhuException(
                    ErrorCode.RATE_LIMITED,
                    "Too many wrong passwords for this account from your network; try again in " + seconds + " s",
                    List.of(),
                    Map.of("retryAfterSeconds", seconds));
        }
    }

    void failed(String username, String address) {
        String account = AccountRepository.key(username);
        Instant now = clock.instant();
        counters.increment("login-pair\n" + pairKey(account, address), now, keep, keep);
        counters.increment("login-account\n" + account, now, settings.attackWindow(), keep);
    }

    void succeeded(String username, String address) {
        String key = pairKey(AccountRepository.key(username), address);
        counters.delete("login-pair\n" + key);
        counters.increment(
                "login-known\n" + key, clock.instant(), settings.rememberAddresses(), settings.rememberAddresses());
    }

    /** 1 s after the first failure past the free ones, doubling up to the cap. */
    Duration delay(int beyondFree) {
        Duration max = settings.maxDelay();
        if (beyondFree >= 40) {
            return max;
        }
        Duration wait = Duration.ofSeconds(1L << beyondFree);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private boolean underAttack(String account) {
        return counters.get("login-account\n" + account)
                .filter(f -> f.count() >= settings.attackFailures()
                        && !f.last().isBefore(clock.instant().minus(settings.attackWindow())))
                .isPresent();
    }

    private static String pairKey(String account, String address) {
        return account + "\n" + Networks.of(address);
    }
}
