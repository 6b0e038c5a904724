package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedRepository {

    private static final String COLUMNS =
            "id, group_id, seq, status, author_id, kind, body, task_id, link, link_domain, created_at";
    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next position in the group's feed. The update locks the counter row until the transaction ends, so posts
     * to one group commit in seq order.
     */
    long nextSeq(GroupId group) {
        jdbc.sql("insert into group_feed (group_id, last_seq) values (:group, 0) on conflict do nothing")
                .param("group", group.value())
                .update();
        jdbc.sql("update group_feed set last_seq = last_seq + 1 where group_id = :group")
                .param("group", group.value())
                .update();
        return jdbc.sql("select last_seq from group_feed where group_id = :group")
                .param("group", group.value())
                .query(Long.class)
                .single();
    }

    void insert(MessageRow row) {
        jdbc.sql("insert into feed_message (" + COLUMNS
                        + ") values (:id, :group, :seq, :status, :author, :kind, :body, :task,"
                        + " :link, :domain, :at)")
                .param("id", row.id())
                .param("group", row.groupId().value())
                .param("seq", row.seq())
                .param("status", row.status().name())
                .param("author", row.authorId().value())
                .param("kind", row.kind().name())
                .param("body", row.body())
                .param("task", row.taskId() == null ? null : row.taskId().value())
                .param("link", row.link())
                .param("domain", row.linkDomain())
                .param("at", Sql.ts(row.createdAt()))
                .update();
    }

    /** Messages after a cursor, oldest first: the catch-up of a client that saw everything up to {@code after}. */
    List<MessageRow> after(GroupId group, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from feed_message where group_id = :group and seq > :after"
                        + " and status = 'VISIBLE'"
                        + " order by seq limit :limit")
                .param("group", group.value())
                .param("after", after)
                .param("limit", limit)
                .query(FeedRepository::map)
                .list();
    }

    /** Messages before a cursor, newest first: scrolling back through history. */
    List<MessageRow> before(GroupId group, long before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from feed_message where group_id = :group and seq < :before"
                        + " and status = 'VISIBLE'"
                        + " order by seq desc limit :limit")
                .param("group", group.value())
                .param("before", before)
                .param("limit", limit)
                .query(FeedRepository::map)
                .list();
    }

    Optional<MessageRow> find(GroupId group, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from feed_message where group_id = :group and id = :id")
                .param("group", group.value())
                .param("id", id)
                .query(FeedRepository::map)
                .optional();
    }

    /** The groups a task was posted to for help, and by whom. */
    List<MessageRow> taskPosts(TaskId task) {
        return jdbc.sql("select " + COLUMNS + " from feed_message where task_id = :task and kind = 'TASK'"
                        + " and status = 'VISIBLE'")
                .param("task", task.value())
                .query(FeedRepository::map)
                .list();
    }

    /** The groups in which each of the tasks is posted (visible task posts), in one query; absent tasks are unposted. */
    Map<TaskId, Set<GroupId>> postedIn(Collection<? extends TaskId> tasks) {
        Map<TaskId, Set<GroupId>> groups = new HashMap<>();
        jdbc.sql("select distinct task_id, group_id from feed_message where task_id in (:tasks) and kind = 'TASK'"
                        + " and status = 'VISIBLE'")
                .param("tasks", tasks.stream().map(TaskId::value).toList())
                .query((rs, n) -> groups.computeIfAbsent(
                                new TaskId(rs.getObject("task_id", UUID.class)), t -> new LinkedHashSet<>())
                        .add(new GroupId(rs.getObject("group_id", UUID.class))))
                .list();
        return groups;
    }

    /** The last seq handed out in each of the groups (absent: nothing posted yet). */
    Map<GroupId, Long> lastSeqs(Collection<GroupId> groups) {
        Map<GroupId, Long> seqs = new HashMap<>();
        jdbc.sql("select group_id, last_seq from group_feed where group_id in (:groups)")
                .param("groups", groups.stream().map(GroupId::value).toList())
                .query((rs, n) -> seqs.put(new GroupId(rs.getObject("group_id", UUID.class)), rs.getLong("last_seq")))
                .list();
        return seqs;
    }

    boolean hasSuccessStory(GroupId group, TaskId task) {
        return jdbc.sql("select count(*) from feed_message where group_id = :group and task_id = :task"
                                + " and kind = 'SUCCESS'")
                        .param("group", group.value())
                        .param("task", task.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Moves a message between statuses if it is still in one of {@code from}; a new seq makes it visible in order. */
    boolean changeStatus(GroupId group, UUID id, List<MessageStatus> from, MessageStatus to, @Nullable Long newSeq) {
        return jdbc.sql("update feed_message set status = :to, seq = coalesce(seq, :seq)"
                                + " where group_id = :group and id = :id and status in (:from)")
                        .param("to", to.name())
                        .param("seq", newSeq)
                        .param("group", group.value())
                        .param("id", id)
                        .param("from", from.stream().map(Enum::name).toList())
                        .update()
                == 1;
    }

    /** Messages the author posted in the group since {@code since} (for the new-member sandbox and first-message rules). */
    long countByAuthor(GroupId group, UserId author, java.time.Instant since) {
        return jdbc.sql("select count(*) from feed_message where group_id = :group and author_id = :author"
                        + " and created_at >= :since")
                .param("group", group.value())
                .param("author", author.value())
                .param("since", Sql.ts(since))
                .query(Long.class)
                .single();
    }

    private static MessageRow map(ResultSet rs, int n) throws SQLException {
        UUID task = rs.getObject("task_id", UUID.class);
        return new MessageRow(
                Sql.uuid(rs, "id"),
                new GroupId(Sql.uuid(rs, "group_id")),
                rs.getObject("seq", Long.class),
                MessageStatus.valueOf(rs.getString("status")),
                new UserId(Sql.uuid(rs, "author_id")),
                MessageKind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                task == null ? null : new TaskId(task),
                rs.getString("link"),
                rs.getString("link_domain"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
