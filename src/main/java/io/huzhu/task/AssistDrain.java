package io.huzhu.task;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A stopping node writes the assists already queued in its lanes before the database pool closes: this runs after
 * the web server's graceful shutdown (which lets the requests waiting for those assists finish) and waits until
 * every lane is idle, up to {@link #LIMIT}.
 */
@Component
class AssistDrain implements SmartLifecycle {

    static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(AssistDrain.class);
    private final AssistLanes lanes;
    private volatile boolean running;

    AssistDrain(AssistLanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
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

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Below the web server's graceful shutdown (DEFAULT_PHASE - 1024), so after it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
