package io.huzhu.task;

import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task_correction} rows: every progress change that was not an assist, for the public timeline. */
@Repository
class Corrections {

    enum Kind {
        VOIDED,
        HELD,
        RESTORED
    }

    record Row(
            UUID id,
            TaskId taskId,
            Kind kind,
            int assists,
            String reason,
            @Nullable UUID caseId,
            long progressAfter,
            long remainingAfter,
            int openAfter,
            Instant at) {}

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TaskRow after, Kind kind, int assists, String reason, @Nullable UUID caseId, Instant at) {
        jdbc.sql("insert into task_correction (id, task_id, kind, assists, reason, case_id, progress_after,"
                        + " remaining_after, open_after, created_at) values (:id, :task, :kind, :assists, :reason,"
                        + " :case, :progress, :remaining, :open, :at)")
                .param("id", Ids.next())
                .param("task", after.id().value())
                .param("kind", kind.name())
                .param("assists", assists)
                .param("reason", reason)
                .param("case", caseId)
                .param("progress", after.progress())
                .param("remaining", after.remaining())
                .param("open", after.maxAssistsRemaining())
                .param("at", Sql.ts(at))
                .update();
    }

    List<Row> of(TaskId task) {
        return jdbc.sql("select id, task_id, kind, assists, reason, case_id, progress_after, remaining_after,"
                        + " open_after, created_at from task_correction where task_id = :task order by created_at, id")
                .param("task", task.value())
                .query((rs, n) -> new Row(
                        Sql.uuid(rs, "id"),
                        new TaskId(Sql.uuid(rs, "task_id")),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getInt("assists"),
                        rs.getString("reason"),
                        Sql.uuid(rs, "case_id"),
                        rs.getLong("progress_after"),
                        rs.getLong("remaining_after"),
                        rs.getInt("open_after"),
                        Sql.requiredInstant(rs, "created_at")))
                .list();
    }
}
