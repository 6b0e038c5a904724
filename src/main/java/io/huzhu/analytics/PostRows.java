package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Help posts in groups (a task card or an external link) with the times of their first help and completion. */
@Repository
class PostRows {

    record Post(UUID message, UUID group, Instant postedAt) {}

    private final JdbcClient jdbc;

    PostRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(UUID message, UUID group, @Nullable UUID task, Instant at) {
        return jdbc.sql("insert into analytics_post (message_id, group_id, task_id, posted_at)"
                                + " values (:message, :group, :task, :at) on conflict do nothing")
                        .param("message", message)
                        .param("group", group)
                        .param("task", task)
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    /** The task's posts made at or before {@code at} whose {@code column} is still unset (any, for null). */
    List<Post> ofTask(UUID task, @Nullable String column, Instant at) {
        return jdbc.sql("select message_id, group_id, posted_at from analytics_post where task_id = :task"
                        + " and posted_at <= :at" + (column == null ? "" : " and " + column(column) + " is null"))
                .param("task", task)
                .param("at", ts(at))
                .query((rs, n) -> new Post(
                        rs.getObject("message_id", UUID.class),
                        rs.getObject("group_id", UUID.class),
                        Sql.requiredInstant(rs, "posted_at")))
                .list();
    }

    /** The post of {@code message} if it was made at or before {@code at} and its {@code column} is unset. */
    List<Post> ofMessage(UUID message, String column, Instant at) {
        return jdbc.sql("select message_id, group_id, posted_at from analytics_post where message_id = :message"
                        + " and posted_at <= :at and " + column(column) + " is null")
                .param("message", message)
                .param("at", ts(at))
                .query((rs, n) -> new Post(
                        rs.getObject("message_id", UUID.class),
                        rs.getObject("group_id", UUID.class),
                        Sql.requiredInstant(rs, "posted_at")))
                .list();
    }

    boolean set(UUID message, String column, Instant at) {
        return jdbc.sql("update analytics_post set " + column(column) + " = :at where message_id = :message and "
                                + column(column) + " is null")
                        .param("at", ts(at))
                        .param("message", message)
                        .update()
                == 1;
    }

    private static String column(String column) {
        if (!column.equals("first_help_at") && !column.equals("done_at")) {
            throw new IllegalArgumentException(column);
        }
        return column;
    }
}
