package io.huzhu.shared.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counters in this node's memory. */
public final class LocalCounterStore implements CounterStore {

    private record Held(Count count, Duration keep) {}

    private final Cache<String, Held> counters = Caffeine.newBuilder()
            .maximumSize(1_000_000)
            .expireAfter(new Expiry<String, Held>() {
                @Override
                public long expireAfterCreate(String key, Held held, long currentTime) {
                    return held.keep().toNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Held held, long currentTime, long currentDuration) {
                    return held.keep().toNanos();
                }

                @Override
                public long expireAfterRead(String key, Held held, long currentTime, long currentDuration) {
                    return currentDuration;
                }
            })
            .build();

    @Override
    public Optional<Count> get(String key) {
        return Optional.ofNullable(counters.getIfPresent(key)).map(Held::count);
    }

    @Override
    public Count increment(String key, Instant now, Duration restartAfter, Duration keep) {
        return counters.asMap()
                .compute(key, (k, held) -> {
                    boolean restart = held == null || held.count().last().isBefore(now.minus(restartAfter));
                    int count = restart ? 1 : held.count().count() + 1;
                    return new Held(new Count(count, now), keep);
                })
                .count();
    }

    @Override
    public void delete(String key) {
        counters.invalidate(key);
    }
}
