package io.huzhu.notify;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox table and the items counted into coalesced notices; writes join the caller's transaction. */
@Repository
class NoticeRepository {

    /** A notice whose live push is due. */
    record Due(UUID id, UserId recipient, NoticeKind kind, Instant dueAt) {}

    private static final String COLUMNS = "seq, id, kind, item_count, group_id, task_id, subject_id, detail, until_at,"
            + " created_at, updated_at, read_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NoticeRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records a notice unless one with the same dedupe key exists for the recipient; returns its id either way. */
    UUID insert(NoticeDraft d, @Nullable Instant windowEnd, Instant now, @Nullable Instant pushDue) {
        jdbc.sql("""
                        insert into notification (id, recipient_id, kind, dedupe_key, group_id, task_id, subject_id,
                            detail, until_at, item_count, window_end, created_at, updated_at, push_due_at)
                        values (:id, :recipient, :kind, :key, :group, :task, :subject, :detail, :until, :count,
                            :windowEnd, :at, :now, :due)
                        on conflict do nothing
                        """)
                .param("id", Ids.next())
                .param("recipient", d.recipient().value())
                .param("kind", d.kind().name())
                .param("key", d.dedupeKey())
                .param("group", d.group() == null ? null : d.group().value())
                .param("task", d.task() == null ? null : d.task().value())
                .param("subject", d.subject())
                .param("detail", d.detail())
                .param("until", ts(d.until()))
                .param("count", d.count())
                .param("windowEnd", ts(windowEnd))
                .param("at", ts(d.at()))
                .param("now", ts(now))
                .param("due", ts(pushDue))
                .update();
        return jdbc.sql("select id from notification where recipient_id = :recipient and dedupe_key = :key")
                .param("recipient", d.recipient().value())
                .param("key", d.dedupeKey())
                .query(UUID.class)
                .single();
    }

    /** An assist notice's window: [{@code start}, {@code end}); the newest (highest seq) wins where two overlap. */
    record OpenWindow(UUID id, UserId recipient, TaskId task, Instant start, Instant end, long seq) {
        boolean holds(UserId owner, Instant at) {
            return recipient.equals(owner) && !start.isAfter(at) && end.isAfter(at);
        }
    }

    /** The assist notices of these recipients' tasks whose window ends after {@code from}, in one read. */
    List<OpenWindow> windows(Collection<UserId> recipients, Collection<TaskId> tasks, Instant from) {
        // By recipient first: the index (recipient_id, task_id, window_end) serves it, and on a sharded database it
        // names the shards to ask.
        return jdbc.sql("select id, recipient_id, task_id, created_at, window_end, seq from notification"
                        + " where recipient_id in (:recipients) and task_id in (:tasks) and kind = 'ASSISTED'"
                        + " and window_end > :from")
                .param("recipients", recipients.stream().map(UserId::value).toList())
                .param("tasks", tasks.stream().map(TaskId::value).toList())
                .param("from", ts(from))
                .query((rs, n) -> new OpenWindow(
                        Sql.uuid(rs, "id"),
                        new UserId(Sql.uuid(rs, "recipient_id")),
                        new TaskId(Sql.uuid(rs, "task_id")),
                        Sql.requiredInstant(rs, "created_at"),
                        Sql.requiredInstant(rs, "window_end"),
                        rs.getLong("seq")))
                .list();
    }

    /** Locks these notices' rows, in id order (every caller's order), until the transaction ends. */
    void lockAll(Collection<UUID> notices) {
        if (notices.isEmpty()) {
            return;
        }
        jdbc.sql("select id from notification where id in (:ids) order by id for update")
                .param("ids", List.copyOf(notices))
                .query(UUID.class)
                .list();
    }

    record Growth(UUID notice, int by, Instant due) {}

    /** Counts items into their notices in one JDBC batch: unread again, pushed (again) when due. */
    void growAll(List<Growth> growths, Instant now) {
        template.batchUpdate(
                "update notification set item_count = item_count + ?, updated_at = ?, read_at = null,"
                        + " push_due_at = ?, pushed_at = null where id = ?",
                growths,
                growths.size(),
                (ps, g) -> {
                    ps.setInt(1, g.by());
                    ps.setObject(2, ts(now));
                    ps.setObject(3, ts(g.due()));
                    ps.setObject(4, g.notice());
                });
    }

    /** Counts an item (an assist) into a notice once; false when it was already counted. */
    boolean addItem(UserId recipient, UUID item, UUID notice) {
        return jdbc.sql("insert into notification_item (recipient_id, item_id, notification_id)"
                                + " values (:recipient, :item, :notice) on conflict do nothing")
                        .param("recipient", recipient.value())
                        .param("item", item)
                        .param("notice", notice)
                        .update()
                == 1;
    }

    /** Newest first, before cursor {@code before} (a seq). */
    List<Notice> page(UserId recipient, long before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient_id = :recipient and seq < :before"
                        + " order by seq desc limit :limit")
                .param("recipient", recipient.value())
                .param("before", before)
                .param("limit", limit)
                .query(NoticeRepository::notice)
                .list();
    }

    Optional<Notice> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id")
                .param("id", id)
                .query(NoticeRepository::notice)
                .optional();
    }

    long unread(UserId recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipient.value())
                .query(Long.class)
                .single();
    }

    /** Marks one notice read; false when the recipient has no such notice. */
    boolean markRead(UserId recipient, UUID id, Instant now) {
        int found = jdbc.sql("select count(*) from notification where id = :id and recipient_id = :recipient")
                .param("id", id)
                .param("recipient", recipient.value())
                .query(Integer.class)
                .single();
        jdbc.sql("update notification set read_at = :now where id = :id and recipient_id = :recipient"
                        + " and read_at is null")
                .param("now", ts(now))
                .param("id", id)
                .param("recipient", recipient.value())
                .update();
        return found == 1;
    }

    int markAllRead(UserId recipient, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :recipient and read_at is null")
                .param("now", ts(now))
                .param("recipient", recipient.value())
                .update();
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select id, recipient_id, kind, push_due_at from notification where push_due_at <= :now"
                        + " order by push_due_at limit :limit")
                .param("now", ts(now))
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        Sql.uuid(rs, "id"),
                        new UserId(Sql.uuid(rs, "recipient_id")),
                        NoticeKind.valueOf(rs.getString("kind")),
                        Sql.requiredInstant(rs, "push_due_at")))
                .list();
    }

    /** Takes a due push for this node; false when another node (or a newer assist) got there first. */
    boolean claim(Due due, Instant now) {
        return jdbc.sql("update notification set push_due_at = null, pushed_at = :now where id = :id"
                                + " and push_due_at = :due")
                        .param("now", ts(now))
                        .param("id", due.id())
                        .param("due", ts(due.dueAt()))
                        .update()
                == 1;
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(
                Sql.uuid(rs, "id"),
                rs.getLong("seq"),
                NoticeKind.valueOf(rs.getString("kind")),
                rs.getInt("item_count"),
                rs.getObject("group_id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getString("detail"),
                Sql.instant(rs, "until_at"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                Sql.instant(rs, "read_at") != null);
    }
}
