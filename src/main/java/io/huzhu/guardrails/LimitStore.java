package io.huzhu.guardrails;

import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A member's own limits ({@code guardrail_limit}). */
@Repository("personalLimitStore")
class LimitStore {

    /** A stored limit: {@code value} now, {@code pendingValue} from {@code pendingFrom}. */
    record Row(
            long value,
            @Nullable Long pendingValue,
            @Nullable Instant pendingFrom) {

        /** The value at {@code now}: a raise applies once its time has come. */
        long valueAt(Instant now) {
            return pendingValue != null && pendingFrom != null && !now.isBefore(pendingFrom) ? pendingValue : value;
        }

        @Nullable
        Long pendingAt(Instant now) {
            return pendingFrom != null && now.isBefore(pendingFrom) ? pendingValue : null;
        }
    }

    private final JdbcClient jdbc;

    LimitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<LimitKind, Row> of(UserId user) {
        Map<LimitKind, Row> rows = new EnumMap<>(LimitKind.class);
        jdbc.sql("select kind, limit_value, pending_value, pending_from from guardrail_limit where user_id = :u")
                .param("u", user.value())
                .query((rs, n) -> Map.entry(
                        LimitKind.valueOf(rs.getString("kind")),
                        new Row(
                                rs.getLong("limit_value"),
                                rs.getObject("pending_value", Long.class),
                                Sql.instant(rs, "pending_from"))))
                .list()
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    /** Writes the limit; the caller holds the member's lock, so update-then-insert cannot race. */
    void save(UserId user, LimitKind kind, Row row, Instant now) {
        int updated = jdbc.sql("update guardrail_limit set limit_value = :v, pending_value = :p, pending_from = :f,"
                        + " updated_at = :at where user_id = :u and kind = :k")
                .param("v", row.value())
                .param("p", row.pendingValue())
                .param("f", Sql.ts(row.pendingFrom()))
                .param("at", Sql.ts(now))
                .param("u", user.value())
                .param("k", kind.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into guardrail_limit (user_id, kind, limit_value, pending_value, pending_from, updated_at)"
                            + " values (:u, :k, :v, :p, :f, :at)")
                    .param("v", row.value())
                    .param("p", row.pendingValue())
                    .param("f", Sql.ts(row.pendingFrom()))
                    .param("at", Sql.ts(now))
                    .param("u", user.value())
                    .param("k", kind.name())
                    .update();
        }
    }
}
