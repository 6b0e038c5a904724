package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.analytics.MemberBatch.Day;
import io.huzhu.analytics.MemberBatch.Key;
import io.huzhu.shared.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members per scope and their active days: the state the activity roll-up keeps. Like {@link TaskRows}, a fold batch
 * may read the members it will touch in one scope at once ({@link #remember}), with their active days around the
 * batch's days. Until {@link #forget}, those members are answered without a statement, and their inserts, updates
 * and new active days are kept and written by {@link #flush} in one JDBC batch each: the folding thread holds the
 * analytics lock, so nobody else reads or writes these rows meanwhile. Members not remembered are read and written
 * at once.
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

    private static final String SCOPE = " where scope_kind = :kind and scope_id = :scope and user_id = :user";
    private static final String COLUMNS =
            "user_id, first_at, first_day, channel, decided, referrer_id, referrer_at, converted_at";
    private static final String INSERT = "insert into analytics_member (scope_kind, scope_id, user_id, first_at,"
            + " first_day, channel, decided, referrer_id, referrer_at, converted_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update analytics_member set first_at = ?, first_day = ?, channel = ?,"
            + " decided = ?, referrer_id = ?, referrer_at = ?, converted_at = ?"
            + " where scope_kind = ? and scope_id = ? and user_id = ?";
    private static final String ACTIVE = "insert into analytics_active_day (scope_kind, scope_id, user_id, stat_day)"
            + " values (?, ?, ?, ?) on conflict do nothing";
    private static final int CHUNK = 500;
    /**
     * Ids per read. On PostgreSQL a small scope's rows are scanned once per read whatever the list's length, so one
     * long list beats several short ones; both databases take this many parameters.
     */
    static final int READ_CHUNK = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ThreadLocal<MemberBatch> batch = new ThreadLocal<>();

    MemberRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Reads these users' rows in one scope, absent ones too, and their active days from {@code from} to {@code to},
     * once for the batch folded on this thread.
     */
    void remember(String kind, UUID scope, Collection<UUID> users, LocalDate from, LocalDate to) {
        MemberBatch b = new MemberBatch(from, to);
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(users));
        for (UUID u : ids) {
            b.known.put(new Key(kind, scope, u), Optional.empty());
            b.days.put(new Key(kind, scope, u), new TreeSet<>());
        }
        List<UUID> existing = new ArrayList<>();
        for (List<UUID> chunk : Sql.chunks(ids, READ_CHUNK)) {
            jdbc.sql("select " + COLUMNS + " from analytics_member where scope_kind = :kind and scope_id = :scope"
                            + " and user_id in (:users)")
                    .param("kind", kind)
                    .param("scope", scope)
                    .param("users", chunk)
                    .query((rs, n) -> {
                        UUID user = rs.getObject("user_id", UUID.class);
                        existing.add(user);
                        return b.known.put(new Key(kind, scope, user), Optional.of(member(rs)));
                    })
                    .list();
        }
        // A user with no member row has no active day in the scope: the fold writes the member first.
        for (List<UUID> chunk : Sql.chunks(existing, READ_CHUNK)) {
            jdbc.sql("select user_id, stat_day from analytics_active_day where scope_kind = :kind"
                            + " and scope_id = :scope and user_id in (:users) and stat_day >= :from"
                            + " and stat_day <= :to")
                    .param("kind", kind)
                    .param("scope", scope)
                    .param("users", chunk)
                    .param("from", from)
                    .param("to", to)
                    .query((rs, n) -> b.days.get(new Key(kind, scope, rs.getObject("user_id", UUID.class)))
                            .add(rs.getObject("stat_day", LocalDate.class)))
                    .list();
        }
        batch.set(b);
    }

    /** Writes what the batch kept: new members, changed members, new active days (one JDBC batch each). */
    void flush() {
        MemberBatch b = batch.get();
        if (b == null) {
            return;
        }
        template.batchUpdate(
                INSERT, List.copyOf(b.inserts.entrySet()), CHUNK, (ps, e) -> bindInsert(ps, e.getKey(), e.getValue()));
        template.batchUpdate(
                UPDATE, List.copyOf(b.updates.entrySet()), CHUNK, (ps, e) -> bindUpdate(ps, e.getKey(), e.getValue()));
        template.batchUpdate(ACTIVE, b.newDays, CHUNK, (ps, d) -> {
            ps.setString(1, d.key().kind());
            ps.setObject(2, d.key().scope());
            ps.setObject(3, d.key().user());
            ps.setObject(4, d.day());
        });
        b.inserts.clear();
        b.updates.clear();
        b.newDays.clear();
    }

    /** Ends the batch (what {@link #flush} did not write is dropped): later calls read the table again. */
    void forget() {
        batch.remove();
    }

    Optional<Member> find(String kind, UUID scope, UUID user) {
        MemberBatch b = batch.get();
        Key key = new Key(kind, scope, user);
        if (b != null && b.known.containsKey(key)) {
            return b.known.get(key);
        }
        return jdbc.sql("select " + COLUMNS + " from analytics_member" + SCOPE)
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .query((rs, n) -> member(rs))
                .optional();
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(
                Sql.requiredInstant(rs, "first_at"),
                rs.getObject("first_day", LocalDate.class),
                rs.getString("channel"),
                rs.getBoolean("decided"),
                rs.getObject("referrer_id", UUID.class),
                Sql.instant(rs, "referrer_at"),
                Sql.instant(rs, "converted_at"));
    }

    private static void bindInsert(PreparedStatement ps, Key key, Member m) throws SQLException {
        bindKey(ps, 1, key);
        bindMember(ps, 4, m);
    }

    private static void bindUpdate(PreparedStatement ps, Key key, Member m) throws SQLException {
        bindMember(ps, 1, m);
        bindKey(ps, 8, key);
    }

    private static void bindKey(PreparedStatement ps, int at, Key k) throws SQLException {
        ps.setString(at, k.kind());
        ps.setObject(at + 1, k.scope());
        ps.setObject(at + 2, k.user());
    }

    private static void bindMember(PreparedStatement ps, int at, Member m) throws SQLException {
        ps.setObject(at, ts(m.firstAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(at + 1, m.firstDay());
        ps.setString(at + 2, m.channel());
        ps.setBoolean(at + 3, m.decided());
        ps.setObject(at + 4, m.referrer());
        ps.setObject(at + 5, ts(m.referrerAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(at + 6, ts(m.convertedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** A new member; what an insert stores is everything but the conversion, which only {@link #update} sets. */
    void insert(String kind, UUID scope, UUID user, Member m) {
        write(
                new Key(kind, scope, user),
                new Member(m.firstAt(), m.firstDay(), m.channel(), m.decided(), m.referrer(), m.referrerAt(), null),
                true);
    }

    void update(String kind, UUID scope, UUID user, Member m) {
        write(new Key(kind, scope, user), m, false);
    }

    /** A remembered member's row is kept for {@link #flush} (a new one stays an insert); another is written now. */
    private void write(Key key, Member m, boolean isNew) {
        MemberBatch b = batch.get();
        if (b != null) {
            b.known.put(key, Optional.of(m));
        }
        if (b != null && b.days.containsKey(key)) {
            (isNew || b.inserts.containsKey(key) ? b.inserts : b.updates).put(key, m);
        } else if (isNew) {
            template.update(INSERT, ps -> bindInsert(ps, key, m));
        } else {
            template.update(UPDATE, ps -> bindUpdate(ps, key, m));
        }
    }

    /** Records an active day; false when it was already recorded. */
    boolean activeOn(String kind, UUID scope, UUID user, LocalDate day) {
        Key key = new Key(kind, scope, user);
        MemberBatch b = batch.get();
        if (b != null && b.covers(key, day, day)) {
            if (!b.days.get(key).add(day)) {
                return false;
            }
            b.newDays.add(new Day(key, day));
            return true;
        }
        return template.update(ACTIVE, kind, scope, user, day) == 1;
    }

    /** The member's active days from {@code from} to {@code to}, inclusive, in order. */
    List<LocalDate> activeDays(String kind, UUID scope, UUID user, LocalDate from, LocalDate to) {
        Key key = new Key(kind, scope, user);
        MemberBatch b = batch.get();
        if (b != null && b.covers(key, from, to)) {
            return List.copyOf(b.days.get(key).subSet(from, true, to, true));
        }
        TreeSet<LocalDate> found = new TreeSet<>(jdbc.sql("select stat_day from analytics_active_day" + SCOPE
                        + " and stat_day >= :from and stat_day <= :to")
                .param("kind", kind)
                .param("scope", scope)
                .param("user", user)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list());
        if (b != null && b.days.containsKey(key)) {
            // Days this batch added and has not written yet.
            found.addAll(b.days.get(key).subSet(from, true, to, true));
        }
        return List.copyOf(found);
    }
}
