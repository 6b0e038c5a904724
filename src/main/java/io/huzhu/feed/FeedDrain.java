package io.huzhu.feed;

import io.huzhu.shared.cluster.ShutdownStep;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of the real-time feed: once the node reports not-ready (phase above, {@code NodeDrain}), and
 * before the web server stops taking requests, every WebSocket client is told to reconnect elsewhere (1012) and
 * every SSE stream ends (an {@code EventSource} reconnects by itself). Clients resume from their cursor on another
 * node, so none loses a message.
 */
@Component
class FeedDrain extends ShutdownStep {

    private final FeedSocketHandler sockets;
    private final FeedHub hub;

    FeedDrain(FeedSocketHandler sockets, FeedHub hub) {
        super(CLIENTS);
        this.sockets = sockets;
        this.hub = hub;
    }

    @Override
    protected void drain() {
        sockets.closeAll();
        hub.closeAll();
    }
}
