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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Group commit: one transaction over the assists of several tasks. What one task's assists do wrong must not cost
 * the other tasks their assists, and nothing of a failed group may stay half written.
 */
@IntegrationTest
class AssistGroupCommitIntegrationTests {

    private static final RiskDecision ALLOW = RiskDecision.allow(Fingerprint.NONE);

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssistWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneTransactionCountsEveryTaskOfTheGroup() throws Exception {
        var terms = fixtures.bargain();
        terms.put("minAssists", 10);
        terms.put("maxAssists", 10);
        UUID campaign = fixtures.publish(terms);
        List<TaskId> tasks = tasks(campaign, 5);
        List<CurrentUser> helpers = helpers(4);
        Map<TaskId, List<AssistAttempt>> group = new LinkedHashMap<>();
        tasks.forEach(task -> group.put(task, attempts(task, helpers, null)));

        writer.write(group);

        for (TaskId task : tasks) {
            for (AssistAttempt attempt : group.get(task)) {
                assertThat(attempt.result().get(10, TimeUnit.SECONDS).seq()).isBetween(0, 3);
            }
            assertThat(count("select count(*) from assist where task_id = :id", task))
                    .isEqualTo(4);
            assertThat(count("select assists_done from task where id = :id", task))
                    .isEqualTo(4);
        }
        assertThat(jdbc.sql("select count(distinct created_at) from assist where task_id in (:ids)")
                        .param("ids", tasks.stream().map(TaskId::value).toList())
                        .query(Long.class)
                        .single())
                .as("one transaction, one clock reading")
                .isEqualTo(1);
    }

    @Test
    void aConflictInOneTaskIsRedoneAloneAndTheOthersStillCount() throws Exception {
        UUID campaign = fixtures.publish(fixtures.bargain());
        List<TaskId> tasks = tasks(campaign, 3);
        CurrentUser reuser = helpers(1).getFirst();
        List<CurrentUser> others = helpers(2);
        String key = "same-key-" + UUID.randomUUID();
        Map<TaskId, List<AssistAttempt>> group = new LinkedHashMap<>();
        // The same helper uses one Idempotency-Key on two different tasks in the same batch: the database's unique
        // key fails the whole group transaction, which must then be redone task by task.
        group.put(tasks.get(0), new ArrayList<>(attempts(tasks.get(0), others, null)));
        group.get(tasks.get(0)).add(new AssistAttempt(tasks.get(0), reuser, key, ALLOW));
        group.put(tasks.get(1), List.of(new AssistAttempt(tasks.get(1), reuser, key, ALLOW)));
        group.put(tasks.get(2), attempts(tasks.get(2), others, null));
        TaskId missing = TaskId.of(UUID.randomUUID());
        group.put(missing, attempts(missing, others, null));

        writer.write(group);

        List<String> reuses = new ArrayList<>();
        for (TaskId task : List.of(tasks.get(0), tasks.get(1))) {
            AssistAttempt attempt = group.get(task).getLast();
            reuses.add(outcome(attempt.result()));
        }
        assertThat(reuses).containsExactlyInAnyOrder("OK", ErrorCode.IDEMPOTENCY_KEY_REUSED.name());
        for (AssistAttempt attempt : group.get(tasks.get(2))) {
            assertThat(outcome(attempt.result())).isEqualTo("OK");
        }
        for (AssistAttempt attempt : group.get(missing)) {
            assertThat(outcome(attempt.result())).isEqualTo(ErrorCode.TASK_NOT_FOUND.name());
        }
        assertThat(count("select count(*) from assist where task_id = :id", tasks.get(0)))
                .isEqualTo(reuses.get(0).equals("OK") ? 3 : 2);
        assertThat(count("select count(*) from assist where task_id = :id", tasks.get(2)))
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from assist where helper_id = :h")
                        .param("h", reuser.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        for (TaskId task : tasks) {
            assertThat(count("select assists_done from task where id = :id", task))
                    .isEqualTo(count("select count(*) from assist where task_id = :id", task));
        }
    }

    private static String outcome(CompletableFuture<AssistResult> result) throws Exception {
        try {
            result.get(10, TimeUnit.SECONDS);
            return "OK";
        } catch (ExecutionException e) {
            return e.getCause() instanceof HuzhuException h
                    ? h.code().name()
                    : e.getCause().toString();
        }
    }

    private List<TaskId> tasks(UUID campaign, int n) {
        List<TaskId> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id =
                    fixtures.start(api.register("g" + i), campaign).path("id").asString();
            tasks.add(TaskId.of(UUID.fromString(id)));
        }
        return tasks;
    }

    private List<CurrentUser> helpers(int n) {
        List<CurrentUser> helpers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Api.Session session = api.register("gh" + i);
            helpers.add(new CurrentUser(
                    UserId.of(session.id()),
                    session.username(),
                    Set.of(Role.MEMBER),
                    AccountStatus.ACTIVE,
                    Instant.parse("2020-01-01T00:00:00Z")));
        }
        return helpers;
    }

    private static List<AssistAttempt> attempts(TaskId task, List<CurrentUser> helpers, String key) {
        return helpers.stream()
                .map(helper -> new AssistAttempt(task, helper, key, ALLOW))
                .toList();
    }

    private long count(String sql, TaskId task) {
        return jdbc.sql(sql).param("id", task.value()).query(Long.class).single();
    }
}
