package io.huzhu.risk;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signals risk control keeps, in the caller's transaction, and the snapshot a scan reads back. */
@Repository
class SignalStore {

    enum State {
        COUNTED,
        HELD,
        VOIDED,
        CLEARED
    }

    enum Activity {
        REGISTER,
        SIGN_IN,
        TASK_START
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SignalStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One round trip for a batch of assists. */
    void assists(List<? extends AssistSignal> signals) {
        template.batchUpdate(
                "insert into risk_assist (assist_id, task_id, campaign_id, helper_id, initiator_id, device, address,"
                        + " network, inline, inline_reason, state, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                signals,
                signals.size(),
                (ps, s) -> {
                    Fingerprint where = s.fingerprint() == null ? Fingerprint.NONE : s.fingerprint();
                    ps.setObject(1, s.assistId());
                    ps.setObject(2, s.taskId().value());
                    ps.setObject(3, s.campaignId().value());
                    ps.setObject(4, s.helperId().value());
                    ps.setObject(5, s.initiatorId().value());
                    ps.setString(6, where.device());
                    ps.setString(7, where.address());
                    ps.setString(8, where.network());
                    ps.setString(9, s.heldFor() == null ? "ALLOW" : "REVIEW");
                    ps.setString(10, s.heldFor());
                    ps.setString(11, s.heldFor() == null ? State.COUNTED.name() : State.HELD.name());
                    ps.setObject(12, ts(s.at()));
                });
    }

    void activity(UserId user, Activity kind, Fingerprint where, Instant at) {
        jdbc.sql("insert into risk_activity (id, user_id, kind, device, address, network, at)"
                        + " values (:id, :user, :kind, :device, :address, :network, :at)")
                .param("id", Ids.next())
                .param("user", user.value())
                .param("kind", kind.name())
                .param("device", where.device())
                .param("address", where.address())
                .param("network", where.network())
                .param("at", ts(at))
                .update();
    }

    void join(GroupId group, UserId user, @Nullable UserId invitedBy, Instant at) {
        jdbc.sql("insert into risk_join (group_id, user_id, invited_by, at) values (:group, :user, :by, :at)"
                        + " on conflict do nothing")
                .param("group", group.value())
                .param("user", user.value())
                .param("by", invitedBy == null ? null : invitedBy.value())
                .param("at", ts(at))
                .update();
    }

    void content(UserId author, String category, Instant at) {
        jdbc.sql("insert into risk_content (id, author_id, category, at) values (:id, :author, :category, :at)")
                .param("id", Ids.next())
                .param("author", author.value())
                .param("category", category)
                .param("at", ts(at))
                .update();
    }

    /** A flagged assist as this module tracks it. */
    record Tracked(
            UUID assistId,
            TaskId taskId,
            UserId helperId,
            UserId initiatorId,
            State state,
            @Nullable UUID caseId,
            Instant at) {}

    List<Tracked> tracked(Collection<UUID> assists) {
        if (assists.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select assist_id, task_id, helper_id, initiator_id, state, case_id, at from risk_assist"
                        + " where assist_id in (:ids)")
                .param("ids", List.copyOf(assists))
                .query((rs, n) -> tracked(rs))
                .list();
    }

    List<Tracked> ofCase(UUID caseId) {
        return jdbc.sql("select assist_id, task_id, helper_id, initiator_id, state, case_id, at from risk_assist"
                        + " where case_id = :case order by at")
                .param("case", caseId)
                .query((rs, n) -> tracked(rs))
                .list();
    }

    /** Assists the inline gate held that no case has taken, held before {@code before}. */
    List<Tracked> heldWithoutCase(Instant before) {
        return jdbc.sql("select assist_id, task_id, helper_id, initiator_id, state, case_id, at from risk_assist"
                        + " where state = 'HELD' and case_id is null and at < :before order by at")
                .param("before", ts(before))
                .query((rs, n) -> tracked(rs))
                .list();
    }

    void setState(Collection<UUID> assists, State state, @Nullable UUID caseId) {
        if (assists.isEmpty()) {
            return;
        }
        jdbc.sql("update risk_assist set state = :state, case_id = :case where assist_id in (:ids)")
                .param("state", state.name())
                .param("case", caseId)
                .param("ids", List.copyOf(assists))
                .update();
    }

    /** Who used which device since {@code since}, oldest first: a restarted node's gate warms up from it. */
    List<Seen> devicesSince(Instant since, int limit) {
        return jdbc.sql(
                        "select user_id, device, at from (select user_id, device, at from risk_activity"
                                + " where at >= :since and device is not null union all select helper_id, device, at from"
                                + " risk_assist where at >= :since and device is not null) recent order by at desc limit :limit")
                .param("since", ts(since))
                .param("limit", limit)
                .query((rs, n) -> new Seen(
                        new UserId(Sql.uuid(rs, "user_id")), rs.getString("device"), Sql.requiredInstant(rs, "at")))
                .list()
                .reversed();
    }

    record Seen(UserId user, String device, Instant at) {}

    /** Deletes signals older than {@code before}; cases keep their evidence (masked) regardless. */
    int purge(Instant before) {
        int removed = 0;
        for (String table : List.of("risk_assist", "risk_activity", "risk_content")) {
            removed += jdbc.sql("delete from " + table + " where at < :before and "
                            + (table.equals("risk_assist") ? "state in ('COUNTED', 'CLEARED', 'VOIDED')" : "1 = 1"))
                    .param("before", ts(before))
                    .update();
        }
        return removed;
    }

    private static Tracked tracked(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Tracked(
                Sql.uuid(rs, "assist_id"),
                new TaskId(Sql.uuid(rs, "task_id")),
                new UserId(Sql.uuid(rs, "helper_id")),
                new UserId(Sql.uuid(rs, "initiator_id")),
                State.valueOf(rs.getString("state")),
                Sql.uuid(rs, "case_id"),
                Sql.requiredInstant(rs, "at"));
    }
}
