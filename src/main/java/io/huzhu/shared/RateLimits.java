package io.huzhu.shared;

import io.huzhu.shared.cluster.LimitStore;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Makes the named limits of every module, all kept in one {@link LimitStore}: this node's memory on a single node,
 * Redis (shared by every node) when {@code HUZHU_REDIS_URL} is set.
 */
@Component
public class RateLimits {

    private final LimitStore store;

    RateLimits(LimitStore store) {
        this.store = store;
    }

    /** A limit of {@code capacity} per {@code period} per key; {@code name} appears in the refusal and keys it. */
    public RateLimiter limiter(String name, int capacity, Duration period) {
        return new RateLimiter(name, capacity, period, store);
    }
}
