package io.huzhu.analytics;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Help posts in groups (a task card or an external link) with the times of their first help and completion. */
@Repository
class PostRows {

    record Post(UUID message, UUID group, Instant postedAt) {}

    private static final int CHUNK = MemberRows.READ_CHUNK;
    private final JdbcClient jdbc;
    private final ThreadLocal<Map<UUID, List<Post>>> batch = new ThreadLocal<>();

    PostRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads the posts of these tasks once for the batch folded on this thread (most assisted tasks have none), so
     * that {@link #ofTask} with no column asks no statement for them until {@link #forget}.
     */
    void remember(Collection<UUID> tasks) {
        Map<UUID, List<Post>> known = new HashMap<>();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(tasks));
        ids.forEach(task -> known.put(task, new ArrayList<>()));
        for (List<UUID> chunk : Sql.chunks(ids, CHUNK)) {
            jdbc.sql("select message_id, group_id, posted_at, task_id from analytics_post where task_id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) ->
                            known.get(rs.getObject("task_id", UUID.class)).add(post(rs)))
                    .list();
        }
        batch.set(known);
    }

    void forget() {
        batch.remove();
    }

    boolean insert(UUID message, UUID group, @Nullable UUID task, Instant at) {
        boolean inserted = jdbc.sql("insert into analytics_post (message_id, group_id, task_id, posted_at)"
                                + " values (:message, :group, :task, :at) on conflict do nothing")
                        .param("message", message)
                        .param("group", group)
                        .param("task", task)
                        .param("at", ts(at))
                        .update()
                == 1;
        Map<UUID, List<Post>> known = batch.get();
        if (inserted && known != null && task != null && known.containsKey(task)) {
            known.get(task).add(new Post(message, group, at));
        }
        return inserted;
    }

    /** The task's posts made at or before {@code at} whose {@code column} is still unset (any, for null). */
    List<Post> ofTask(UUID task, @Nullable String column, Instant at) {
        Map<UUID, List<Post>> known = batch.get();
        if (column == null && known != null && known.containsKey(task)) {
            return known.get(task).stream()
                    .filter(post -> !post.postedAt().isAfter(at))
                    .toList();
        }
        return jdbc.sql("select message_id, group_id, posted_at from analytics_post where task_id = :task"
                        + " and posted_at <= :at" + (column == null ? "" : " and " + column(column) + " is null"))
                .param("task", task)
                .param("at", ts(at))
                .query((rs, n) -> post(rs))
                .list();
    }

    /** The post of {@code message} if it was made at or before {@code at} and its {@code column} is unset. */
    List<Post> ofMessage(UUID message, String column, Instant at) {
        return jdbc.sql("select message_id, group_id, posted_at from analytics_post where message_id = :message"
                        + " and posted_at <= :at and " + column(column) + " is null")
                .param("message", message)
                .param("at", ts(at))
                .query((rs, n) -> post(rs))
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

    private static Post post(ResultSet rs) throws SQLException {
        return new Post(
                rs.getObject("message_id", UUID.class),
                rs.getObject("group_id", UUID.class),
                Sql.requiredInstant(rs, "posted_at"));
    }

    private static String column(String column) {
        if (!column.equals("first_help_at") && !column.equals("done_at")) {
            throw new IllegalArgumentException(column);
        }
        return column;
    }
}
