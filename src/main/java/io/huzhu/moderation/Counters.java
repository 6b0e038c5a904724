package io.huzhu.moderation;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This module's own aggregates, fed by events: per-member counters (trust levels, admin activity) and per-group
 * daily counters (the safety score). Increments are single conditional statements, so concurrent events add up.
 */
@Repository
class Counters {

    record MemberStats(
            long messages,
            @Nullable Instant lastActiveAt,
            @Nullable Instant lastSanctionAt) {
        static final MemberStats NONE = new MemberStats(0, null, null);
    }

    /** Columns of moderation_daily that events increment. */
    enum Daily {
        MESSAGES("messages"),
        SCREENED("screened"),
        HELD_FLAGGED("held_flagged"),
        PII_INCIDENTS("pii_incidents"),
        OFF_TOPIC_REPORTS("off_topic_reports"),
        DEPARTURES("departures");

        private final String column;

        Daily(String column) {
            this.column = column;
        }
    }

    record Totals(int messages, int screened, int heldFlagged, int piiIncidents, int offTopicReports, int departures) {}

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void posted(GroupId group, UserId user, Instant at) {
        moveForward(group, user, "messages = messages + 1, ", "last_active_at", at);
    }

    void active(GroupId group, UserId user, Instant at) {
        moveForward(group, user, "", "last_active_at", at);
    }

    void sanctioned(GroupId group, UserId user, Instant at) {
        moveForward(group, user, "", "last_sanction_at", at);
    }

    /** Sets a time column to {@code at} unless it is already later (events may arrive out of order). */
    private void moveForward(GroupId group, UserId user, String alsoSet, String column, Instant at) {
        member(group, user);
        jdbc.sql("update moderation_member set " + alsoSet + column + " = case when " + column + " is null or "
                        + column + " < :at then :at else " + column + " end"
                        + " where group_id = :group and user_id = :user")
                .param("at", ts(at))
                .param("group", group.value())
                .param("user", user.value())
                .update();
    }

    Optional<MemberStats> stats(GroupId group, UserId user) {
        return jdbc.sql("select messages, last_active_at, last_sanction_at from moderation_member"
                        + " where group_id = :group and user_id = :user")
                .param("group", group.value())
                .param("user", user.value())
                .query((rs, n) -> new MemberStats(
                        rs.getLong("messages"), Sql.instant(rs, "last_active_at"), Sql.instant(rs, "last_sanction_at")))
                .optional();
    }

    int activeSince(GroupId group, Collection<UserId> users, Instant since) {
        if (users.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from moderation_member where group_id = :group and user_id in (:users)"
                        + " and last_active_at >= :since")
                .param("group", group.value())
                .param("users", users.stream().map(UserId::value).toList())
                .param("since", ts(since))
                .query(Integer.class)
                .single();
    }

    void add(GroupId group, Instant at, Daily counter) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        jdbc.sql("insert into moderation_daily (group_id, bucket_day) values (:group, :day) on conflict do nothing")
                .param("group", group.value())
                .param("day", day)
                .update();
        jdbc.sql("update moderation_daily set " + counter.column + " = " + counter.column + " + 1"
                        + " where group_id = :group and bucket_day = :day")
                .param("group", group.value())
                .param("day", day)
                .update();
    }

    /** Sums of the daily counters from {@code since} (its UTC day included). */
    Totals since(GroupId group, Instant since) {
        return jdbc.sql("select coalesce(sum(messages), 0) as m, coalesce(sum(screened), 0) as s,"
                        + " coalesce(sum(held_flagged), 0) as h, coalesce(sum(pii_incidents), 0) as p,"
                        + " coalesce(sum(off_topic_reports), 0) as o, coalesce(sum(departures), 0) as d"
                        + " from moderation_daily where group_id = :group and bucket_day >= :day")
                .param("group", group.value())
                .param("day", LocalDate.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new Totals(
                        rs.getInt("m"), rs.getInt("s"), rs.getInt("h"), rs.getInt("p"), rs.getInt("o"), rs.getInt("d")))
                .single();
    }

    private void member(GroupId group, UserId user) {
        jdbc.sql("insert into moderation_member (group_id, user_id) values (:group, :user) on conflict do nothing")
                .param("group", group.value())
                .param("user", user.value())
                .update();
    }
}
