package io.huzhu.moderation;

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

/** Appeals. One open appeal per audit entry (unique open_audit_id); a decision is a conditional update from OPEN. */
@Repository
class AppealRepository {

    enum Status {
        OPEN,
        UPHELD,
        OVERTURNED
    }

    record Appeal(
            UUID id,
            UUID auditId,
            GroupId groupId,
            UserId appellantId,
            String text,
            Status status,
            @Nullable UserId decidedBy,
            @Nullable String decisionNote,
            Instant createdAt,
            @Nullable Instant decidedAt) {}

    private static final String COLUMNS = "id, audit_id, group_id, appellant_id, appeal_text, status, decided_by,"
            + " decision_note, created_at, decided_at";
    private final JdbcClient jdbc;

    AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when an appeal against this entry is already open. */
    boolean insert(Appeal a) {
        return jdbc.sql("insert into moderation_appeal (id, audit_id, open_audit_id, group_id, appellant_id,"
                                + " appeal_text, status, created_at) values (:id, :audit, :audit, :group, :appellant,"
                                + " :text, 'OPEN', :at) on conflict do nothing")
                        .param("id", a.id())
                        .param("audit", a.auditId())
                        .param("group", a.groupId().value())
                        .param("appellant", a.appellantId().value())
                        .param("text", a.text())
                        .param("at", ts(a.createdAt()))
                        .update()
                == 1;
    }

    Optional<Appeal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from moderation_appeal where id = :id")
                .param("id", id)
                .query(AppealRepository::map)
                .optional();
    }

    List<Appeal> of(UserId appellant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from moderation_appeal where appellant_id = :user"
                        + " order by created_at desc, id desc limit :limit")
                .param("user", appellant.value())
                .param("limit", limit)
                .query(AppealRepository::map)
                .list();
    }

    /** A group's appeals, open ones first, then newest first. */
    List<Appeal> ofGroup(GroupId group, int limit) {
        return jdbc.sql("select " + COLUMNS + " from moderation_appeal where group_id = :group"
                        + " order by case when status = 'OPEN' then 0 else 1 end, created_at desc, id desc"
                        + " limit :limit")
                .param("group", group.value())
                .param("limit", limit)
                .query(AppealRepository::map)
                .list();
    }

    boolean decide(UUID id, Status status, UserId by, String note, Instant at) {
        return jdbc.sql("update moderation_appeal set status = :status, open_audit_id = null, decided_by = :by,"
                                + " decision_note = :note, decided_at = :at where id = :id and status = 'OPEN'")
                        .param("status", status.name())
                        .param("by", by.value())
                        .param("note", note)
                        .param("at", ts(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Appeal map(ResultSet rs, int n) throws SQLException {
        UUID by = Sql.uuid(rs, "decided_by");
        return new Appeal(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "audit_id"),
                GroupId.of(Sql.uuid(rs, "group_id")),
                UserId.of(Sql.uuid(rs, "appellant_id")),
                rs.getString("appeal_text"),
                Status.valueOf(rs.getString("status")),
                by == null ? null : UserId.of(by),
                rs.getString("decision_note"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "decided_at"));
    }
}
