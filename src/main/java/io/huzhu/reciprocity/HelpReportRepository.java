package io.huzhu.reciprocity;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "I helped" reports on external links. Every decision is a conditional update from the expected status. */
@Repository
class HelpReportRepository {

    record Row(
            UUID id,
            UUID messageId,
            GroupId groupId,
            UserId helperId,
            UserId requesterId,
            ReportStatus status,
            @Nullable String note,
            @Nullable String resolution,
            Instant reportedAt,
            Instant lapsesAt) {

        Row withStatus(ReportStatus to) {
            return new Row(id, messageId, groupId, helperId, requesterId, to, note, resolution, reportedAt, lapsesAt);
        }
    }

    private static final String COLUMNS =
            "id, message_id, group_id, helper_id, requester_id, status, note, resolution, reported_at, lapses_at";
    private final JdbcClient jdbc;

    HelpReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the helper already reported help on this request. */
    boolean insert(Row row) {
        return jdbc.sql("insert into help_report (" + COLUMNS + ") values (:id, :message, :group, :helper,"
                                + " :requester, 'PENDING', null, null, :at, :lapses) on conflict do nothing")
                        .param("id", row.id())
                        .param("message", row.messageId())
                        .param("group", row.groupId().value())
                        .param("helper", row.helperId().value())
                        .param("requester", row.requesterId().value())
                        .param("at", ts(row.reportedAt()))
                        .param("lapses", ts(row.lapsesAt()))
                        .update()
                == 1;
    }

    Optional<Row> byHelper(GroupId group, UUID messageId, UserId helper) {
        return jdbc.sql("select " + COLUMNS + " from help_report"
                        + " where group_id = :group and message_id = :message and helper_id = :helper")
                .param("group", group.value())
                .param("message", messageId)
                .param("helper", helper.value())
                .query(HelpReportRepository::map)
                .optional();
    }

    Optional<Row> find(GroupId group, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from help_report where group_id = :group and id = :id")
                .param("group", group.value())
                .param("id", id)
                .query(HelpReportRepository::map)
                .optional();
    }

    /** The requester's decision on a pending report that has not lapsed yet (even if the sweeper is behind). */
    boolean decidePending(UUID id, ReportStatus to, @Nullable String note, UserId by, Instant now) {
        return jdbc.sql("update help_report set status = :to, note = :note, decided_at = :now, decided_by = :by"
                                + " where id = :id and status = 'PENDING' and lapses_at > :now")
                        .param("to", to.name())
                        .param("note", note)
                        .param("now", ts(now))
                        .param("by", by.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** An admin's resolution of a disputed report. */
    boolean resolveDisputed(UUID id, ReportStatus to, String resolution, UserId by, Instant now) {
        return jdbc.sql("update help_report set status = :to, resolution = :resolution, decided_at = :now,"
                                + " decided_by = :by where id = :id and status = 'DISPUTED'")
                        .param("to", to.name())
                        .param("resolution", resolution)
                        .param("now", ts(now))
                        .param("by", by.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The reports on one request still waiting for the requester, oldest first. */
    List<Row> pendingOn(GroupId group, UUID messageId, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from help_report where group_id = :group and message_id = :message"
                        + " and status = 'PENDING' and lapses_at > :now order by reported_at, id limit :limit")
                .param("group", group.value())
                .param("message", messageId)
                .param("now", ts(now))
                .param("limit", limit)
                .query(HelpReportRepository::map)
                .list();
    }

    List<Row> disputed(GroupId group, int limit) {
        return jdbc.sql("select " + COLUMNS + " from help_report where group_id = :group and status = 'DISPUTED'"
                        + " order by reported_at, id limit :limit")
                .param("group", group.value())
                .param("limit", limit)
                .query(HelpReportRepository::map)
                .list();
    }

    /** Reports the requester left unanswered lapse without booking. */
    int lapse(Instant now) {
        return jdbc.sql("update help_report set status = 'LAPSED' where status = 'PENDING' and lapses_at <= :now")
                .param("now", ts(now))
                .update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "message_id"),
                GroupId.of(Sql.uuid(rs, "group_id")),
                UserId.of(Sql.uuid(rs, "helper_id")),
                UserId.of(Sql.uuid(rs, "requester_id")),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getString("resolution"),
                Sql.requiredInstant(rs, "reported_at"),
                Sql.requiredInstant(rs, "lapses_at"));
    }
}
