package io.huzhu.notify;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable delivery queue. A node takes a due delivery by a conditional update of its lease (checked row count),
 * so two nodes never send the same attempt; a node that dies mid-attempt leaves a lease that runs out, and the
 * attempt is made again.
 */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an event for a subscription once ({@code eventKey} is unique per subscription). */
    boolean enqueue(UUID endpoint, GroupId group, WebhookEvent event, String eventKey, String body, Instant now) {
        return jdbc.sql("""
                                insert into webhook_delivery (id, endpoint_id, group_id, event_type, event_key, body,
                                    status, attempts, next_attempt_at, created_at)
                                values (:id, :endpoint, :group, :type, :key, :body, 'PENDING', 0, :now, :now)
                                on conflict do nothing
                                """)
                        .param("id", Ids.next())
                        .param("endpoint", endpoint)
                        .param("group", group.value())
                        .param("type", event.type())
                        .param("key", eventKey)
                        .param("body", body)
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("""
                        select * from webhook_delivery
                        where status = 'PENDING' and next_attempt_at <= :now
                          and (lease_until is null or lease_until < :now)
                        order by next_attempt_at limit :limit
                        """)
                .param("now", ts(now))
                .param("limit", limit)
                .query(DeliveryRepository::delivery)
                .list();
    }

    /** Takes a due delivery until {@code until}; false when another node has it. */
    boolean lease(Delivery d, Instant now, Instant until) {
        return jdbc.sql("""
                                update webhook_delivery set lease_until = :until
                                where id = :id and status = 'PENDING' and attempts = :attempts
                                  and (lease_until is null or lease_until < :now)
                                """)
                        .param("until", ts(until))
                        .param("id", d.id())
                        .param("attempts", d.attempts())
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    /** Records an attempt: {@code status} DELIVERED, FAILED, or PENDING again with its next time. */
    void attempted(
            UUID id,
            Delivery.Status status,
            int attempts,
            @Nullable Instant next,
            int httpStatus,
            String outcome,
            Instant now) {
        jdbc.sql("""
                        update webhook_delivery set status = :status, attempts = :attempts, next_attempt_at = :next,
                            lease_until = null, last_attempt_at = :now, last_status = :http, last_outcome = :outcome,
                            delivered_at = coalesce(:deliveredAt, delivered_at)
                        where id = :id
                        """)
                .param("status", status.name())
                .param("attempts", attempts)
                .param("next", ts(next))
                .param("now", ts(now))
                .param("http", httpStatus == 0 ? null : httpStatus)
                .param("outcome", outcome.length() <= 80 ? outcome : outcome.substring(0, 80))
                .param("deliveredAt", status == Delivery.Status.DELIVERED ? ts(now) : null)
                .param("id", id)
                .update();
    }

    /** Waits for a robot's rate limit: no attempt is counted. */
    void postpone(UUID id, Instant next) {
        jdbc.sql("update webhook_delivery set next_attempt_at = :next, lease_until = null where id = :id")
                .param("next", ts(next))
                .param("id", id)
                .update();
    }

    void cancel(UUID id, String why, Instant now) {
        jdbc.sql("""
                        update webhook_delivery set status = 'CANCELLED', lease_until = null, next_attempt_at = null,
                            last_outcome = :why, last_attempt_at = :now
                        where id = :id and status = 'PENDING'
                        """).param("why", why).param("now", ts(now)).param("id", id).update();
    }

    /** Queues a finished delivery again, with a fresh count of attempts (the owner's redelivery). */
    boolean redeliver(UUID endpoint, UUID id, Instant now) {
        return jdbc.sql("""
                                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                                    lease_until = null
                                where id = :id and endpoint_id = :endpoint and status <> 'PENDING'
                                """)
                        .param("now", ts(now))
                        .param("id", id)
                        .param("endpoint", endpoint)
                        .update()
                == 1;
    }

    Optional<Delivery> find(UUID endpoint, UUID id) {
        return jdbc.sql("select * from webhook_delivery where id = :id and endpoint_id = :endpoint")
                .param("id", id)
                .param("endpoint", endpoint)
                .query(DeliveryRepository::delivery)
                .optional();
    }

    /** The log of a subscription, newest first, before cursor {@code before} (a seq). */
    List<Delivery> log(UUID endpoint, long before, int limit) {
        return jdbc.sql("select * from webhook_delivery where endpoint_id = :endpoint and seq < :before"
                        + " order by seq desc limit :limit")
                .param("endpoint", endpoint)
                .param("before", before)
                .param("limit", limit)
                .query(DeliveryRepository::delivery)
                .list();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                Sql.uuid(rs, "id"),
                rs.getLong("seq"),
                Sql.uuid(rs, "endpoint_id"),
                rs.getString("event_type"),
                rs.getString("body"),
                Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"),
                Sql.instant(rs, "last_attempt_at"),
                rs.getObject("last_status", Integer.class),
                rs.getString("last_outcome"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "delivered_at"));
    }
}
