package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class IdempotencyIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replayingAnAssistReturnsTheFirstResultAndCountsOnce() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        String id = fixtures.start(api.register("owner"), campaign).path("id").asString();
        Api.Session helper = api.register("helper");
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post("/api/tasks/" + id + "/assists", helper.token(), "", key);
        Api.Response replay = api.post("/api/tasks/" + id + "/assists", helper.token(), "", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotency-Replayed")).isNull();
        assertThat(replay.status()).as("the first answer's status").isEqualTo(201);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.json().path("assistId")).isEqualTo(first.json().path("assistId"));
        assertThat(replay.json().path("cut")).isEqualTo(first.json().path("cut"));
        assertThat(replay.json().path("progress")).isEqualTo(first.json().path("progress"));
        assertThat(replay.json().path("at")).isEqualTo(first.json().path("at"));
        assertThat(assists(id)).isEqualTo(1);
    }

    @Test
    void aReplayAfterTheTaskSucceededAnswersWithTheFirstStatus() {
        var terms = fixtures.bargain();
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        UUID campaign = fixtures.publish(terms);
        String id = fixtures.start(api.register("owner"), campaign).path("id").asString();
        Api.Session helper = api.register("helper");
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post("/api/tasks/" + id + "/assists", helper.token(), "", key);
        // The task is closed now: the replay is answered from the stored row, outside the batch.
        Api.Response replay = api.post("/api/tasks/" + id + "/assists", helper.token(), "", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.json().path("assistId")).isEqualTo(first.json().path("assistId"));
        assertThat(api.post("/api/tasks/" + id + "/assists", helper.token(), "", "another-key")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anAssistKeyReusedOnAnotherTaskIsRefused() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        String one = fixtures.start(api.register("a"), campaign).path("id").asString();
        String two = fixtures.start(api.register("b"), campaign).path("id").asString();
        Api.Session helper = api.register("helper");
        String key = UUID.randomUUID().toString();
        assertThat(api.post("/api/tasks/" + one + "/assists", helper.token(), "", key)
                        .status())
                .isEqualTo(201);
        Api.Response reused = api.post("/api/tasks/" + two + "/assists", helper.token(), "", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(assists(two)).isZero();
    }

    @Test
    void replayingAClaimReturnsTheFirstResponse() {
        var terms = fixtures.bargain();
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String id = fixtures.start(owner, campaign).path("id").asString();
        fixtures.assist(api.register("helper"), id);
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post("/api/tasks/" + id + "/claim", owner.token(), "", key);
        Api.Response replay = api.post("/api/tasks/" + id + "/claim", owner.token(), "", key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(api.get("/api/campaigns/" + campaign, null)
                        .json()
                        .path("stockClaimed")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void replayingATaskStartCreatesOneTask() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session owner = api.register("owner");
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post("/api/campaigns/" + campaign + "/tasks", owner.token(), "", key);
        Api.Response replay = api.post("/api/campaigns/" + campaign + "/tasks", owner.token(), "", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(jdbc.sql("select count(*) from task where initiator_id = :id")
                        .param("id", owner.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefused() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        UUID other = fixtures.publish(fixtures.bargain());
        Api.Session owner = api.register("owner");
        String key = UUID.randomUUID().toString();
        api.post("/api/campaigns/" + campaign + "/tasks", owner.token(), "", key);
        Api.Response reused = api.post("/api/campaigns/" + other + "/tasks", owner.token(), "", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void refusedRequestsWriteNothing() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session owner = api.register("owner");
        String id = fixtures.start(owner, campaign).path("id").asString();
        Api.Response self = api.post("/api/tasks/" + id + "/assists", owner.token(), "", "k-" + UUID.randomUUID());
        assertThat(self.status()).isEqualTo(403);
        assertThat(assists(id)).isZero();
        assertThat(jdbc.sql("select count(*) from helper_quota where helper_id = :id")
                        .param("id", owner.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long assists(String task) {
        return jdbc.sql("select count(*) from assist where task_id = :id")
                .param("id", UUID.fromString(task))
                .query(Long.class)
                .single();
    }
}
