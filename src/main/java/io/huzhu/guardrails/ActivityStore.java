package io.huzhu.guardrails;

import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gate's copy of what members did, learnt from the features' events: tasks, spending, help posts and assists.
 * Every insert is idempotent (keyed by the event's own id), so a redelivered event changes nothing.
 */
@Repository
class ActivityStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ActivityStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void taskStarted(TaskId task, UserId member, Instant startedAt, Instant expiresAt) {
        jdbc.sql("insert into guardrail_task (task_id, user_id, started_at, expires_at, succeeded)"
                        + " values (:t, :u, :s, :e, false) on conflict do nothing")
                .param("t", task.value())
                .param("u", member.value())
                .param("s", Sql.ts(startedAt))
                .param("e", Sql.ts(expiresAt))
                .update();
    }

    /** Ended (keeping the first end time) or open again after a correction. */
    void taskState(TaskId task, boolean open, boolean succeeded, Instant at) {
        jdbc.sql(
                        open
                                ? "update guardrail_task set ended_at = null, succeeded = false where task_id = :t"
                                : "update guardrail_task set ended_at = coalesce(ended_at, :at), succeeded = (succeeded or :s)"
                                        + " where task_id = :t")
                .param("t", task.value())
                .param("at", Sql.ts(at))
                .param("s", succeeded)
                .update();
    }

    void spent(TaskId task, UserId member, long paidCents, long savedCents, Instant at) {
        jdbc.sql("insert into guardrail_spend (task_id, user_id, paid_cents, saved_cents, at)"
                        + " values (:t, :u, :p, :s, :at) on conflict do nothing")
                .param("t", task.value())
                .param("u", member.value())
                .param("p", paidCents)
                .param("s", savedCents)
                .param("at", Sql.ts(at))
                .update();
    }

    void helpPosted(UUID message, UserId member, Instant at) {
        jdbc.sql(
                        "insert into guardrail_help_post (message_id, user_id, at) values (:m, :u, :at) on conflict do nothing")
                .param("m", message)
                .param("u", member.value())
                .param("at", Sql.ts(at))
                .update();
    }

    /** One JDBC batch for a transaction's assists. */
    void assists(List<? extends AssistFact> assists) {
        template.batchUpdate(
                "insert into guardrail_assist (assist_id, helper_id, initiator_id, at) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                assists,
                500,
                (ps, a) -> {
                    ps.setObject(1, a.assistId());
                    ps.setObject(2, a.helperId().value());
                    ps.setObject(3, a.initiatorId().value());
                    ps.setObject(4, Sql.ts(a.at()));
                });
    }

    long activeTasks(UserId member, Instant now) {
        return jdbc.sql(
                        "select count(*) from guardrail_task where user_id = :u and ended_at is null and expires_at > :n")
                .param("u", member.value())
                .param("n", Sql.ts(now))
                .query(Long.class)
                .single();
    }

    /** When the first of the member's active tasks reaches its deadline (a place frees up then at the latest). */
    Optional<Instant> firstDeadline(UserId member, Instant now) {
        return jdbc.sql("select min(expires_at) as first from guardrail_task where user_id = :u and ended_at is null"
                        + " and expires_at > :n")
                .param("u", member.value())
                .param("n", Sql.ts(now))
                .query((rs, n) -> Optional.ofNullable(Sql.instant(rs, "first")))
                .single();
    }

    long helpPosts(UserId member, Periods period) {
        return count(
                "select count(*) from guardrail_help_post where user_id = :u and at >= :s and at < :e", member, period);
    }

    long spent(UserId member, Periods period) {
        return count(
                "select coalesce(sum(paid_cents), 0) from guardrail_spend where user_id = :u and at >= :s"
                        + " and at < :e",
                member,
                period);
    }

    long saved(UserId member, Periods period) {
        return count(
                "select coalesce(sum(saved_cents), 0) from guardrail_spend where user_id = :u and at >= :s"
                        + " and at < :e",
                member,
                period);
    }

    long tasksStarted(UserId member, Periods period) {
        return count(
                "select count(*) from guardrail_task where user_id = :u and started_at >= :s and started_at < :e",
                member,
                period);
    }

    long tasksSucceeded(UserId member, Periods period) {
        return count(
                "select count(*) from guardrail_task where user_id = :u and succeeded = true and ended_at >= :s"
                        + " and ended_at < :e",
                member,
                period);
    }

    long assistsGiven(UserId member, Periods period) {
        return count(
                "select count(*) from guardrail_assist where helper_id = :u and at >= :s and at < :e", member, period);
    }

    long assistsReceived(UserId member, Periods period) {
        return count(
                "select count(*) from guardrail_assist where initiator_id = :u and at >= :s and at < :e",
                member,
                period);
    }

    private long count(String sql, UserId member, Periods period) {
        return jdbc.sql(sql)
                .param("u", member.value())
                .param("s", Sql.ts(period.start()))
                .param("e", Sql.ts(period.end()))
                .query(Long.class)
                .single();
    }
}
