package io.huzhu.shared.cluster;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis through Bucket4j's Lettuce backend (compare-and-swap), so a limit spent on one node holds on
 * every node. Keys are hashed: Redis never sees who a bucket belongs to. While Redis is unreachable each node counts
 * on its own (a limit then allows at most its capacity per node), and goes back to the shared buckets by itself.
 */
final class RedisLimitStore implements LimitStore {

    private static final Logger log = LoggerFactory.getLogger(RedisLimitStore.class);
    private final RedisLink redis;
    private final LimitStore fallback;
    private volatile @Nullable ProxyManager<String> buckets;

    RedisLimitStore(RedisLink redis, LimitStore fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public ConsumptionProbe take(String key, int capacity, Duration period) {
        ProxyManager<String> proxies = proxies();
        if (proxies == null || !redis.up()) {
            return fallback.take(key, capacity, period);
        }
        try {
            return proxies.builder()
                    .build(redisKey(key), () -> LimitStore.configuration(capacity, period))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            log.debug("Shared limit unavailable, counting on this node: {}", e.getMessage());
            return fallback.take(key, capacity, period);
        }
    }

    private @Nullable ProxyManager<String> proxies() {
        ProxyManager<String> proxies = buckets;
        if (proxies == null) {
            var connection = redis.bytes();
            if (connection == null) {
                return null;
            }
            proxies = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
            buckets = proxies;
        }
        return proxies;
    }

    static String redisKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "huzhu:limit:" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
