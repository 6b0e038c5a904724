package io.huzhu.shared.cluster;

import io.huzhu.shared.AfterCommit;
import java.util.function.Consumer;

/**
 * Small messages between the nodes of one installation: wake-ups ("group G has a message up to seq 43") and
 * invalidations ("forget the tokens of user U"). Best effort by design: a listener must lose nothing when a message
 * is lost (the feed reads the durable log by seq, caches expire), so the bus can be Redis pub/sub. A node never
 * receives its own messages: it has already acted on them locally.
 *
 * <p>Topics are plain strings owned by their module: {@code feed:group:<id>} for a group's feed,
 * {@code member:<id>} for what is addressed to one member (notifications), {@code invalidate:<cache>} for caches.
 */
public interface ClusterBus {

    /** Sends to every other node following {@code topic} now (call it once what it announces has committed). */
    void publish(String topic, String payload);

    /**
     * Sends once the current transaction has committed, or now outside a transaction. Not from an after-commit
     * callback, where a new synchronization would never run: use {@link #publish} there.
     */
    default void publishAfterCommit(String topic, String payload) {
        AfterCommit.run(() -> publish(topic, payload));
    }

    /** Starts following a topic; the handler runs on a bus thread with each payload from another node. */
    Following follow(String topic, Consumer<String> handler);

    /** Runs after this node reconnects to the bus, when messages may have been missed meanwhile. */
    void onResume(Runnable action);

    /** True when messages reach other nodes (Redis configured), even if it is unreachable right now. */
    boolean shared();

    /** A handle to stop following a topic. */
    interface Following extends AutoCloseable {
        @Override
        void close();
    }
}
