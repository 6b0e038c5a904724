package io.huzhu.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.huzhu.support.Api;
import io.huzhu.support.DatabaseAvailable;
import io.huzhu.support.FeedClient;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.Node;
import io.huzhu.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two application nodes on the run's database (H2 or PostgreSQL) and the machine's Redis (127.0.0.1:6379, or
 * {@code HUZHU_TEST_REDIS_URL}), each reached directly: what a member does through one node shows on the other.
 */
@ExtendWith(DatabaseAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIntegrationTests {

    static final String REDIS = System.getenv().getOrDefault("HUZHU_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    private Node a;
    private Node b;

    @BeforeAll
    void startNodes() {
        // Several application nodes share the real PostgreSQL (as in production); H2's in-memory database is one
        // process's, and sharing it between contexts is not what this test is about.
        assumeTrue(TestDatabase.isPostgres(), "two-node tests run on PostgreSQL");
        Map<String, String> settings = Map.of(
                "huzhu.cluster.redis-url",
                REDIS,
                // A limit small enough to spend in a test, shared by both nodes.
                "huzhu.limits.group-updates-per-account-per-hour",
                "4");
        a = Node.start("a", settings);
        b = Node.start("b", settings);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.health().equals("UP") && b.health().equals("UP"));
    }

    @AfterAll
    void stopNodes() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aMemberOnNodeAReceivesOnceAndInOrderWhatIsPostedOnEitherNodeAndTheCardsOfAssistsOnNodeB() {
        Api.Session writer = a.api().register("owner"); // the owner: no new-member posting limit
        GroupFixtures.Group group = a.groups().create(writer);
        Api.Session reader = a.groups().member(group, "reader");
        FeedClient client = FeedClient.connect(a.api(), reader).subscribe(group.id(), 0);
        String path = "/api/groups/" + group.id() + "/messages";

        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Node via = i % 3 == 2 ? a : b; // mostly through the other node
            Api.Response response = via.api().post(path, writer.token(), Map.of("kind", "TEXT", "text", "第" + i + "条"));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            posted.add(response.json().path("seq").asLong());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> client.messageSeqs().size() >= posted.size());
        assertThat(client.messageSeqs())
                .containsExactlyElementsOf(posted)
                .isSorted()
                .doesNotHaveDuplicates();

        UUID campaign = a.fixtures().publish(a.fixtures().bargain());
        String task = a.fixtures().start(writer, campaign).path("id").asString();
        assertThat(a.api()
                        .post(path, writer.token(), Map.of("kind", "TASK", "taskId", task))
                        .status())
                .isEqualTo(201);
        Api.Session helper = b.api().register("helper");
        long remaining =
                b.fixtures().assist(helper, task).json().path("remaining").asLong();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> client.cards().stream()
                        .anyMatch(c -> c.path("card").path("remaining").asLong(-1) == remaining));
        client.close();
    }

    /**
     * What one node pushes to a member (a notification: {@code MemberChannel}, which the notify sink's live push uses)
     * reaches the member's socket on the other node. Pushed through node B's channel directly: which node claims a
     * due notice in the database is a race, and in a test run other application contexts without Redis share the
     * database and may claim it first.
     */
    @Test
    void aFramePushedOnNodeBReachesTheMembersSocketOnNodeA() {
        Api.Session member = a.api().register("notified");
        FeedClient client = FeedClient.connect(a.api(), member);
        String channel = "huzhu:member:" + member.id();
        try (var redis = io.lettuce.core.RedisClient.create(REDIS);
                var connection = redis.connect()) {
            await().atMost(Duration.ofSeconds(5))
                    .alias("node A follows the member while their socket is open")
                    .until(() -> connection.sync().pubsubNumsub(channel).getOrDefault(channel, 0L) == 1L);
            String frame = Api.json(
                    Map.of("type", "notification", "notification", Map.of("kind", "TASK_SUCCEEDED", "taskId", "t-1")));
            assertThat(b.bean(io.huzhu.shared.MemberChannel.class)
                            .push(new io.huzhu.shared.UserId(member.id()), "notification", frame))
                    .as("node B has no connection of the member")
                    .isZero();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> client.notices("TASK_SUCCEEDED").stream()
                            .anyMatch(n -> n.path("taskId").asString().equals("t-1")));
            client.close();
            await().atMost(Duration.ofSeconds(5))
                    .alias("node A stops following the member once their last connection closes")
                    .until(() -> connection.sync().pubsubNumsub(channel).getOrDefault(channel, 0L) == 0L);
        }
    }

    @Test
    void aTokenRevokedOnNodeAIsRefusedOnNodeBWithinASecond() {
        Api.Session member = a.api().register("leaver");
        assertThat(b.api().get("/api/me", member.token()).status()).isEqualTo(200); // now cached on B
        assertThat(a.api().post("/api/auth/logout", member.token(), "").status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> b.api().get("/api/me", member.token()).status() == 401);
    }

    @Test
    void anAccountBannedOnNodeAIsRefusedOnNodeBWithinASecond() {
        Api.Session member = a.api().register("banned");
        assertThat(b.api()
                        .post("/api/groups", member.token(), Map.of("name", "x"))
                        .status())
                .isNotEqualTo(401); // the token is now cached on B
        Api.Response banned = a.api()
                .post(
                        "/api/admin/users/" + member.id() + "/status",
                        a.api().admin().token(),
                        Map.of("status", "BANNED", "reason", "test"));
        assertThat(banned.status()).as(banned.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> b.api().get("/api/me", member.token()).status() == 401);
    }

    @Test
    void wrongPasswordsOnEitherNodeSlowDownTheNextSignInOnBoth() {
        Api.Session member = a.api().register("guessed");
        for (int i = 0; i < 5; i++) { // the free failures, spread over both nodes
            Node via = i % 2 == 0 ? a : b;
            Api.Response wrong = via.api()
                    .post("/api/auth/login", null, Map.of("username", member.username(), "password", "wrong-" + i));
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
        }
        Api.Response next = b.api()
                .post("/api/auth/login", null, Map.of("username", member.username(), "password", "secret-password"));
        assertThat(next.code()).as(next.body()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void aLimitSpentOnNodeAHoldsOnNodeB() {
        Api.Session owner = a.api().register("renamer");
        GroupFixtures.Group group = a.groups().create(owner);
        String path = "/api/groups/" + group.id();
        for (int i = 0; i < 4; i++) {
            Node via = i % 2 == 0 ? a : b;
            Api.Response renamed = via.api().put(path, owner.token(), Map.of("name", "新名字 " + i, "rules", "互相助力，不发广告"));
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        }
        assertThat(b.api().put(path, owner.token(), Map.of("name", "又改名")).code())
                .isEqualTo("RATE_LIMITED");
        assertThat(a.api().put(path, owner.token(), Map.of("name", "再改名")).code())
                .isEqualTo("RATE_LIMITED");
    }
}
