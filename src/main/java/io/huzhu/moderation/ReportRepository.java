package io.huzhu.moderation;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports: one per reporter and target, settled by the unique key. */
@Repository
class ReportRepository {

    /** Reports on one target since its case opened: by reason, and how many came from trusted members. */
    record Tally(int count, int trusted, Map<ReportReason, Integer> reasons) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this reporter already reported the target. */
    boolean insert(
            UUID id,
            GroupId group,
            String key,
            @Nullable UUID message,
            @Nullable UserId user,
            UserId reporter,
            ReportReason reason,
            @Nullable String note,
            boolean trusted,
            Instant at) {
        return jdbc.sql("insert into moderation_report (id, group_id, target_key, message_id, user_id, reporter_id,"
                                + " reason, note, trusted, created_at) values (:id, :group, :key, :message, :user,"
                                + " :reporter, :reason, :note, :trusted, :at) on conflict do nothing")
                        .param("id", id)
                        .param("group", group.value())
                        .param("key", key)
                        .param("message", message)
                        .param("user", user == null ? null : user.value())
                        .param("reporter", reporter.value())
                        .param("reason", reason.name())
                        .param("note", note)
                        .param("trusted", trusted)
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    Tally tally(GroupId group, String key, Instant since) {
        Map<ReportReason, Integer> reasons = new EnumMap<>(ReportReason.class);
        int[] trusted = {0};
        jdbc.sql("select reason, trusted, count(*) as n from moderation_report where group_id = :group"
                        + " and target_key = :key and created_at >= :since group by reason, trusted")
                .param("group", group.value())
                .param("key", key)
                .param("since", ts(since))
                .query(rs -> {
                    int n = rs.getInt("n");
                    reasons.merge(ReportReason.valueOf(rs.getString("reason")), n, Integer::sum);
                    if (rs.getBoolean("trusted")) {
                        trusted[0] += n;
                    }
                });
        int count = reasons.values().stream().mapToInt(Integer::intValue).sum();
        return new Tally(count, trusted[0], reasons);
    }
}
