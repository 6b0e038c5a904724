package io.huzhu.shared.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's connections to Redis: one for commands (publishing), one for the rate-limit buckets, one for pub/sub.
 * Commands fail fast while Redis is unreachable (their callers fall back to this node's memory), Lettuce reconnects by
 * itself and re-subscribes, and a node that started while Redis was down keeps trying until it gets through.
 */
final class RedisLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    private final RedisClient client;
    private final ClusterProperties properties;
    private final List<Consumer<StatefulRedisPubSubConnection<String, String>>> onPubSub = new CopyOnWriteArrayList<>();
    private final List<Runnable> onReconnect = new CopyOnWriteArrayList<>();
    private volatile @Nullable StatefulRedisConnection<String, String> strings;
    private volatile @Nullable StatefulRedisConnection<String, byte[]> bytes;
    private volatile @Nullable StatefulRedisPubSubConnection<String, String> pubSub;
    private volatile boolean closed;

    RedisLink(ClusterProperties properties) {
        this.properties = properties;
        RedisURI uri = RedisURI.create(properties.redisUrl());
        uri.setTimeout(properties.redisTimeout());
        // Reconnect at a steady pace rather than Lettuce's exponential back-off up to 30 s: a node recovers soon after
        // Redis does.
        this.client = RedisClient.create(
                DefaultClientResources.builder()
                        .reconnectDelay(Delay.constant(properties.retryInterval()))
                        .build(),
                uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(properties.redisTimeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(Duration.ofSeconds(2).plus(properties.redisTimeout()))
                        .build())
                .build());
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                if (connection == pubSub) {
                    onReconnect.forEach(action -> Thread.ofVirtual().start(action));
                }
            }
        });
        Thread.ofVirtual().name("redis-connect").start(this::connectUntilUp);
    }

    /** Runs once the pub/sub connection exists (at once if it does already). */
    synchronized void whenPubSub(Consumer<StatefulRedisPubSubConnection<String, String>> action) {
        onPubSub.add(action);
        var connection = pubSub;
        if (connection != null) {
            action.accept(connection);
        }
    }

    /** Runs every time the pub/sub connection comes (back) up. */
    void onReconnect(Runnable action) {
        onReconnect.add(action);
    }

    @Nullable
    StatefulRedisConnection<String, String> strings() {
        return strings;
    }

    @Nullable
    StatefulRedisConnection<String, byte[]> bytes() {
        return bytes;
    }

    @Nullable
    StatefulRedisPubSubConnection<String, String> pubSub() {
        return pubSub;
    }

    long timeoutMillis() {
        return properties.redisTimeout().toMillis();
    }

    /** True when every connection is established and open right now. */
    boolean up() {
        var s = strings;
        var b = bytes;
        var p = pubSub;
        return s != null && b != null && p != null && s.isOpen() && b.isOpen() && p.isOpen();
    }

    private void connectUntilUp() {
        while (!closed) {
            try {
                if (strings == null) {
                    strings = client.connect();
                }
                if (bytes == null) {
                    bytes = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                }
                var connection = client.connectPubSub();
                synchronized (this) {
                    pubSub = connection;
                    onPubSub.forEach(action -> action.accept(connection));
                }
                log.info("Connected to Redis at {}", redactedUrl());
                return;
            } catch (RuntimeException e) {
                log.warn(
                        "Redis unreachable at {} ({}); serving with this node's memory, retrying",
                        redactedUrl(),
                        e.getClass().getSimpleName());
                try {
                    Thread.sleep(properties.retryInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The URL without its password, for logs. */
    private String redactedUrl() {
        return properties.redisUrl().replaceAll("//[^@/]*@", "//***@");
    }

    @Override
    public void close() {
        closed = true;
        client.shutdown(java.time.Duration.ZERO, java.time.Duration.ofSeconds(2));
    }
}
