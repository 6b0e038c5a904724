package io.huzhu.shared.cluster;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** This node: its name, and its link to Redis when {@code HUZHU_REDIS_URL} is set. */
public final class ClusterNode implements AutoCloseable {

    private final String id;
    private final @Nullable RedisLink redis;

    ClusterNode(ClusterProperties properties) {
        this.id = properties.node();
        this.redis = properties.redisConfigured() ? new RedisLink(properties) : null;
    }

    public String id() {
        return id;
    }

    /** True when Redis is configured but cannot be reached now: limits are per node, wake-ups are not sent. */
    public boolean degraded() {
        return redis != null && !redis.up();
    }

    public boolean redisConfigured() {
        return redis != null;
    }

    Optional<RedisLink> redis() {
        return Optional.ofNullable(redis);
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
    }
}
