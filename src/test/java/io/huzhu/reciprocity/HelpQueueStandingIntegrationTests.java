package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.reciprocity.ReciprocityScenario.Group;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The standing endpoint, the reasons and the owed help in the queue, and the live queue frames (issue 15). */
@IntegrationTest
class HelpQueueStandingIntegrationTests extends ReciprocityScenarioTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void standingExplainsEveryRuleBeforeAPostIsRefusedAndAgreesWithTheRefusal() {
        Group group = scenario.group(api.register("owner"));
        Api.Session asker = scenario.join(group, "asker");
        Api.Session member = scenario.join(group, "member");
        UUID link = scenario.post(group, asker, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=s1");
        String policies = "/api/groups/" + group.id() + "/policies";
        assertThat(api.put(
                                policies,
                                group.owner().token(),
                                Map.of("helpBeforePost", 1, "maxPostsPerDay", 1, "balanceFloor", 0))
                        .status())
                .isEqualTo(200);

        JsonNode before = standing(group, member);
        assertThat(before.path("canPost").asBoolean()).isFalse();
        assertThat(before.path("helpsMissing").asInt()).isEqualTo(1);
        assertThat(before.path("level").asString()).isEqualTo("NEW");
        assertThat(rule(before, "HELP_FIRST").path("met").asBoolean()).isFalse();
        assertThat(rule(before, "HELP_FIRST").path("limit").asInt()).isEqualTo(1);
        assertThat(rule(before, "DAILY_POSTS").path("met").asBoolean()).isTrue();
        assertThat(rule(before, "BALANCE_FLOOR").path("blocking").asBoolean()).isFalse();
        assertThat(before.path("tips").toString()).contains("HELP_BEFORE_POSTING", "HELP_QUEUE");
        assertThat(refusal(group, member)).isEqualTo(ErrorCode.POLICY_HELP_FIRST);

        helpAndConfirm(group, link, member, asker);
        JsonNode helped = standing(group, member);
        assertThat(helped.path("canPost").asBoolean()).isTrue();
        assertThat(helped.path("level").asString()).isEqualTo("GIVER");
        assertThat(refusal(group, member))
                .as("checkMayPost lets the post through")
                .isNull();

        scenario.post(group, member, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=s2");
        JsonNode used = standing(group, member);
        assertThat(used.path("canPost").asBoolean()).isFalse();
        assertThat(rule(used, "DAILY_POSTS").path("met").asBoolean()).isFalse();
        assertThat(rule(used, "DAILY_POSTS").path("current").asInt()).isEqualTo(1);
        assertThat(rule(used, "DAILY_POSTS").path("nextPostAt").asString()).isNotEmpty();
        assertThat(refusal(group, member)).isEqualTo(ErrorCode.POLICY_DAILY_POSTS);

        JsonNode taker = standing(group, asker);
        assertThat(taker.path("balance").asInt()).isEqualTo(-1);
        assertThat(rule(taker, "BALANCE_FLOOR").path("met").asBoolean()).isFalse();
        assertThat(taker.path("level").asString()).isEqualTo("TAKER");
        assertThat(taker.path("owedMembers").asInt()).isEqualTo(1);
        assertThat(taker.path("tips").get(0).asString()).isEqualTo("HELP_BACK");

        Api.Session stranger = api.register("stranger");
        assertThat(api.get("/api/groups/" + group.id() + "/standing", stranger.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theQueueShowsFirstAndSaysSoTheRequestOfAMemberYouOwe() {
        Group group = scenario.group(api.register("owner"));
        Api.Session helper = scenario.join(group, "helper");
        Api.Session viewer = scenario.join(group, "viewer");
        UUID first = scenario.post(group, viewer, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=o1");
        helpAndConfirm(group, first, helper, viewer);
        for (int i = 0; i < 3; i++) {
            scenario.post(
                    group,
                    scenario.join(group, "other" + i),
                    HelpKind.EXTERNAL_LINK,
                    "https://mobile.yangkeduo.com/x?id=n" + i);
        }
        clock.advance(Duration.ofMinutes(5));
        UUID helpersRequest =
                scenario.post(group, helper, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=o2");

        JsonNode items = api.get("/api/groups/" + group.id() + "/help-queue", viewer.token())
                .json()
                .path("items");
        assertThat(items.get(0).path("messageId").asString())
                .as("the member the viewer owes comes first, though posted last")
                .isEqualTo(helpersRequest.toString());
        assertThat(items.get(0).path("reasons").toString()).contains("YOU_OWE", "NEW");
        assertThat(items.get(1).path("reasons").toString()).doesNotContain("YOU_OWE");
        assertThat(standing(group, viewer).path("owedMembers").asInt()).isEqualTo(1);
        assertThat(standing(group, viewer).path("owedHelps").asInt()).isEqualTo(1);
    }

    @Test
    void aConnectedMemberIsToldLiveWhenTheQueueChanges() {
        Group group = scenario.group(api.register("owner"));
        Api.Session asker = scenario.join(group, "asker");
        Api.Session helper = scenario.join(group, "helper");
        Api.Session watcher = scenario.join(group, "watcher");
        Client client = new Client().connect(watcher).subscribe(group.id().value());
        try {
            String path = "/api/groups/" + group.id() + "/messages";
            Api.Response posted = api.post(
                    path, asker.token(), Map.of("kind", "LINK", "link", "https://mobile.yangkeduo.com/x?id=live"));
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            client.awaitQueue("POSTED");
            UUID message = UUID.fromString(posted.json().path("id").asString());
            assertThat(api.post(path + "/" + message + "/helped", helper.token(), "")
                            .status())
                    .isEqualTo(201);
            client.awaitQueue("REPORTED");
            confirm(group, message, helper, asker);
            client.awaitQueue("CONFIRMED");
            assertThat(client.queueFrames())
                    .allSatisfy(f -> assertThat(f.path("groupId").asString())
                            .isEqualTo(group.id().toString()));
        } finally {
            client.close();
        }
    }

    private void helpAndConfirm(Group group, UUID message, Api.Session helper, Api.Session requester) {
        String base = "/api/groups/" + group.id() + "/messages/" + message;
        assertThat(api.post(base + "/helped", helper.token(), "").status()).isEqualTo(201);
        confirm(group, message, helper, requester);
    }

    private void confirm(Group group, UUID message, Api.Session helper, Api.Session requester) {
        Api.Response confirmed = api.post(
                "/api/groups/" + group.id() + "/messages/" + message + "/confirmations",
                requester.token(),
                Map.of("helperId", helper.id().toString(), "decision", "CONFIRM"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    }

    private JsonNode standing(Group group, Api.Session member) {
        Api.Response response = api.get("/api/groups/" + group.id() + "/standing", member.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode rule(JsonNode standing, String code) {
        for (JsonNode rule : standing.path("rules")) {
            if (rule.path("code").asString().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + code + " in " + standing);
    }

    /** The code the feed's own check would refuse a help post with now, or null if it would accept it. */
    private ErrorCode refusal(Group group, Api.Session member) {
        try {
            transactions.executeWithoutResult(s -> helpRequests.checkMayPost(group.id(), UserId.of(member.id())));
            return null;
        } catch (HuzhuException e) {
            return e.code();
        }
    }

    /** A WebSocket client (the JDK's) that records every frame. */
    final class Client implements WebSocket.Listener {
        final List<JsonNode> frames = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Client connect(Api.Session session) {
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + session.token())
                    .buildAsync(URI.create(api.base().replace("http", "ws") + "/ws"), this)
                    .join();
            return this;
        }

        Client subscribe(UUID group) {
            socket.sendText(Api.json(Map.of("type", "subscribe", "groupId", group.toString(), "after", 0)), true)
                    .join();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> frames.stream()
                            .anyMatch(f -> f.path("type").asString().equals("subscribed")));
            return this;
        }

        List<JsonNode> queueFrames() {
            return frames.stream()
                    .filter(f -> f.path("type").asString().equals("queue"))
                    .toList();
        }

        void awaitQueue(String why) {
            await().atMost(Duration.ofSeconds(10))
                    .alias("a queue frame " + why)
                    .until(() -> queueFrames().stream()
                            .anyMatch(f -> f.path("why").asString().equals(why)));
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

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
