package io.huzhu.shared.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Buckets in this node's memory; a bucket left idle for twice its period is full again and is dropped. */
public final class LocalLimitStore implements LimitStore {

    private record Held(Bucket bucket, Duration period) {}

    private final Cache<String, Held> buckets = Caffeine.newBuilder()
            .maximumSize(1_000_000)
            .expireAfter(new Expiry<String, Held>() {
                @Override
                public long expireAfterCreate(String key, Held held, long currentTime) {
                    return held.period().multipliedBy(2).toNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Held held, long currentTime, long currentDuration) {
                    return held.period().multipliedBy(2).toNanos();
                }

                @Override
                public long expireAfterRead(String key, Held held, long currentTime, long currentDuration) {
                    return held.period().multipliedBy(2).toNanos();
                }
            })
            .build();

    @Override
    public ConsumptionProbe take(String key, int capacity, Duration period) {
        Held held = buckets.get(
                key,
                k -> new Held(
                        Bucket.builder()
                                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                                .build(),
                        period));
        return held.bucket().tryConsumeAndReturnRemaining(1);
    }
}
