package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per task with the times of its funnel steps; each step is set once. Within a fold batch (between
 * {@link #remember} and {@link #forget}, on the folding thread, which holds the analytics lock so nobody else writes
 * these rows) the batch's rows are read once and kept: a step already set, or a row known to exist, costs no statement.
 */
@Repository
class TaskRows {

    record Task(
            UUID campaign,
            @Nullable Instant startedAt,
            @Nullable Instant firstAssistAt,
            @Nullable Instant succeededAt,
            @Nullable Instant expiredAt) {

        /** A step's time, or null for one this record does not keep (rewarded_at): such a step asks the table. */
        @Nullable
        Instant get(String column) {
            return switch (column) {
                case "started_at" -> startedAt;
                case "first_assist_at" -> firstAssistAt;
                case "succeeded_at" -> succeededAt;
                case "expired_at" -> expiredAt;
                default -> null;
            };
        }

        Task with(String column, Instant at) {
            return new Task(
                    campaign,
                    column.equals("started_at") ? at : startedAt,
                    column.equals("first_assist_at") ? at : firstAssistAt,
                    column.equals("succeeded_at") ? at : succeededAt,
                    column.equals("expired_at") ? at : expiredAt);
        }
    }

    private static final Set<String> STEPS =
            Set.of("started_at", "first_assist_at", "succeeded_at", "expired_at", "rewarded_at");
    private static final String COLUMNS = "task_id, campaign_id, started_at, first_assist_at, succeeded_at, expired_at";
    private static final int CHUNK = MemberRows.READ_CHUNK;
    private final JdbcClient jdbc;
    private final ThreadLocal<Map<UUID, Task>> batch = new ThreadLocal<>();

    TaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the rows of these tasks once for the batch folded on this thread. */
    void remember(Collection<UUID> tasks) {
        Map<UUID, Task> known = new HashMap<>();
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(tasks));
        for (List<UUID> chunk : Sql.chunks(ids, CHUNK)) {
            jdbc.sql("select " + COLUMNS + " from analytics_task where task_id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> known.put(rs.getObject("task_id", UUID.class), task(rs)))
                    .list();
        }
        batch.set(known);
    }

    /** Ends the batch: later calls read the table again. */
    void forget() {
        batch.remove();
    }

    /** Makes sure the task has a row (a step may be folded before the task's start). */
    void ensure(UUID task, UUID campaign, UUID initiator) {
        Map<UUID, Task> known = batch.get();
        if (known != null && known.containsKey(task)) {
            return;
        }
        jdbc.sql("insert into analytics_task (task_id, campaign_id, initiator_id) values (:task, :campaign, :initiator)"
                        + " on conflict do nothing")
                .param("task", task)
                .param("campaign", campaign)
                .param("initiator", initiator)
                .update();
        if (known != null) {
            // The row is there now, as it was (a conflict) or new with no step set.
            known.put(task, find(task, false).orElseThrow());
        }
    }

    Optional<Task> find(UUID task) {
        return find(task, true);
    }

    private Optional<Task> find(UUID task, boolean remembered) {
        Map<UUID, Task> known = batch.get();
        if (remembered && known != null && known.containsKey(task)) {
            return Optional.of(known.get(task));
        }
        return jdbc.sql("select " + COLUMNS + " from analytics_task where task_id = :task")
                .param("task", task)
                .query((rs, n) -> task(rs))
                .optional();
    }

    private static Task task(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Task(
                rs.getObject("campaign_id", UUID.class),
                Sql.instant(rs, "started_at"),
                Sql.instant(rs, "first_assist_at"),
                Sql.instant(rs, "succeeded_at"),
                Sql.instant(rs, "expired_at"));
    }

    /** Sets a step's time if it was not set; false when it was. */
    boolean step(UUID task, String column, Instant at) {
        if (!STEPS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<UUID, Task> known = batch.get();
        Task row = known == null ? null : known.get(task);
        if (row != null && row.get(column) != null) {
            return false;
        }
        boolean set = jdbc.sql("update analytics_task set " + column + " = :at where task_id = :task and " + column
                                + " is null")
                        .param("at", ts(at))
                        .param("task", task)
                        .update()
                == 1;
        if (set && row != null) {
            known.put(task, row.with(column, at));
        }
        return set;
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
