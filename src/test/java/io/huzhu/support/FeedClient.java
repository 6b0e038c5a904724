package io.huzhu.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client of {@code /ws} (the JDK's) that records every frame it receives. */
public final class FeedClient implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile int closeCode = -1;
    private WebSocket socket;

    public static FeedClient connect(Api api, Api.Session session) {
        FeedClient client = new FeedClient();
        URI uri = URI.create(api.base().replace("http", "ws") + "/ws");
        client.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + session.token())
                .buildAsync(uri, client)
                .join();
        return client;
    }

    public FeedClient subscribe(UUID group, long after) {
        socket.sendText(Api.json(Map.of("type", "subscribe", "groupId", group.toString(), "after", after)), true)
                .join();
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        frames.stream().anyMatch(f -> f.path("type").asString().matches("subscribed|error")));
        return this;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        return null;
    }

    public List<JsonNode> frames() {
        return frames;
    }

    /** The notices of a kind pushed to this connection ({@code {"type":"notification","notification":{…}}}). */
    public List<JsonNode> notices(String kind) {
        return frames.stream()
                .filter(f -> f.path("type").asString().equals("notification"))
                .map(f -> f.path("notification"))
                .filter(n -> n.path("kind").asString().equals(kind))
                .toList();
    }

    public List<Long> messageSeqs() {
        return frames.stream()
                .filter(f -> f.path("type").asString().equals("message"))
                .map(f -> f.path("seq").asLong())
                .toList();
    }

    public List<JsonNode> cards() {
        return frames.stream()
                .filter(f -> f.path("type").asString().equals("card"))
                .toList();
    }

    /** The close code the server sent, or -1 while open. */
    public int closeCode() {
        return closeCode;
    }

    public void close() {
        if (closeCode < 0) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
