package io.huzhu.moderation;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
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

/** The append-only audit log: this class only inserts and reads; no entry is ever changed or removed. */
@Repository
class AuditLog {

    /** An entry; {@code actorId} null means SYSTEM (the pipeline, auto-hide, the warn ladder). */
    record Entry(
            long seq,
            UUID id,
            GroupId groupId,
            @Nullable UserId actorId,
            AuditAction action,
            @Nullable UserId targetUserId,
            @Nullable UUID messageId,
            String reason,
            @Nullable String findings,
            @Nullable Instant until,
            @Nullable UUID causedBy,
            boolean pipeline,
            Instant at) {

        static Entry of(
                GroupId group,
                @Nullable UserId actor,
                AuditAction action,
                @Nullable UserId target,
                @Nullable UUID message,
                String reason,
                Instant at) {
            return new Entry(0, Ids.next(), group, actor, action, target, message, reason, null, null, null, false, at);
        }

        Entry withFindings(@Nullable String json, boolean fromPipeline) {
            return new Entry(
                    seq,
                    id,
                    groupId,
                    actorId,
                    action,
                    targetUserId,
                    messageId,
                    reason,
                    json,
                    until,
                    causedBy,
                    fromPipeline,
                    at);
        }

        Entry withUntil(@Nullable Instant to) {
            return new Entry(
                    seq,
                    id,
                    groupId,
                    actorId,
                    action,
                    targetUserId,
                    messageId,
                    reason,
                    findings,
                    to,
                    causedBy,
                    pipeline,
                    at);
        }

        Entry causedBy(UUID cause) {
            return new Entry(
                    seq,
                    id,
                    groupId,
                    actorId,
                    action,
                    targetUserId,
                    messageId,
                    reason,
                    findings,
                    until,
                    cause,
                    pipeline,
                    at);
        }
    }

    private static final String COLUMNS = "seq, id, group_id, actor_id, action, target_user_id, message_id, reason,"
            + " findings, until_at, caused_by, pipeline, at";
    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Entry append(Entry e) {
        jdbc.sql("insert into moderation_audit (id, group_id, actor_id, action, target_user_id, message_id, reason,"
                        + " findings, until_at, caused_by, pipeline, at) values (:id, :group, :actor, :action, :target,"
                        + " :message, :reason, :findings, :until, :cause, :pipeline, :at)")
                .param("id", e.id())
                .param("group", e.groupId().value())
                .param("actor", e.actorId() == null ? null : e.actorId().value())
                .param("action", e.action().name())
                .param(
                        "target",
                        e.targetUserId() == null ? null : e.targetUserId().value())
                .param("message", e.messageId())
                .param("reason", clip(e.reason(), 500))
                .param("findings", e.findings())
                .param("until", ts(e.until()))
                .param("cause", e.causedBy())
                .param("pipeline", e.pipeline())
                .param("at", ts(e.at()))
                .update();
        return e;
    }

    Optional<Entry> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from moderation_audit where id = :id")
                .param("id", id)
                .query(AuditLog::map)
                .optional();
    }

    /** Newest first, before the cursor {@code before} (a seq) when given. */
    List<Entry> page(GroupId group, @Nullable Long before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from moderation_audit where group_id = :group and seq < :before"
                        + " order by seq desc limit :limit")
                .param("group", group.value())
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query(AuditLog::map)
                .list();
    }

    List<Entry> causedBy(UUID cause) {
        return jdbc.sql("select " + COLUMNS + " from moderation_audit where caused_by = :cause order by seq")
                .param("cause", cause)
                .query(AuditLog::map)
                .list();
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Entry map(ResultSet rs, int n) throws SQLException {
        UUID actor = Sql.uuid(rs, "actor_id");
        UUID target = Sql.uuid(rs, "target_user_id");
        return new Entry(
                rs.getLong("seq"),
                Sql.uuid(rs, "id"),
                GroupId.of(Sql.uuid(rs, "group_id")),
                actor == null ? null : UserId.of(actor),
                AuditAction.valueOf(rs.getString("action")),
                target == null ? null : UserId.of(target),
                Sql.uuid(rs, "message_id"),
                rs.getString("reason"),
                rs.getString("findings"),
                Sql.instant(rs, "until_at"),
                Sql.uuid(rs, "caused_by"),
                rs.getBoolean("pipeline"),
                Sql.requiredInstant(rs, "at"));
    }
}
