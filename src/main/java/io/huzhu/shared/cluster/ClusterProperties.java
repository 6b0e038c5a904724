package io.huzhu.shared.cluster;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for running several nodes ({@code huzhu.cluster.*}).
 *
 * @param redisUrl Redis to share wake-ups, invalidations and limits through ({@code HUZHU_REDIS_URL}, for example
 *     {@code redis://127.0.0.1:6379}); empty for a single node
 * @param nodeId this node's name in logs and on the bus; random when empty
 * @param redisTimeout how long a Redis command may take before the node falls back to its own memory
 * @param retryInterval how often a node that could not reach Redis tries again
 * @param sweepInterval how often a node compares the feeds its clients follow with the database, which bounds the
 *     delay a lost wake-up can cause
 * @param drainDelay how long a stopping node reports not-ready before it closes its sockets, so that a load
 *     balancer polling readiness stops sending it new clients first
 */
@ConfigurationProperties("huzhu.cluster")
public record ClusterProperties(
        @DefaultValue("") String redisUrl,
        @DefaultValue("") String nodeId,
        @DefaultValue("PT0.5S") Duration redisTimeout,
        @DefaultValue("PT1S") Duration retryInterval,
        @DefaultValue("PT2S") Duration sweepInterval,
        @DefaultValue("PT0S") Duration drainDelay) {

    public boolean redisConfigured() {
        return !redisUrl.isBlank();
    }

    public String node() {
        return nodeId.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : nodeId;
    }
}
