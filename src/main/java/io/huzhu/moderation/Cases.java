package io.huzhu.moderation;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Review-queue cases: one row per target (a message or a member) and group, opened by a pipeline hold or a report
 * and closed by a moderator's action; held or reported again after closing, it reopens.
 */
@Repository
class Cases {

    record Case(
            UUID id,
            GroupId groupId,
            String targetKey,
            @Nullable UUID messageId,
            UserId subjectId,
            boolean held,
            boolean hidden,
            boolean spam,
            @Nullable String findings,
            boolean open,
            Instant openedAt,
            @Nullable Instant firstReportAt) {}

    private static final String COLUMNS = "id, group_id, target_key, message_id, subject_id, held, hidden, spam,"
            + " findings, status, opened_at, first_report_at";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Cases(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    static String messageKey(UUID message) {
        return "M:" + message;
    }

    static String memberKey(UserId user) {
        return "U:" + user.value();
    }

    /** Opens (or reopens) the case of a held message with the pipeline's findings. */
    void held(GroupId group, UUID message, UserId author, String findings, boolean spam, Instant at) {
        ensure(group, messageKey(message), message, author, at);
        jdbc.sql("update moderation_case set held = true, findings = :findings, spam = (spam or :spam),"
                        + " opened_at = case when status = 'CLOSED' then :at else opened_at end,"
                        + " first_report_at = case when status = 'CLOSED' then null else first_report_at end,"
                        + " hidden = case when status = 'CLOSED' then false else hidden end,"
                        + " status = 'OPEN', closed_at = null, closed_by = null"
                        + " where group_id = :group and target_key = :key")
                .param("findings", findings)
                .param("spam", spam)
                .param("at", ts(at))
                .param("group", group.value())
                .param("key", messageKey(message))
                .update();
    }

    /** Opens (or reopens) the case of a reported target and returns it. */
    Case reported(GroupId group, String key, @Nullable UUID message, UserId subject, boolean spam, Instant at) {
        ensure(group, key, message, subject, at);
        jdbc.sql("update moderation_case set spam = (spam or :spam),"
                        + " opened_at = case when status = 'CLOSED' then :at else opened_at end,"
                        + " first_report_at = case when status = 'CLOSED' or first_report_at is null then :at"
                        + " else first_report_at end,"
                        + " held = case when status = 'CLOSED' then false else held end,"
                        + " hidden = case when status = 'CLOSED' then false else hidden end,"
                        + " status = 'OPEN', closed_at = null, closed_by = null"
                        + " where group_id = :group and target_key = :key")
                .param("spam", spam)
                .param("at", ts(at))
                .param("group", group.value())
                .param("key", key)
                .update();
        return find(group, key).orElseThrow();
    }

    void hidden(GroupId group, String key) {
        jdbc.sql("update moderation_case set hidden = true where group_id = :group and target_key = :key")
                .param("group", group.value())
                .param("key", key)
                .update();
    }

    /** Closes an open case; false when there was none. A closed case publishes {@link CaseActioned}. */
    boolean close(GroupId group, String key, UserId by, Instant at) {
        boolean closed = jdbc.sql("update moderation_case set status = 'CLOSED', closed_at = :at, closed_by = :by"
                                + " where group_id = :group and target_key = :key and status = 'OPEN'")
                        .param("at", ts(at))
                        .param("by", by.value())
                        .param("group", group.value())
                        .param("key", key)
                        .update()
                == 1;
        if (closed) {
            find(group, key)
                    .ifPresent(c -> events.publishEvent(new CaseActioned(c.id(), group, c.firstReportAt(), at)));
        }
        return closed;
    }

    Optional<Case> find(GroupId group, String key) {
        return jdbc.sql("select " + COLUMNS + " from moderation_case where group_id = :group and target_key = :key")
                .param("group", group.value())
                .param("key", key)
                .query(Cases::map)
                .optional();
    }

    List<Case> open(GroupId group, int limit) {
        return jdbc.sql("select " + COLUMNS + " from moderation_case where group_id = :group and status = 'OPEN'"
                        + " order by opened_at, id limit :limit")
                .param("group", group.value())
                .param("limit", limit)
                .query(Cases::map)
                .list();
    }

    /** Times from first report to closing, of reported cases closed since {@code since}. */
    List<Duration> responseTimes(GroupId group, Instant since) {
        return jdbc.sql("select first_report_at, closed_at from moderation_case where group_id = :group"
                        + " and closed_at >= :since and first_report_at is not null")
                .param("group", group.value())
                .param("since", ts(since))
                .query((rs, n) -> Duration.between(
                        Sql.requiredInstant(rs, "first_report_at"), Sql.requiredInstant(rs, "closed_at")))
                .list();
    }

    private void ensure(GroupId group, String key, @Nullable UUID message, UserId subject, Instant at) {
        jdbc.sql("insert into moderation_case (id, group_id, target_key, message_id, subject_id, status, opened_at)"
                        + " values (:id, :group, :key, :message, :subject, 'OPEN', :at) on conflict do nothing")
                .param("id", Ids.next())
                .param("group", group.value())
                .param("key", key)
                .param("message", message)
                .param("subject", subject.value())
                .param("at", ts(at))
                .update();
    }

    private static Case map(ResultSet rs, int n) throws SQLException {
        return new Case(
                Sql.uuid(rs, "id"),
                GroupId.of(Sql.uuid(rs, "group_id")),
                rs.getString("target_key"),
                Sql.uuid(rs, "message_id"),
                UserId.of(Sql.uuid(rs, "subject_id")),
                rs.getBoolean("held"),
                rs.getBoolean("hidden"),
                rs.getBoolean("spam"),
                rs.getString("findings"),
                "OPEN".equals(rs.getString("status")),
                Sql.requiredInstant(rs, "opened_at"),
                Sql.instant(rs, "first_report_at"));
    }
}
