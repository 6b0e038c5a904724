package io.huzhu.shared.cluster;

import java.util.function.Consumer;

/** One node: nothing travels, since the node has already acted on everything it would publish. */
final class LocalBus implements ClusterBus {

    @Override
    public void publish(String topic, String payload) {
        // no other node
    }

    @Override
    public Following follow(String topic, Consumer<String> handler) {
        return () -> {};
    }

    @Override
    public void onResume(Runnable action) {
        // never disconnected
    }

    @Override
    public boolean shared() {
        return false;
    }
}
