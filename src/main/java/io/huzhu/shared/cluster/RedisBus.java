package io.huzhu.shared.cluster;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus over Redis pub/sub. A node subscribes to a topic's channel only while something on it follows the topic
 * (a group is followed while one of its members is connected here), so a node hears only about its own clients'
 * groups. Each message carries the sender's node id, and a node skips its own. Handlers run one at a time, in
 * arrival order, off Redis's I/O threads.
 */
final class RedisBus implements ClusterBus {

    private static final Logger log = LoggerFactory.getLogger(RedisBus.class);
    private static final String PREFIX = "huzhu:";
    private final RedisLink redis;
    private final String node;
    private final Map<String, Set<Consumer<String>>> topics = new ConcurrentHashMap<>();
    private final ExecutorService handlers = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cluster-bus").daemon(true).factory());

    RedisBus(RedisLink redis, String node) {
        this.redis = redis;
        // Unique even if two nodes were given the same name: a node must never skip another node's messages.
        this.node = node + "/" + java.util.UUID.randomUUID();
        redis.whenPubSub(connection -> {
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    receive(channel, message);
                }
            });
            subscribeAll(connection);
        });
        redis.onReconnect(() -> {
            var connection = redis.pubSub();
            if (connection != null) {
                subscribeAll(connection);
            }
        });
    }

    @Override
    public void publish(String topic, String payload) {
        var connection = redis.strings();
        if (connection == null || !connection.isOpen()) {
            return; // best effort: the durable state is in the database
        }
        connection.async().publish(PREFIX + topic, node + "\n" + payload).exceptionally(e -> {
            log.debug("A wake-up on {} was lost: {}", topic, e.getMessage());
            return 0L;
        });
    }

    @Override
    public Following follow(String topic, Consumer<String> handler) {
        boolean[] first = {false};
        topics.compute(topic, (t, set) -> {
            Set<Consumer<String>> handlers = set == null ? new CopyOnWriteArraySet<>() : set;
            first[0] = handlers.isEmpty();
            handlers.add(handler);
            return handlers;
        });
        if (first[0]) {
            subscribe(topic);
        }
        return () -> unfollow(topic, handler);
    }

    private void unfollow(String topic, Consumer<String> handler) {
        boolean[] last = {false};
        topics.computeIfPresent(topic, (t, set) -> {
            set.remove(handler);
            last[0] = set.isEmpty();
            return set.isEmpty() ? null : set;
        });
        var connection = redis.pubSub();
        if (last[0] && connection != null && connection.isOpen()) {
            connection.async().unsubscribe(PREFIX + topic);
        }
    }

    /** Waits for Redis to confirm, so a wake-up sent after this returns reaches this node. */
    private void subscribe(String topic) {
        var connection = redis.pubSub();
        if (connection == null || !connection.isOpen()) {
            return; // subscribed with every other topic when the connection comes (back) up
        }
        try {
            connection.async().subscribe(PREFIX + topic).get(redis.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.debug("Subscribing to {} failed: {}", topic, e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void subscribeAll(StatefulRedisPubSubConnection<String, String> connection) {
        String[] channels = topics.keySet().stream().map(t -> PREFIX + t).toArray(String[]::new);
        if (channels.length > 0) {
            connection.async().subscribe(channels);
        }
    }

    private void receive(String channel, String message) {
        int newline = message.indexOf('\n');
        if (!channel.startsWith(PREFIX)
                || newline < 0
                || message.substring(0, newline).equals(node)) {
            return;
        }
        String topic = channel.substring(PREFIX.length());
        String payload = message.substring(newline + 1);
        Set<Consumer<String>> set = topics.get(topic);
        if (set == null) {
            return;
        }
        handlers.execute(() -> set.forEach(handler -> {
            try {
                handler.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A handler of {} failed", topic, e);
            }
        }));
    }

    @Override
    public void onResume(Runnable action) {
        redis.onReconnect(action);
    }

    @Override
    public boolean shared() {
        return true;
    }

    void close() {
        handlers.shutdown();
    }
}
