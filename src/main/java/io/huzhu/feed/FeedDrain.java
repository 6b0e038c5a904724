package io.huzhu.feed;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of the real-time feed: once the node reports not-ready (phase above, {@code NodeDrain}), and
 * before the web server stops taking requests, every WebSocket client is told to reconnect elsewhere (1012) and
 * every SSE stream ends (an {@code EventSource} reconnects by itself). Clients resume from their cursor on another
 * node, so none loses a message.
 */
@Component
class FeedDrain implements SmartLifecycle {

    private final FeedSocketHandler sockets;
    private final FeedHub hub;
    private volatile boolean running;

    FeedDrain(FeedSocketHandler sockets, FeedHub hub) {
        this.sockets = sockets;
        this.hub = hub;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        sockets.closeAll();
        hub.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the node said not-ready, before the web server's graceful shutdown (DEFAULT_PHASE - 1024). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }
}
