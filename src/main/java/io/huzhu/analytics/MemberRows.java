package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members per scope and their active days: the state the activity roll-up keeps. Like {@link TaskRows}, a fold batch
 * may read the members it will touch in one scope at once ({@link #remember}); until {@link #forget} those reads, and
 * the batch's own inserts and updates, answer {@link #find} without a statement.
 */
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

    private record Key(String kind, UUID scope, UUID user) {}

    private static final String SCOPE = " where scope_kind = :kind and scope_id = :scope and user_id = :user";
    private static final String COLUMNS =
            "user_id, first_at, first_day, channel, decided, referrer_id, referrer_at, converted_at";
    private static final int CHUNK = 500;
    private final JdbcClient jdbc;
    private final ThreadLocal<Map<Key, Optional<Member>>> batch = new ThreadLocal<>();

    MemberRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads these users' rows in one scope once for the batch folded on this thread (absent ones too). */
    void remember(String kind, UUID scope, Collection<UUID> users) {
        Map<Key, Optional<Member>> known = new HashMap<>();
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(users));
        ids.forEach(u -> known.put(new Key(kind, scope, u), Optional.empty()));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("select " + COLUMNS + " from analytics_member where scope_kind = :kind and scope_id = :scope"
                            + " and user_id in (:users)")
                    .param("kind", kind)
                    .param("scope", scope)
                    .param("users", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query((rs, n) -> known.put(
                            new Key(kind, scope, rs.getObject("user_id", UUID.class)), Optional.of(member(rs))))
                    .list();
        }
        batch.set(known);
    }

    /** Ends the batch: later calls read the table again. */
    void forget() {
        batch.remove();
    }

    Optional<Member> find(String kind, UUID scope, UUID user) {
        Map<Key, Optional<Member>> known = batch.get();
        Key key = new Key(kind, scope, user);
        if (known != null && known.containsKey(key)) {
            return known.get(key);
        }
        return jdbc.sql("select " + COLUMNS + " from analytics_member" + SCOPE)
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .query((rs, n) -> member(rs))
                .optional();
    }

    private void known(String kind, UUID scope, UUID user, Member m) {
        Map<Key, Optional<Member>> known = batch.get();
        if (known != null) {
            known.put(new Key(kind, scope, user), Optional.of(m));
        }
    }

    private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Member(
                Sql.requiredInstant(rs, "first_at"),
                rs.getObject("first_day", LocalDate.class),
                rs.getString("channel"),
                rs.getBoolean("decided"),
                rs.getObject("referrer_id", UUID.class),
                Sql.instant(rs, "referrer_at"),
                Sql.instant(rs, "converted_at"));
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
        known(kind, scope, user, insertedAs(m));
    }

    /** What an insert stores: everything but the conversion, which only {@link #update} writes. */
    private static Member insertedAs(Member m) {
        return new Member(m.firstAt(), m.firstDay(), m.channel(), m.decided(), m.referrer(), m.referrerAt(), null);
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
        known(kind, scope, user, m);
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
