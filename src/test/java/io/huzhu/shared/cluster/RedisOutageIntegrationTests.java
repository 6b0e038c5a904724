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
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on a private {@code redis-server} this test starts on a free port, stops mid-test and starts again
 * (the machine's Redis on 6379 is never touched): while Redis is away both nodes keep serving from the database, say
 * DEGRADED in {@code /actuator/health}, and lose no message; when it is back they recover by themselves.
 */
@ExtendWith(DatabaseAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisOutageIntegrationTests {

    private int port;
    private Process redis;
    private Node c;
    private Node d;

    @BeforeAll
    void start() throws Exception {
        // Several application nodes share the real PostgreSQL (as in production); H2's in-memory database is one
        // process's, and sharing it between contexts is not what this test is about.
        assumeTrue(TestDatabase.isPostgres(), "two-node tests run on PostgreSQL");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        startRedis();
        Map<String, String> settings = Map.of("huzhu.cluster.redis-url", "redis://127.0.0.1:" + port);
        c = Node.start("c", settings);
        d = Node.start("d", settings);
    }

    @AfterAll
    void stop() {
        if (c != null) {
            c.close();
        }
        if (d != null) {
            d.close();
        }
        if (redis != null) {
            redis.destroyForcibly();
        }
    }

    @Test
    void withoutRedisNodesServeDegradedLoseNoMessageAndRecoverByThemselvesAndAStoppedNodeSendsItsClientsElsewhere()
            throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> c.health().equals("UP") && d.health().equals("UP"));
        Api.Session owner = c.api().register("owner");
        GroupFixtures.Group group = c.groups().create(owner);
        Api.Session reader = c.groups().member(group, "reader");
        FeedClient client = FeedClient.connect(c.api(), reader).subscribe(group.id(), 0);
        String path = "/api/groups/" + group.id() + "/messages";
        List<Long> posted = new ArrayList<>();
        posted.add(post(d, path, owner, "before"));
        await().atMost(Duration.ofSeconds(10)).until(() -> client.messageSeqs().equals(posted));

        redis.destroy();
        redis.waitFor();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> c.health().equals("DEGRADED") && d.health().equals("DEGRADED"));
        // Still serving: sign-ups, sign-ins (with this node's own limits), posts through the other node.
        Api.Session late = d.api().register("late");
        assertThat(late.token()).isNotBlank();
        for (int i = 0; i < 3; i++) {
            posted.add(post(d, path, owner, "during " + i));
        }
        // No wake-up can travel: the sweep finds them in the database.
        await().atMost(Duration.ofSeconds(15)).until(() -> client.messageSeqs().size() == posted.size());
        assertThat(client.messageSeqs()).containsExactlyElementsOf(posted);

        startRedis();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> c.health().equals("UP") && d.health().equals("UP"));
        posted.add(post(d, path, owner, "after"));
        await().atMost(Duration.ofSeconds(10)).until(() -> client.messageSeqs().size() == posted.size());
        assertThat(client.messageSeqs()).containsExactlyElementsOf(posted).doesNotHaveDuplicates();

        // A node stopped gracefully tells its WebSocket clients to reconnect elsewhere (1012, service restart); the
        // client reconnects to the other node with its cursor and misses nothing posted meanwhile.
        long cursor = posted.getLast();
        c.close();
        c = null;
        await().atMost(Duration.ofSeconds(20)).until(() -> client.closeCode() == 1012);
        posted.add(post(d, path, owner, "while reconnecting"));
        FeedClient again = FeedClient.connect(d.api(), reader).subscribe(group.id(), cursor);
        await().atMost(Duration.ofSeconds(10)).until(() -> again.messageSeqs().equals(List.of(posted.getLast())));
        again.close();
    }

    private static long post(Node node, String path, Api.Session author, String text) {
        Api.Response response = node.api().post(path, author.token(), Map.of("kind", "TEXT", "text", text));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("seq").asLong();
    }

    private void startRedis() throws IOException {
        redis = new ProcessBuilder(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
