package io.huzhu.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real WebSocket clients (the JDK's) against the running server. */
@IntegrationTest
class FeedWebSocketIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Autowired
    FeedModeration moderation;

    /** A connected client that records every frame it receives. */
    final class Client implements WebSocket.Listener {
        final List<JsonNode> frames = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Client connect(Api.Session session) {
            URI uri = URI.create(api.base().replace("http", "ws") + "/ws");
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + session.token())
                    .buildAsync(uri, this)
                    .join();
            return this;
        }

        Client subscribe(UUID group, long after) {
            socket.sendText(Api.json(Map.of("type", "subscribe", "groupId", group.toString(), "after", after)), true)
                    .join();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> frames.stream()
                            .anyMatch(f -> f.path("type").asString().matches("subscribed|error")));
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

        List<Long> messageSeqs() {
            return frames.stream()
                    .filter(f -> f.path("type").asString().equals("message"))
                    .map(f -> f.path("seq").asLong())
                    .toList();
        }

        List<JsonNode> cards() {
            return frames.stream()
                    .filter(f -> f.path("type").asString().equals("card"))
                    .toList();
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    @Test
    void messagesAndAssistsReachEveryConnectedMemberAndAReconnectCatchesUpOnce() {
        var group = groups.create(api.register("owner"));
        Api.Session a = groups.member(group, "a");
        Api.Session b = groups.member(group, "b");
        Api.Session c = groups.member(group, "c");
        Client ca = new Client().connect(a).subscribe(group.id(), 0);
        Client cb = new Client().connect(b).subscribe(group.id(), 0);
        Client cc = new Client().connect(c).subscribe(group.id(), 0);
        String path = "/api/groups/" + group.id() + "/messages";

        long seq = api.post(path, a.token(), Map.of("kind", "TEXT", "text", "谁来帮我砍一刀"))
                .json()
                .path("seq")
                .asLong();
        for (Client client : List.of(ca, cb, cc)) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> client.messageSeqs().contains(seq));
        }

        UUID campaign = fixtures.publish(fixtures.bargain());
        String task = fixtures.start(a, campaign).path("id").asString();
        api.post(path, a.token(), Map.of("kind", "TASK", "taskId", task));
        long remaining = fixtures.assist(b, task).json().path("remaining").asLong();
        for (Client client : List.of(ca, cb, cc)) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> client.cards().stream()
                            .anyMatch(f -> f.path("card").path("remaining").asLong() == remaining));
        }

        long seenByC = cc.messageSeqs().getLast();
        cc.close();
        long missed1 = api.post(path, b.token(), Map.of("kind", "TEXT", "text", "已助力"))
                .json()
                .path("seq")
                .asLong();
        long missed2 = api.post(path, a.token(), Map.of("kind", "TEXT", "text", "谢谢"))
                .json()
                .path("seq")
                .asLong();
        Client again = new Client().connect(c).subscribe(group.id(), seenByC);
        await().atMost(Duration.ofSeconds(10)).until(() -> again.messageSeqs().size() >= 2);
        long missed3 = api.post(path, b.token(), Map.of("kind", "TEXT", "text", "不客气"))
                .json()
                .path("seq")
                .asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> again.messageSeqs().contains(missed3));
        assertThat(again.messageSeqs()).containsExactly(missed1, missed2, missed3);

        for (Client client : List.of(ca, cb)) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> client.messageSeqs().contains(missed3));
            List<Long> seqs = client.messageSeqs();
            assertThat(seqs)
                    .as("every message once, in order")
                    .doesNotHaveDuplicates()
                    .isSorted();
        }
    }

    @Test
    void refusedAndHeldMessagesReachNobodyUntilApproved() {
        var group = groups.create(api.register("owner"));
        Api.Session author = groups.member(group, "a");
        Client watcher = new Client().connect(groups.member(group, "w")).subscribe(group.id(), 0);
        String path = "/api/groups/" + group.id() + "/messages";

        Api.Response refused = api.post(path, author.token(), Map.of("kind", "TEXT", "text", "身份证 11010519491231002X"));
        assertThat(refused.status()).isEqualTo(422);
        JsonNode held = api.post(path, author.token(), Map.of("kind", "TEXT", "text", "代砍 有偿助力 加V详聊"))
                .json();
        assertThat(held.path("status").asString()).isEqualTo("HELD");
        long marker = api.post(path, group.owner().token(), Map.of("kind", "TEXT", "text", "marker"))
                .json()
                .path("seq")
                .asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> watcher.messageSeqs().contains(marker));
        assertThat(watcher.frames.toString())
                .doesNotContain("11010519491231002X")
                .doesNotContain("代砍");

        moderation.approve(
                new io.huzhu.shared.GroupId(group.id()),
                UUID.fromString(held.path("id").asString()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> watcher.frames.toString().contains("代砍"));
        assertThat(watcher.messageSeqs()).containsExactly(marker, marker + 1);
    }

    @Test
    void aNonMemberReceivesNothing() {
        var group = groups.create(api.register("owner"));
        Client outsider = new Client().connect(api.register("outsider")).subscribe(group.id(), 0);
        assertThat(outsider.frames.getFirst().path("type").asString()).isEqualTo("error");
        assertThat(outsider.frames.getFirst().path("code").asString()).isEqualTo("GROUP_NOT_FOUND");
        Client member = new Client().connect(groups.member(group, "m")).subscribe(group.id(), 0);
        long seq = api.post(
                        "/api/groups/" + group.id() + "/messages",
                        group.owner().token(),
                        Map.of("kind", "TEXT", "text", "hi"))
                .json()
                .path("seq")
                .asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> member.messageSeqs().contains(seq));
        assertThat(outsider.messageSeqs()).isEmpty();
    }

    @Test
    void aConnectionWithoutAValidTokenIsRefused() {
        URI uri = URI.create(api.base().replace("http", "ws") + "/ws");
        CompletableFuture<WebSocket> attempt = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer hz_forged")
                .buildAsync(uri, new WebSocket.Listener() {});
        assertThat(attempt)
                .failsWithin(Duration.ofSeconds(10))
                .withThrowableThat()
                .isInstanceOf(java.util.concurrent.ExecutionException.class);
    }

    @Test
    void aKickedMemberIsDisconnected() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        Client client = new Client().connect(member).subscribe(group.id(), 0);
        groups.act(group, group.owner(), member, "kick", Map.of("reason", "spam"));
        long seq = api.post(
                        "/api/groups/" + group.id() + "/messages",
                        group.owner().token(),
                        Map.of("kind", "TEXT", "text", "after"))
                .json()
                .path("seq")
                .asLong();
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(client.messageSeqs()).doesNotContain(seq);
    }
}
