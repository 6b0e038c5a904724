package io.huzhu.shared;

import io.github.bucket4j.ConsumptionProbe;
import io.huzhu.shared.cluster.LimitStore;
import io.huzhu.shared.cluster.LocalLimitStore;
import java.time.Duration;
import java.util.Map;

/**
 * A named token-bucket limit per key (a user, an address). The buckets live in a {@link LimitStore}: this node's
 * memory, or Redis when several nodes share the limit (made by {@link RateLimits}).
 */
public final class RateLimiter {

    private final String name;
    private final int capacity;
    private final Duration period;
    private final LimitStore store;

    /** A limit in this node's memory only. */
    public RateLimiter(String name, int capacity, Duration period) {
        this(name, capacity, period, new LocalLimitStore());
    }

    RateLimiter(String name, int capacity, Duration period, LimitStore store) {
        this.name = name;
        this.capacity = capacity;
        this.period = period;
        this.store = store;
    }

    /** Takes one permit for {@code key} or refuses with {@link ErrorCode#RATE_LIMITED} and a retry delay. */
    public void acquire(String key) {
        ConsumptionProbe probe = store.take(name + "\n" + capacity + "/" + period + "\n" + key, capacity, period);
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
