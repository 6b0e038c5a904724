package io.huzhu.task;

import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssistRepository {

    private static final String COLUMNS =
            "id, task_id, helper_id, seq, cut, progress_after, idempotency_key, device_id, created_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AssistRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One round trip for the whole batch. */
    void insertAll(List<AssistRow> rows) {
        template.batchUpdate(
                "insert into assist (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                rows.size(),
                (ps, row) -> {
                    ps.setObject(1, row.id());
                    ps.setObject(2, row.taskId().value());
                    ps.setObject(3, row.helperId().value());
                    ps.setInt(4, row.seq());
                    ps.setLong(5, row.cut());
                    ps.setLong(6, row.progressAfter());
                    ps.setString(7, row.idempotencyKey());
                    ps.setString(8, row.deviceId());
                    ps.setObject(9, Sql.ts(row.createdAt()));
                });
    }

    /** The earlier assists, on this task, of any of these helpers. */
    List<AssistRow> ofHelpers(TaskId task, Collection<UserId> helpers) {
        return jdbc.sql("select " + COLUMNS + " from assist where task_id = :task and helper_id in (:helpers)")
                .param("task", task.value())
                .param("helpers", helpers.stream().map(UserId::value).toList())
                .query(AssistRepository::map)
                .list();
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

    static AssistRow map(ResultSet rs, int rowNum) throws SQLException {
        return new AssistRow(
                Sql.uuid(rs, "id"),
                new TaskId(Sql.uuid(rs, "task_id")),
                new UserId(Sql.uuid(rs, "helper_id")),
                rs.getInt("seq"),
                rs.getLong("cut"),
                rs.getLong("progress_after"),
                rs.getString("idempotency_key"),
                rs.getString("device_id"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
