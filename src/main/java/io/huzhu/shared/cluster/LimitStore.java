package io.huzhu.shared.cluster;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Where token buckets live: this node's memory ({@link LocalLimitStore}) or Redis, shared by every node
 * ({@link RedisLimitStore}). A key names one bucket (a limit and who it applies to).
 */
public interface LimitStore {

    /** Takes one permit from bucket {@code key}, created full with {@code capacity} permits per {@code period}. */
    ConsumptionProbe take(String key, int capacity, Duration period);

    static BucketConfiguration configuration(int capacity, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }
}
