package io.huzhu.reciprocity;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Help requests and the record of who already helped with each. */
@Repository
class HelpRequestRepository {

    record Row(
            UUID messageId,
            GroupId groupId,
            UserId requesterId,
            HelpKind kind,
            @Nullable TaskId taskId,
            @Nullable String link,
            @Nullable String note,
            Instant deadline,
            HelpStatus status,
            int exposures,
            int helpCount,
            Instant createdAt) {}

    private static final String COLUMNS = "message_id, group_id, requester_id, kind, task_id, link, note, deadline,"
            + " status, exposures, help_count, created_at";
    private final JdbcClient jdbc;

    HelpRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HelpRequestDraft draft, Instant now) {
        jdbc.sql("insert into help_request (" + COLUMNS + ") values (:message, :group, :requester, :kind, :task,"
                        + " :link, :note, :deadline, 'OPEN', 0, 0, :now)")
                .param("message", draft.messageId())
                .param("group", draft.groupId().value())
                .param("requester", draft.requesterId().value())
                .param("kind", draft.kind().name())
                .param("task", draft.taskId() == null ? null : draft.taskId().value())
                .param("link", draft.link())
                .param("note", draft.note())
                .param("deadline", ts(draft.deadline()))
                .param("now", ts(now))
                .update();
    }

    Optional<Row> find(GroupId group, UUID messageId) {
        return jdbc.sql("select " + COLUMNS + " from help_request where message_id = :message and group_id = :group")
                .param("message", messageId)
                .param("group", group.value())
                .query(HelpRequestRepository::map)
                .optional();
    }

    /** Which of these tasks were ever posted as a help request (in any group, in any state). */
    Set<TaskId> tasksAskedFor(Collection<TaskId> tasks) {
        if (tasks.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct task_id from help_request where task_id in (:tasks)")
                .param("tasks", tasks.stream().map(TaskId::value).toList())
                .query((rs, n) -> TaskId.of(Sql.uuid(rs, "task_id")))
                .list());
    }

    /**
     * The requests an assist made at {@code at} counts for: posted before it and still open then. A request the
     * task's success already closed still counts (listeners run in any order, and the last assist ends the task).
     */
    List<Row> helpedByAssist(TaskId task, Instant at) {
        return jdbc.sql("select " + COLUMNS + " from help_request where task_id = :task and created_at <= :at"
                        + " and (status = 'OPEN' or closed_at >= :at) order by message_id")
                .param("task", task.value())
                .param("at", ts(at))
                .query(HelpRequestRepository::map)
                .list();
    }

    /** Records that the helper helped, which hides the request from their queue; false when already recorded. */
    boolean markHelped(UUID messageId, UserId helper, Instant at) {
        return jdbc.sql("insert into help_given (message_id, helper_id, created_at)"
                                + " values (:message, :helper, :at) on conflict do nothing")
                        .param("message", messageId)
                        .param("helper", helper.value())
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    void countHelp(UUID messageId) {
        jdbc.sql("update help_request set help_count = help_count + 1 where message_id = :message")
                .param("message", messageId)
                .update();
    }

    /** Closes the open requests of a task that ended at {@code at}. */
    int closeTask(TaskId task, HelpStatus status, Instant at) {
        return jdbc.sql("update help_request set status = :status, closed_at = :at"
                        + " where task_id = :task and status = 'OPEN'")
                .param("status", status.name())
                .param("at", ts(at))
                .param("task", task.value())
                .update();
    }

    /** A member who left or was removed no longer asks for help in that group. */
    int closeRequestsOf(GroupId group, UserId requester, Instant at) {
        return jdbc.sql("update help_request set status = 'CLOSED', closed_at = :at"
                        + " where group_id = :group and requester_id = :requester and status = 'OPEN'")
                .param("at", ts(at))
                .param("group", group.value())
                .param("requester", requester.value())
                .update();
    }

    /** External-link requests past their deadline expire; tasks have their own expiry event. */
    int expireLinks(Instant now) {
        return jdbc.sql("update help_request set status = 'EXPIRED', closed_at = deadline"
                        + " where status = 'OPEN' and kind = 'EXTERNAL_LINK' and deadline <= :now")
                .param("now", ts(now))
                .update();
    }

    /** Open requests of the group that the viewer may still help with: not their own, not helped by them yet. */
    List<Row> queueCandidates(GroupId group, UserId viewer, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from help_request r where r.group_id = :group and r.status = 'OPEN'"
                        + " and r.deadline > :now and r.requester_id <> :viewer and not exists (select 1 from"
                        + " help_given g where g.message_id = r.message_id and g.helper_id = :viewer)"
                        + " order by r.deadline, r.message_id limit :limit")
                .param("group", group.value())
                .param("now", ts(now))
                .param("viewer", viewer.value())
                .param("limit", limit)
                .query(HelpRequestRepository::map)
                .list();
    }

    /** Counts one exposure for each request shown at the top of a queue, in one statement. */
    void expose(List<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        jdbc.sql("update help_request set exposures = exposures + 1 where message_id in (:ids)")
                .param("ids", messageIds)
                .update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        UUID task = rs.getObject("task_id", UUID.class);
        return new Row(
                Sql.uuid(rs, "message_id"),
                GroupId.of(Sql.uuid(rs, "group_id")),
                UserId.of(Sql.uuid(rs, "requester_id")),
                HelpKind.valueOf(rs.getString("kind")),
                task == null ? null : TaskId.of(task),
                rs.getString("link"),
                rs.getString("note"),
                Sql.requiredInstant(rs, "deadline"),
                HelpStatus.valueOf(rs.getString("status")),
                rs.getInt("exposures"),
                rs.getInt("help_count"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
