package io.huzhu.task;

import io.huzhu.campaign.CampaignKind;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TaskRepository {

    private static final String COLUMNS = """
            id, campaign_id, rules_version, initiator_id, kind, status, share_code, target_amount, progress,
            cut_count, assists_done, reward_value, seed_commitment, seed, started_at, expires_at, ended_at,
            claimed_at, claim_deadline, settlement, settlement_value, voided_count, under_review, released_slots""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TaskRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(TaskRow task, byte[] schedule) {
        jdbc.sql("insert into task (" + COLUMNS + ", schedule) values (:id, :campaign, :version, :initiator, :kind,"
                        + " :status, :code, :target, 0, :cutCount, 0, :value, :commitment, :seed, :started, :expires,"
                        + " null, null, null, null, null, 0, 0, null, :schedule)")
                .param("id", task.id().value())
                .param("campaign", task.campaignId().value())
                .param("version", task.rulesVersion())
                .param("initiator", task.initiatorId().value())
                .param("kind", task.kind().name())
                .param("status", task.status().name())
                .param("code", task.shareCode())
                .param("target", task.targetAmount())
                .param("cutCount", task.cutCount())
                .param("value", task.rewardValue())
                .param("commitment", task.commitment())
                .param("seed", task.seed())
                .param("started", Sql.ts(task.startedAt()))
                .param("expires", Sql.ts(task.expiresAt()))
                .param("schedule", schedule)
                .update();
    }

    boolean shareCodeTaken(String code) {
        return jdbc.sql("select count(*) from task where share_code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<TaskRow> find(TaskId id) {
        return jdbc.sql("select " + COLUMNS + " from task where id = :id")
                .param("id", id.value())
                .query(TaskRepository::map)
                .optional();
    }

    /**
     * Locks the task rows until the end of the transaction, in id order (one global lock order, so writers cannot
     * deadlock): assists on one task are applied one batch at a time. One statement for all of them.
     */
    Map<TaskId, TaskRow> lockAll(List<TaskId> ids) {
        Map<TaskId, TaskRow> locked = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from task where id in (:ids) order by id for update")
                .param("ids", ids.stream().map(TaskId::value).toList())
                .query(TaskRepository::map)
                .list()
                .forEach(row -> locked.put(row.id(), row));
        return locked;
    }

    /** Locks the task row until the end of the transaction: assists on one task are applied one batch at a time. */
    Optional<TaskRow> lock(TaskId id) {
        return jdbc.sql("select " + COLUMNS + " from task where id = :id for update")
                .param("id", id.value())
                .query(TaskRepository::map)
                .optional();
    }

    List<TaskRow> findAll(java.util.Collection<TaskId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from task where id in (:ids)")
                .param("ids", ids.stream().map(TaskId::value).distinct().toList())
                .query(TaskRepository::map)
                .list();
    }

    Optional<TaskRow> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from task where share_code = :code")
                .param("code", code)
                .query(TaskRepository::map)
                .optional();
    }

    byte[] schedule(TaskId id) {
        return jdbc.sql("select schedule from task where id = :id")
                .param("id", id.value())
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    List<TaskRow> byInitiator(UserId initiator, @Nullable UUID before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from task where initiator_id = :initiator"
                        + (before == null ? "" : " and id < :before") + " order by id desc limit :limit")
                .param("initiator", initiator.value())
                .param("before", before)
                .param("limit", limit)
                .query(TaskRepository::map)
                .list();
    }

    /** The counters of one task after a batch of assists, from the values read under its lock. */
    record Advance(
            TaskId id,
            int expectedDone,
            int done,
            long progress,
            int underReview,
            int[] releasedSlots,
            TaskStatus status,
            @Nullable Instant endedAt,
            @Nullable Instant claimDeadline) {}

    /**
     * Applies the batches of assists of one transaction, one JDBC batch for all tasks. The expected
     * {@code assists_done} makes each a compare-and-set; the caller checks that every count is exactly 1.
     */
    int[] advanceAll(List<Advance> advances) {
        return template.batchUpdate("""
                update task set assists_done = ?, progress = ?, under_review = ?, released_slots = ?, status = ?,
                                ended_at = ?, claim_deadline = ?
                where id = ? and assists_done = ? and status = 'OPEN'
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Advance a = advances.get(i);
                ps.setInt(1, a.done());
                ps.setLong(2, a.progress());
                ps.setInt(3, a.underReview());
                ps.setBytes(4, Slots.encode(a.releasedSlots()));
                ps.setString(5, a.status().name());
                ps.setObject(6, Sql.ts(a.endedAt()));
                ps.setObject(7, Sql.ts(a.claimDeadline()));
                ps.setObject(8, a.id().value());
                ps.setInt(9, a.expectedDone());
            }

            @Override
            public int getBatchSize() {
                return advances.size();
            }
        });
    }

    /**
     * Applies a correction by risk control (voids, holds, restorations) to a row locked by the caller: every counter,
     * and the status with its end and claim deadline when the correction moved the task across its target.
     */
    void correct(TaskRow t) {
        jdbc.sql("""
                        update task set assists_done = :done, voided_count = :voided, under_review = :review,
                                        progress = :progress, released_slots = :released, status = :status,
                                        ended_at = :ended, claim_deadline = :deadline
                        where id = :id
                        """)
                .param("done", t.assistsDone())
                .param("voided", t.voidedCount())
                .param("review", t.underReview())
                .param("progress", t.progress())
                .param("released", Slots.encode(t.releasedSlots()))
                .param("status", t.status().name())
                .param("ended", Sql.ts(t.endedAt()))
                .param("deadline", Sql.ts(t.claimDeadline()))
                .param("id", t.id().value())
                .update();
    }

    /** OPEN → EXPIRED at the task's own deadline, if it is still open and the deadline has passed. */
    boolean expire(TaskId id, Instant now, Instant claimDeadline) {
        return jdbc.sql("""
                                update task set status = 'EXPIRED', ended_at = expires_at, claim_deadline = :deadline
                                where id = :id and status = 'OPEN' and expires_at <= :now
                                """)
                        .param("deadline", Sql.ts(claimDeadline))
                        .param("id", id.value())
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    boolean claim(TaskId id, Instant now) {
        return jdbc.sql("""
                                update task set status = 'CLAIMED', claimed_at = :now
                                where id = :id and status = 'SUCCEEDED' and claim_deadline > :now
                                """).param("id", id.value()).param("now", Sql.ts(now)).update() == 1;
    }

    /** SUCCEEDED or EXPIRED → LAPSED once the claim deadline has passed. */
    boolean lapse(TaskId id, TaskStatus from, Instant now) {
        return jdbc.sql("""
                                update task set status = 'LAPSED'
                                where id = :id and status = :from and claim_deadline <= :now
                                """)
                        .param("id", id.value())
                        .param("from", from.name())
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    boolean settle(TaskId id, String option, long value) {
        return jdbc.sql("""
                                update task set status = 'SETTLED', settlement = :option, settlement_value = :value
                                where id = :id and status = 'EXPIRED'
                                """)
                        .param("option", option)
                        .param("value", value)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** Open tasks whose deadline has passed, oldest first. */
    List<TaskRow> overdue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from task where status = 'OPEN' and expires_at <= :now"
                        + " order by expires_at limit :limit")
                .param("now", Sql.ts(now))
                .param("limit", limit)
                .query(TaskRepository::map)
                .list();
    }

    /** Succeeded or expired tasks whose claim deadline has passed. */
    List<TaskRow> pastClaimDeadline(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from task where status in ('SUCCEEDED', 'EXPIRED')"
                        + " and claim_deadline <= :now order by claim_deadline limit :limit")
                .param("now", Sql.ts(now))
                .param("limit", limit)
                .query(TaskRepository::map)
                .list();
    }

    private static TaskRow map(ResultSet rs, int rowNum) throws SQLException {
        return new TaskRow(
                new TaskId(Sql.uuid(rs, "id")),
                new CampaignId(Sql.uuid(rs, "campaign_id")),
                rs.getInt("rules_version"),
                new UserId(Sql.uuid(rs, "initiator_id")),
                CampaignKind.valueOf(rs.getString("kind")),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getString("share_code"),
                rs.getLong("target_amount"),
                rs.getLong("progress"),
                rs.getInt("cut_count"),
                rs.getInt("assists_done"),
                rs.getLong("reward_value"),
                rs.getString("seed_commitment"),
                rs.getString("seed"),
                Sql.requiredInstant(rs, "started_at"),
                Sql.requiredInstant(rs, "expires_at"),
                Sql.instant(rs, "ended_at"),
                Sql.instant(rs, "claimed_at"),
                Sql.instant(rs, "claim_deadline"),
                rs.getString("settlement"),
                rs.getObject("settlement_value", Long.class),
                rs.getInt("voided_count"),
                rs.getInt("under_review"),
                Slots.decode(rs.getBytes("released_slots")));
    }
}
