package io.huzhu.shared.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The first step of a graceful stop: the node reports not-ready ({@code /actuator/health/readiness} answers 503)
 * and waits {@code huzhu.cluster.drain-delay} so that a load balancer polling it sends new clients elsewhere; then
 * the feed tells its clients to reconnect, the web server finishes the requests in flight, and the assist lanes
 * write what is queued (each a later lifecycle phase).
 */
@Component
class NodeDrain extends ShutdownStep {

    private static final Logger log = LoggerFactory.getLogger(NodeDrain.class);
    private final ApplicationEventPublisher events;
    private final ClusterProperties properties;

    NodeDrain(ApplicationEventPublisher events, ClusterProperties properties) {
        super(NOT_READY);
        this.events = events;
        this.properties = properties;
    }

    @Override
    protected void drain() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        log.info("Stopping: not ready, draining for {}", properties.drainDelay());
        try {
            Thread.sleep(properties.drainDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
