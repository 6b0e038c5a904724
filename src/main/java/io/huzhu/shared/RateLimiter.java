package io.huzhu.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;

/**
 * A named token-bucket limit per key (a user, an address), kept in this node's memory. Buckets of idle keys are
 * dropped after twice the period.
 */
public final class RateLimiter {

    private final String name;
    private final int capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(String name, int capacity, Duration period) {
        this.name = name;
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(1_000_000)
                .expireAfterAccess(period.multipliedBy(2))
                .build();
    }

    /** Takes one permit for {@code key} or refuses with {@link ErrorCode#RATE_LIMITED} and a retry delay. */
    public void acquire(String key) {
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, period)
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new HuzhuException(
                    ErrorCode.RATE_LIMITED,
                    "Too many attempts (" + name + "); retry in " + seconds + " s",
                    java.util.List.of(),
                    Map.of("retryAfterSeconds", seconds));
        }
    }
}
