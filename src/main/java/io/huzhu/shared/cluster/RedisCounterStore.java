package io.huzhu.shared.cluster;

import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counters in Redis, shared by every node: a hash {@code c} (count), {@code l} (last increment, epoch ms) under a
 * hashed key, incremented atomically by a script. While Redis is unreachable, this node's memory stands in.
 */
final class RedisCounterStore implements CounterStore {

    private static final Logger log = LoggerFactory.getLogger(RedisCounterStore.class);
    private static final String INCREMENT = """
            local c = tonumber(redis.call('HGET', KEYS[1], 'c') or '0')
            local l = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
            if c == 0 or l < tonumber(ARGV[2]) then c = 1 else c = c + 1 end
            redis.call('HSET', KEYS[1], 'c', c, 'l', ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return c
            """;
    private final RedisLink redis;
    private final CounterStore fallback;

    RedisCounterStore(RedisLink redis, CounterStore fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public Optional<Count> get(String key) {
        var connection = redis.strings();
        if (connection == null || !redis.up()) {
            return fallback.get(key);
        }
        try {
            List<String> values = connection.sync().hmget(redisKey(key), "c", "l").stream()
                    .map(v -> v.getValueOrElse(null))
                    .toList();
            if (values.get(0) == null || values.get(1) == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new Count(Integer.parseInt(values.get(0)), Instant.ofEpochMilli(Long.parseLong(values.get(1)))));
        } catch (RuntimeException e) {
            log.debug("Shared counter unavailable: {}", e.getMessage());
            return fallback.get(key);
        }
    }

    @Override
    public Count increment(String key, Instant now, Duration restartAfter, Duration keep) {
        var connection = redis.strings();
        if (connection == null || !redis.up()) {
            return fallback.increment(key, now, restartAfter, keep);
        }
        try {
            Long count = connection
                    .sync()
                    .eval(
                            INCREMENT,
                            ScriptOutputType.INTEGER,
                            new String[] {redisKey(key)},
                            Long.toString(now.toEpochMilli()),
                            Long.toString(now.minus(restartAfter).toEpochMilli()),
                            Long.toString(Math.max(1, keep.toMillis())));
            return new Count(count.intValue(), now);
        } catch (RuntimeException e) {
            log.debug("Shared counter unavailable: {}", e.getMessage());
            return fallback.increment(key, now, restartAfter, keep);
        }
    }

    @Override
    public void delete(String key) {
        fallback.delete(key);
        var connection = redis.strings();
        if (connection != null && redis.up()) {
            try {
                connection.sync().del(redisKey(key));
            } catch (RuntimeException e) {
                log.debug("Shared counter unavailable: {}", e.getMessage());
            }
        }
    }

    private static String redisKey(String key) {
        return RedisLimitStore.redisKey(key).replace("huzhu:limit:", "huzhu:count:");
    }
}
