package io.huzhu.risk;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit log of risk control: this class only inserts and reads. */
@Repository
class RiskAudit {

    enum Action {
        CASE_OPENED,
        CASE_GREW,
        ASSISTS_VOIDED,
        ASSISTS_HELD,
        HOLDS_RELEASED,
        CASE_CONFIRMED,
        CASE_DISMISSED,
        PENALTY_APPLIED,
        APPEAL_FILED,
        APPEAL_UPHELD,
        APPEAL_OVERTURNED,
        PENALTY_LIFTED
    }

    /** One entry; {@code actorId} null means SYSTEM (a scan). */
    record Entry(
            long seq,
            UUID id,
            @Nullable UUID caseId,
            @Nullable UUID appealId,
            @Nullable UserId actorId,
            Action action,
            int assists,
            String reason,
            Instant at) {}

    private final JdbcClient jdbc;

    RiskAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(
            @Nullable UUID caseId,
            @Nullable UUID appealId,
            @Nullable UserId actor,
            Action action,
            int assists,
            String reason,
            Instant at) {
        jdbc.sql("insert into risk_audit (id, case_id, appeal_id, actor_id, action, assists, reason, at)"
                        + " values (:id, :case, :appeal, :actor, :action, :assists, :reason, :at)")
                .param("id", Ids.next())
                .param("case", caseId)
                .param("appeal", appealId)
                .param("actor", actor == null ? null : actor.value())
                .param("action", action.name())
                .param("assists", assists)
                .param("reason", reason.length() <= 1000 ? reason : reason.substring(0, 1000))
                .param("at", ts(at))
                .update();
    }

    List<Entry> ofCase(UUID caseId) {
        return jdbc.sql("select seq, id, case_id, appeal_id, actor_id, action, assists, reason, at from risk_audit"
                        + " where case_id = :case order by seq")
                .param("case", caseId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** Newest first, before the cursor {@code before} (a seq) when given. */
    List<Entry> page(@Nullable Long before, int limit) {
        return jdbc.sql("select seq, id, case_id, appeal_id, actor_id, action, assists, reason, at from risk_audit"
                        + " where seq < :before order by seq desc limit :limit")
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID actor = Sql.uuid(rs, "actor_id");
        return new Entry(
                rs.getLong("seq"),
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "case_id"),
                Sql.uuid(rs, "appeal_id"),
                actor == null ? null : new UserId(actor),
                Action.valueOf(rs.getString("action")),
                rs.getInt("assists"),
                rs.getString("reason"),
                Sql.requiredInstant(rs, "at"));
    }
}
