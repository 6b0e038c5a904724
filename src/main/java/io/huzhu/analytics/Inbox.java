package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts waiting to be folded, and the keys of those already folded (so a replayed event adds nothing). */
@Repository("analyticsInbox")
class Inbox {

    private static final String INSERT =
            "insert into analytics_fact (fact_key, kind, at, user_id, task_id, campaign_id,"
                    + " group_id, other_id, amount, at2, label, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict do nothing";
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcTemplate template, JdbcClient jdbc, Clock clock) {
        this.template = template;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(Fact fact) {
        add(List.of(fact));
    }

    void add(List<Fact> facts) {
        Instant now = clock.instant();
        template.batchUpdate(INSERT, facts, 500, (ps, f) -> {
            ps.setString(1, f.key());
            ps.setString(2, f.kind().name());
            ps.setObject(3, ts(f.at()));
            ps.setObject(4, f.user());
            ps.setObject(5, f.task());
            ps.setObject(6, f.campaign());
            ps.setObject(7, f.group());
            ps.setObject(8, f.other());
            ps.setLong(9, f.amount());
            ps.setObject(10, ts(f.at2()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(11, f.label());
            ps.setObject(12, ts(now));
        });
    }

    /** Unfolded facts received before {@code receivedBefore}, oldest event first. */
    List<Fact> pending(Instant receivedBefore, int limit) {
        return jdbc.sql("select * from analytics_fact where processed_at is null and received_at <= :before"
                        + " order by at, fact_key limit :limit")
                .param("before", ts(receivedBefore))
                .param("limit", limit)
                .query(Inbox::map)
                .list();
    }

    /** Marks the facts folded: one statement per 500 facts. */
    void processed(List<Fact> facts, Instant at) {
        for (List<String> keys : Sql.chunks(facts.stream().map(Fact::key).toList(), 500)) {
            jdbc.sql("update analytics_fact set processed_at = :at where fact_key in (:keys)")
                    .param("at", ts(at))
                    .param("keys", keys)
                    .update();
        }
    }

    /** Forgets the keys of facts folded before {@code before}. */
    int prune(Instant before) {
        return jdbc.sql("delete from analytics_fact where processed_at < :before")
                .param("before", ts(before))
                .update();
    }

    private static Fact map(ResultSet rs, int n) throws SQLException {
        return new Fact(
                rs.getString("fact_key"),
                Fact.Kind.valueOf(rs.getString("kind")),
                Sql.requiredInstant(rs, "at"),
                uuid(rs, "user_id"),
                uuid(rs, "task_id"),
                uuid(rs, "campaign_id"),
                uuid(rs, "group_id"),
                uuid(rs, "other_id"),
                rs.getLong("amount"),
                Sql.instant(rs, "at2"),
                rs.getString("label"));
    }

    private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
