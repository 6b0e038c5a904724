package io.huzhu.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Networks;
import io.huzhu.shared.RateLimiter;
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

    private record Failures(int count, Instant last) {}

    private final IdentityProperties.Login settings;
    private final Clock clock;
    private final RateLimiter perAddress;
    private final Cache<String, Failures> pairs;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Boolean> known;

    LoginGuard(IdentityProperties.Login settings, Clock clock) {
        this(
                settings,
                clock,
                new RateLimiter("sign-ins per address", settings.attemptsPerAddressPerMinute(), Duration.ofMinutes(1)));
    }

    LoginGuard(IdentityProperties.Login settings, Clock clock, RateLimiter perAddress) {
        this.settings = settings;
        this.clock = clock;
        this.perAddress = perAddress;
        Duration keep = settings.maxDelay().multipliedBy(4).plus(settings.attackWindow());
        this.pairs = Caffeine.newBuilder()
                .maximumSize(1_000_000)
                .expireAfterWrite(keep)
                .build();
        this.accounts = Caffeine.newBuilder()
                .maximumSize(1_000_000)
                .expireAfterWrite(keep)
                .build();
        this.known = Caffeine.newBuilder()
                .maximumSize(1_000_000)
                .expireAfterWrite(settings.rememberAddresses())
                .build();
    }

    /** Refuses with 429 and a retry delay when this pair must still wait; otherwise the attempt may proceed. */
    void check(String username, String address) {
        perAddress.acquire(Networks.of(address));
        String account = AccountRepository.key(username);
        Failures pair = pairs.getIfPresent(pairKey(account, address));
        if (pair == null) {
            return;
        }
        int free = underAttack(account) && known.getIfPresent(pairKey(account, address)) == null
                ? 1
                : settings.freeFailures();
        if (pair.count() < free) {
            return;
        }
        Duration wait = delay(pair.count() - free);
        Duration left = Duration.between(clock.instant(), pair.last().plus(wait));
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
        pairs.asMap()
                .merge(pairKey(account, address), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        accounts.asMap()
                .merge(
                        account,
                        new Failures(1, now),
                        (a, b) -> a.last().isBefore(now.minus(settings.attackWindow()))
                                ? new Failures(1, now)
                                : new Failures(a.count() + 1, now));
    }

    void succeeded(String username, String address) {
        String key = pairKey(AccountRepository.key(username), address);
        pairs.invalidate(key);
        known.put(key, Boolean.TRUE);
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
        Failures f = accounts.getIfPresent(account);
        return f != null
                && f.count() >= settings.attackFailures()
                && !f.last().isBefore(clock.instant().minus(settings.attackWindow()));
    }

    private static String pairKey(String account, String address) {
        return account + "\n" + Networks.of(address);
    }
}
