package io.huzhu.moderation;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warnings of the warn ladder. An overturned warning (appeal) no longer counts. */
@Repository
class Warnings {

    private final JdbcClient jdbc;

    Warnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Times of the member's counting warnings since {@code since}. */
    List<Instant> since(GroupId group, UserId user, Instant since) {
        return jdbc.sql("select at from moderation_warning where group_id = :group and user_id = :user"
                        + " and at > :since and overturned_at is null order by at")
                .param("group", group.value())
                .param("user", user.value())
                .param("since", ts(since))
                .query((rs, n) -> Sql.requiredInstant(rs, "at"))
                .list();
    }

    void add(GroupId group, UserId user, UUID auditId, Instant at) {
        jdbc.sql("insert into moderation_warning (id, group_id, user_id, audit_id, at)"
                        + " values (:id, :group, :user, :audit, :at)")
                .param("id", Ids.next())
                .param("group", group.value())
                .param("user", user.value())
                .param("audit", auditId)
                .param("at", ts(at))
                .update();
    }

    void overturn(UUID auditId, Instant at) {
        jdbc.sql("update moderation_warning set overturned_at = :at where audit_id = :audit and overturned_at is null")
                .param("at", ts(at))
                .param("audit", auditId)
                .update();
    }
}
