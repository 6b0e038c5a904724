package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per task with the times of its funnel steps; each step is set once. */
@Repository
class TaskRows {

    record Task(
            UUID campaign,
            @Nullable Instant startedAt,
            @Nullable Instant firstAssistAt,
            @Nullable Instant succeededAt,
            @Nullable Instant expiredAt) {}

    private static final Set<String> STEPS =
            Set.of("started_at", "first_assist_at", "succeeded_at", "expired_at", "rewarded_at");
    private final JdbcClient jdbc;

    TaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the task has a row (a step may be folded before the task's start). */
    void ensure(UUID task, UUID campaign, UUID initiator) {
        jdbc.sql("insert into analytics_task (task_id, campaign_id, initiator_id) values (:task, :campaign, :initiator)"
                        + " on conflict do nothing")
                .param("task", task)
                .param("campaign", campaign)
                .param("initiator", initiator)
                .update();
    }

    Optional<Task> find(UUID task) {
        return jdbc.sql("select campaign_id, started_at, first_assist_at, succeeded_at, expired_at from analytics_task"
                        + " where task_id = :task")
                .param("task", task)
                .query((rs, n) -> new Task(
                        rs.getObject("campaign_id", UUID.class),
                        Sql.instant(rs, "started_at"),
                        Sql.instant(rs, "first_assist_at"),
                        Sql.instant(rs, "succeeded_at"),
                        Sql.instant(rs, "expired_at")))
                .optional();
    }

    /** Sets a step's time if it was not set; false when it was. */
    boolean step(UUID task, String column, Instant at) {
        if (!STEPS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("update analytics_task set " + column + " = :at where task_id = :task and " + column
                                + " is null")
                        .param("at", ts(at))
                        .param("task", task)
                        .update()
                == 1;
    }

    void reward(UUID task, String kind, long cents) {
        jdbc.sql("update analytics_task set reward_kind = :kind, reward_cents = :cents where task_id = :task")
                .param("kind", kind)
                .param("cents", cents)
                .param("task", task)
                .update();
    }

    void successAssists(UUID task, long assists) {
        jdbc.sql("update analytics_task set success_assists = :n where task_id = :task")
                .param("n", assists)
                .param("task", task)
                .update();
    }
}
