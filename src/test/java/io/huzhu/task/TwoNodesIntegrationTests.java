package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Role;
import io.huzhu.risk.Fingerprint;
import io.huzhu.risk.RiskDecision;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes share one database: each has its own lanes, so two drainers write to the same task at the
 * same time and only the database (the task row lock, the compare-and-set, the unique keys) keeps them honest.
 * Simulated here with two independent {@link AssistLanes} over the same writer.
 */
@IntegrationTest
class TwoNodesIntegrationTests {

    private static final RiskDecision ALLOW = RiskDecision.allow(Fingerprint.NONE);

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssistWriter writer;

    @Autowired
    TaskProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoNodesAssistingOneTaskNeverDoubleCountOrOvershoot() throws Exception {
        var terms = fixtures.bargain();
        terms.put("minAssists", 60);
        terms.put("maxAssists", 60);
        UUID campaign = fixtures.publish(terms);
        TaskId task = new TaskId(UUID.fromString(
                fixtures.start(api.register("shared"), campaign).path("id").asString()));
        var nodeA = new AssistLanes(writer, properties, new SimpleMeterRegistry());
        var nodeB = new AssistLanes(writer, properties, new SimpleMeterRegistry());

        List<AssistAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Api.Session helper = api.register("n" + i);
            CurrentUser user = new CurrentUser(
                    new UserId(helper.id()),
                    helper.username(),
                    Set.of(Role.MEMBER),
                    AccountStatus.ACTIVE,
                    Instant.EPOCH);
            // Every helper knocks on both nodes: one of the two attempts may count, never both.
            attempts.add(new AssistAttempt(task, user, null, ALLOW));
            attempts.add(new AssistAttempt(task, user, null, ALLOW));
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            AssistAttempt attempt = attempts.get(i);
            AssistLanes node = i % 2 == 0 ? nodeA : nodeB;
            threads.add(Thread.ofVirtual().start(() -> node.submit(attempt)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int counted = 0;
        for (AssistAttempt attempt : attempts) {
            try {
                attempt.result().get();
                counted++;
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(HuzhuException.class);
                assertThat(((HuzhuException) refused.getCause()).code())
                        .isIn(ErrorCode.ALREADY_ASSISTED, ErrorCode.TASK_NOT_OPEN);
            }
        }
        assertThat(counted).isEqualTo(60);
        UUID id = task.value();
        assertThat(jdbc.sql("select count(*) from assist where task_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(60);
        assertThat(jdbc.sql("select count(distinct helper_id) from assist where task_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(60);
        assertThat(jdbc.sql("select progress from task where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select sum(cut) from assist where task_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(10_000);
    }
}
