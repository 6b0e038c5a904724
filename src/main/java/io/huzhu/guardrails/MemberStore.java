package io.huzhu.guardrails;

import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A member's zone, quiet hours and break ({@code guardrail_member}); the row is also the member's lock. */
@Repository
class MemberStore {

    /** The stored choices; nulls are "the platform default". Quiet hours in minutes after local midnight. */
    record Row(
            UserId userId,
            @Nullable String zone,
            boolean quietEnabled,
            @Nullable Integer quietStart,
            @Nullable Integer quietEnd,
            @Nullable Instant breakFrom,
            @Nullable Instant breakUntil) {

        static Row empty(UserId user) {
            return new Row(user, null, true, null, null, null, null);
        }

        @Nullable
        ZoneId zoneId() {
            return zone == null ? null : ZoneId.of(zone);
        }
    }

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the member's row if missing and locks it until the caller's transaction ends, so that one member's
     * checks and the effects they guard run one at a time.
     */
    Row lock(UserId user, Instant now) {
        jdbc.sql("insert into guardrail_member (user_id, quiet_enabled, updated_at) values (:u, true, :at)"
                        + " on conflict do nothing")
                .param("u", user.value())
                .param("at", Sql.ts(now))
                .update();
        return jdbc.sql("select * from guardrail_member where user_id = :u for update")
                .param("u", user.value())
                .query(MemberStore::row)
                .single();
    }

    Optional<Row> find(UserId user) {
        return jdbc.sql("select * from guardrail_member where user_id = :u")
                .param("u", user.value())
                .query(MemberStore::row)
                .optional();
    }

    void saveQuietHours(UserId user, String zone, boolean enabled, int start, int end, Instant now) {
        jdbc.sql("update guardrail_member set zone = :z, quiet_enabled = :e, quiet_start = :s, quiet_end = :end,"
                        + " updated_at = :at where user_id = :u")
                .param("z", zone)
                .param("e", enabled)
                .param("s", start)
                .param("end", end)
                .param("at", Sql.ts(now))
                .param("u", user.value())
                .update();
    }

    void saveBreak(UserId user, Instant from, Instant until, Instant now) {
        jdbc.sql("update guardrail_member set break_from = :f, break_until = :t, updated_at = :at where user_id = :u")
                .param("f", Sql.ts(from))
                .param("t", Sql.ts(until))
                .param("at", Sql.ts(now))
                .param("u", user.value())
                .update();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                new UserId(Sql.uuid(rs, "user_id")),
                rs.getString("zone"),
                rs.getBoolean("quiet_enabled"),
                (Integer) rs.getObject("quiet_start", Integer.class),
                (Integer) rs.getObject("quiet_end", Integer.class),
                Sql.instant(rs, "break_from"),
                Sql.instant(rs, "break_until"));
    }
}
