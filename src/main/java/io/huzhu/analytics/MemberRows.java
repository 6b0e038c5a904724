package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members per scope and their active days: the state the activity roll-up keeps. */
@Repository
class MemberRows {

    record Member(
            Instant firstAt,
            LocalDate firstDay,
            String channel,
            boolean decided,
            @Nullable UUID referrer,
            @Nullable Instant referrerAt,
            @Nullable Instant convertedAt) {}

    private static final String SCOPE = " where scope_kind = :kind and scope_id = :scope and user_id = :user";
    private final JdbcClient jdbc;

    MemberRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Member> find(String kind, UUID scope, UUID user) {
        return jdbc.sql("select first_at, first_day, channel, decided, referrer_id, referrer_at, converted_at"
                        + " from analytics_member" + SCOPE)
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .query((rs, n) -> new Member(
                        Sql.requiredInstant(rs, "first_at"),
                        rs.getObject("first_day", LocalDate.class),
                        rs.getString("channel"),
                        rs.getBoolean("decided"),
                        rs.getObject("referrer_id", UUID.class),
                        Sql.instant(rs, "referrer_at"),
                        Sql.instant(rs, "converted_at")))
                .optional();
    }

    void insert(String kind, UUID scope, UUID user, Member m) {
        jdbc.sql("insert into analytics_member (scope_kind, scope_id, user_id, first_at, first_day, channel, decided,"
                        + " referrer_id, referrer_at) values (:kind, :scope, :user, :firstAt, :firstDay, :channel,"
                        + " :decided, :referrer, :referrerAt)")
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .param("firstAt", ts(m.firstAt()))
                .param("firstDay", m.firstDay())
                .param("channel", m.channel())
                .param("decided", m.decided())
                .param("referrer", m.referrer())
                .param("referrerAt", ts(m.referrerAt()))
                .update();
    }

    void update(String kind, UUID scope, UUID user, Member m) {
        jdbc.sql("update analytics_member set first_at = :firstAt, first_day = :firstDay, channel = :channel,"
                        + " decided = :decided, referrer_id = :referrer, referrer_at = :referrerAt,"
                        + " converted_at = :convertedAt" + SCOPE)
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .param("firstAt", ts(m.firstAt()))
                .param("firstDay", m.firstDay())
                .param("channel", m.channel())
                .param("decided", m.decided())
                .param("referrer", m.referrer())
                .param("referrerAt", ts(m.referrerAt()))
                .param("convertedAt", ts(m.convertedAt()))
                .update();
    }

    /** Records an active day; false when it was already recorded. */
    boolean activeOn(String kind, UUID scope, UUID user, LocalDate day) {
        return jdbc.sql("insert into analytics_active_day (scope_kind, scope_id, user_id, stat_day)"
                                + " values (:kind, :scope, :user, :day) on conflict do nothing")
                        .param("kind", kind)
                        .param("scope", scope)
                        .param("user", user)
                        .param("day", day)
                        .update()
                == 1;
    }

    /** The member's active days from {@code from} to {@code to}, inclusive. */
    List<LocalDate> activeDays(String kind, UUID scope, UUID user, LocalDate from, LocalDate to) {
        return jdbc.sql("select stat_day from analytics_active_day" + SCOPE
                        + " and stat_day >= :from and stat_day <= :to order by stat_day")
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }
}
