package io.huzhu.shared.cluster;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code cluster} in {@code /actuator/health}: UP on a single node or with Redis reachable, DEGRADED (HTTP 200, the
 * node still serves from PostgreSQL with its own limits) while Redis is configured but unreachable.
 */
@Component("cluster")
class ClusterHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: limits per node, no cross-node wake-ups");
    private final ClusterNode node;

    ClusterHealth(ClusterNode node) {
        this.node = node;
    }

    @Override
    public Health health() {
        if (!node.redisConfigured()) {
            return Health.up()
                    .withDetail("node", node.id())
                    .withDetail("redis", "not configured")
                    .build();
        }
        if (node.degraded()) {
            return Health.status(DEGRADED)
                    .withDetail("node", node.id())
                    .withDetail("redis", "unreachable")
                    .build();
        }
        return Health.up()
                .withDetail("node", node.id())
                .withDetail("redis", "connected")
                .build();
    }
}
