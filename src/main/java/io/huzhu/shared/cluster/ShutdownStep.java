package io.huzhu.shared.cluster;

import org.springframework.context.SmartLifecycle;

/**
 * One step of a node's graceful stop, run once when the application context closes. The steps run in the order of
 * their phases, highest first, around the web server's own graceful shutdown ({@code DEFAULT_PHASE - 1024}):
 * {@link #NOT_READY} (the node reports not-ready and lets the load balancer notice), {@link #CLIENTS} (real-time
 * clients are told to reconnect elsewhere), the web server finishing its requests, then {@link #QUEUED_WRITES}
 * (queued work is written before the database pool closes).
 */
public abstract class ShutdownStep implements SmartLifecycle {

    public static final int NOT_READY = SmartLifecycle.DEFAULT_PHASE;
    public static final int CLIENTS = SmartLifecycle.DEFAULT_PHASE - 512;
    public static final int QUEUED_WRITES = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final int phase;
    private volatile boolean running;

    protected ShutdownStep(int phase) {
        this.phase = phase;
    }

    /** What this step does when the node stops. */
    protected abstract void drain();

    @Override
    public final void start() {
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
        drain();
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
