package io.huzhu.task;

import io.huzhu.shared.cluster.ShutdownStep;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A stopping node writes the assists already queued in its lanes before the database pool closes: this runs after
 * the web server's graceful shutdown (which lets the requests waiting for those assists finish) and waits until
 * every lane is idle, up to {@link #LIMIT}.
 */
@Component
class AssistDrain extends ShutdownStep {

    static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(AssistDrain.class);
    private final AssistLanes lanes;

    AssistDrain(AssistLanes lanes) {
        super(QUEUED_WRITES);
        this.lanes = lanes;
    }

    @Override
    protected void drain() {
        Instant deadline = Instant.now().plus(LIMIT);
        while (!lanes.idle() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!lanes.idle()) {
            log.warn("Stopping with assists still queued after {}", LIMIT);
        }
    }
}
