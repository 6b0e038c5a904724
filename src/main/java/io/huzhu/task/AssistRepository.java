package io.huzhu.task;

import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssistRepository {

    private static final String COLUMNS = "id, task_id, helper_id, seq, slot, cut, progress_after, open_after, status,"
            + " reason, case_id, idempotency_key, created_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AssistRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One round trip for the whole batch. */
    void insertAll(List<AssistRow> rows) {
        template.batchUpdate(
                "insert into assist (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                rows.size(),
                (ps, row) -> {
                    ps.setObject(1, row.id());
                    ps.setObject(2, row.taskId().value());
                    ps.setObject(3, row.helperId().value());
                    ps.setInt(4, row.seq());
                    ps.setInt(5, row.slot());
                    ps.setLong(6, row.cut());
                    ps.setLong(7, row.progressAfter());
                    ps.setObject(8, row.openAfter());
                    ps.setString(9, row.status().name());
                    ps.setString(10, row.reason());
                    ps.setObject(11, row.caseId());
                    ps.setString(12, row.idempotencyKey());
                    ps.setObject(13, Sql.ts(row.createdAt()));
                });
    }

    /**
     * The earlier assists of these helpers on these tasks (helpers per task), in one read for a whole transaction: a
     * superset by task and helper, narrowed to the pairs asked.
     */
    List<AssistRow> ofHelpers(Map<TaskId, ? extends Collection<UserId>> helpersByTask) {
        Set<UUID> helpers = new HashSet<>();
        helpersByTask.values().forEach(ids -> ids.forEach(id -> helpers.add(id.value())));
        return jdbc
                .sql("select " + COLUMNS + " from assist where task_id in (:tasks) and helper_id in (:helpers)")
                .param(
                        "tasks",
                        helpersByTask.keySet().stream().map(TaskId::value).toList())
                .param("helpers", List.copyOf(helpers))
                .query(AssistRepository::map)
                .list()
                .stream()
                .filter(row -> helpersByTask.get(row.taskId()).contains(row.helperId()))
                .toList();
    }

    Optional<AssistRow> byKey(UserId helper, String key) {
        return jdbc.sql("select " + COLUMNS + " from assist where helper_id = :helper and idempotency_key = :key")
                .param("helper", helper.value())
                .param("key", key)
                .query(AssistRepository::map)
                .optional();
    }

    List<AssistRow> ofTask(TaskId task) {
        return jdbc.sql("select " + COLUMNS + " from assist where task_id = :task order by seq")
                .param("task", task.value())
                .query(AssistRepository::map)
                .list();
    }

    List<AssistRow> byIds(TaskId task, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from assist where task_id = :task and id in (:ids) order by seq")
                .param("task", task.value())
                .param("ids", List.copyOf(ids))
                .query(AssistRepository::map)
                .list();
    }

    /** A page of a helper's assists, newest first; {@code before} is the last id of the previous page. */
    List<AssistRow> byHelper(UserId helper, @Nullable UUID before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from assist where helper_id = :helper"
                        + (before == null ? "" : " and id < :before") + " order by id desc limit :limit")
                .param("helper", helper.value())
                .param("before", before)
                .param("limit", limit)
                .query(AssistRepository::map)
                .list();
    }

    /** Writes a corrected assist: its status, reason, case, and the slot and cut it holds. */
    void correct(AssistRow row) {
        jdbc.sql("update assist set status = :status, reason = :reason, case_id = :case, slot = :slot, cut = :cut"
                        + " where id = :id")
                .param("status", row.status().name())
                .param("reason", row.reason())
                .param("case", row.caseId())
                .param("slot", row.slot())
                .param("cut", row.cut())
                .param("id", row.id())
                .update();
    }

    static AssistRow map(ResultSet rs, int rowNum) throws SQLException {
        return new AssistRow(
                Sql.uuid(rs, "id"),
                new TaskId(Sql.uuid(rs, "task_id")),
                new UserId(Sql.uuid(rs, "helper_id")),
                rs.getInt("seq"),
                rs.getInt("slot"),
                rs.getLong("cut"),
                rs.getLong("progress_after"),
                rs.getObject("open_after", Integer.class),
                AssistStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                Sql.uuid(rs, "case_id"),
                rs.getString("idempotency_key"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
