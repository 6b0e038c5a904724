package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Concurrently;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many clients at once, over HTTP, against the real database: the counters must always equal what the assist
 * rows say, no helper may count twice, nothing may pass its target and stock may never go below zero.
 */
@IntegrationTest
class AssistConcurrencyIntegrationTests {

    private static final int THREADS = 64;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aViralTaskCountsExactlyItsScheduleAndNoMore() throws Exception {
        var terms = fixtures.bargain();
        terms.put("startPriceCents", 1_000_000);
        terms.put("minAssists", 150);
        terms.put("maxAssists", 150);
        terms.put("budgetCents", 100_000_000);
        UUID campaign = fixtures.publish(terms);
        String task = fixtures.start(api.register("viral"), campaign).path("id").asString();
        List<Api.Session> helpers = helpers(200);

        List<Api.Response> responses = concurrently(helpers.stream()
                .<Callable<Api.Response>>map(h -> () -> fixtures.assist(h, task))
                .toList());

        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(150);
        assertThat(responses.stream().filter(r -> r.status() != 201))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("TASK_NOT_OPEN"));
        assertConsistent(task);
        assertThat(status(task)).isEqualTo("SUCCEEDED");
        assertThat(sum("select coalesce(sum(cut), 0) from assist where task_id = :id", task))
                .isEqualTo(1_000_000);
    }

    @Test
    void manyTasksAtOnceStayConsistent() throws Exception {
        var terms = fixtures.bargain();
        terms.put("minAssists", 30);
        terms.put("maxAssists", 30);
        UUID campaign = fixtures.publish(terms);
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(fixtures.start(api.register("t" + i), campaign).path("id").asString());
        }
        List<Api.Session> helpers = helpers(20);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (String task : tasks) {
            for (Api.Session helper : helpers) {
                calls.add(() -> fixtures.assist(helper, task));
            }
        }
        java.util.Collections.shuffle(calls, new java.util.Random(42));
        List<Api.Response> responses = concurrently(calls);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        for (String task : tasks) {
            assertConsistent(task);
            assertThat(sum("select count(*) from assist where task_id = :id", task))
                    .isEqualTo(20);
        }
    }

    @Test
    void oneHelperRacingWithItselfCountsOnce() throws Exception {
        UUID campaign = fixtures.publish(fixtures.bargain());
        String task = fixtures.start(api.register("owner"), campaign).path("id").asString();
        Api.Session helper = api.register("eager");

        List<Api.Response> plain = concurrently(IntStream.range(0, 20)
                .<Callable<Api.Response>>mapToObj(i -> () -> fixtures.assist(helper, task))
                .toList());
        assertThat(plain.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(plain.stream().filter(r -> r.status() != 201))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("ALREADY_ASSISTED"));

        Api.Session keyed = api.register("keyed");
        String key = UUID.randomUUID().toString();
        List<Api.Response> replays = concurrently(IntStream.range(0, 20)
                .<Callable<Api.Response>>mapToObj(
                        i -> () -> api.post("/api/tasks/" + task + "/assists", keyed.token(), "", key))
                .toList());
        assertThat(replays)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replays.stream().filter(r -> r.header("Idempotency-Replayed") == null))
                .as("exactly one first answer, the others replays")
                .hasSize(1);
        assertThat(replays.stream()
                        .map(r -> r.json().path("assistId").asString())
                        .distinct())
                .hasSize(1);
        assertConsistent(task);
        assertThat(sum("select count(*) from assist where task_id = :id", task)).isEqualTo(2);
    }

    @Test
    void concurrentStartsNeverOversellStock() throws Exception {
        var terms = fixtures.bargain();
        terms.put("stock", 7);
        UUID campaign = fixtures.publish(terms);
        List<Api.Session> members = helpers(30);
        List<Api.Response> responses = concurrently(members.stream()
                .<Callable<Api.Response>>map(
                        m -> () -> api.post("/api/campaigns/" + campaign + "/tasks", m.token(), ""))
                .toList());
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(7);
        assertThat(responses.stream().filter(r -> r.status() != 201))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("OUT_OF_STOCK"));
        assertThat(jdbc.sql("select stock_available from campaign where id = :id")
                        .param("id", campaign)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(sum("select count(*) from task where campaign_id = :id", campaign.toString()))
                .isEqualTo(7);
    }

    @Test
    void concurrentClaimsPayOnce() throws Exception {
        var terms = fixtures.bargain();
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String task = fixtures.start(owner, campaign).path("id").asString();
        fixtures.assist(api.register("helper"), task);
        List<Api.Response> claims = concurrently(IntStream.range(0, 20)
                .<Callable<Api.Response>>mapToObj(
                        i -> () -> api.post("/api/tasks/" + task + "/claim", owner.token(), ""))
                .toList());
        assertThat(claims.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(claims.stream().filter(r -> r.status() != 200))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("ALREADY_CLAIMED"));
        assertThat(jdbc.sql("select stock_claimed from campaign where id = :id")
                        .param("id", campaign)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** progress = sum of cuts; assists_done = number of rows; seqs 0..n-1; each helper once; never past target. */
    private void assertConsistent(String task) {
        UUID id = UUID.fromString(task);
        Map<String, Object> row = jdbc.sql(
                        "select progress, assists_done, target_amount, cut_count from task where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        long progress = ((Number) row.get("progress")).longValue();
        int done = ((Number) row.get("assists_done")).intValue();
        assertThat(progress).isEqualTo(sum("select coalesce(sum(cut), 0) from assist where task_id = :id", task));
        assertThat((long) done).isEqualTo(sum("select count(*) from assist where task_id = :id", task));
        assertThat(sum("select count(distinct helper_id) from assist where task_id = :id", task))
                .isEqualTo(done);
        assertThat(sum("select coalesce(max(seq), -1) from assist where task_id = :id", task))
                .isEqualTo(done - 1);
        assertThat(progress).isLessThanOrEqualTo(((Number) row.get("target_amount")).longValue());
        assertThat(done).isLessThanOrEqualTo(((Number) row.get("cut_count")).intValue());
        assertThat(sum(
                        "select count(*) from assist a where task_id = :id and progress_after <> "
                                + "(select sum(b.cut) from assist b where b.task_id = a.task_id and b.seq <= a.seq)",
                        task))
                .as("every assist's progress_after is the running sum of the cuts")
                .isZero();
    }

    private String status(String task) {
        return jdbc.sql("select status from task where id = :id")
                .param("id", UUID.fromString(task))
                .query(String.class)
                .single();
    }

    private long sum(String sql, String id) {
        return jdbc.sql(sql).param("id", UUID.fromString(id)).query(Long.class).single();
    }

    private List<Api.Session> helpers(int count) throws Exception {
        return concurrently(IntStream.range(0, count)
                .<Callable<Api.Session>>mapToObj(i -> () -> api.register("h" + i))
                .toList());
    }

    private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        return Concurrently.run(THREADS, calls);
    }
}
