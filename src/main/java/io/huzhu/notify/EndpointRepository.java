package io.huzhu.notify;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook subscriptions. */
@Repository
class EndpointRepository {

    private final JdbcClient jdbc;

    EndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Endpoint e) {
        jdbc.sql("""
                        insert into webhook_endpoint (id, group_id, created_by, url, format, events, secret, status,
                            failed_deliveries, created_at, updated_at)
                        values (:id, :group, :by, :url, :format, :events, :secret, 'ACTIVE', 0, :at, :at)
                        """)
                .param("id", e.id())
                .param("group", e.group().value())
                .param("by", e.createdBy().value())
                .param("url", e.url())
                .param("format", e.format().name())
                .param("events", e.events().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("secret", e.secret())
                .param("at", ts(e.createdAt()))
                .update();
    }

    Optional<Endpoint> find(UUID id) {
        return jdbc.sql("select * from webhook_endpoint where id = :id and status <> 'DELETED'")
                .param("id", id)
                .query(EndpointRepository::endpoint)
                .optional();
    }

    /** The group's subscriptions that are not deleted, oldest first. */
    List<Endpoint> ofGroup(GroupId group) {
        return jdbc.sql("select * from webhook_endpoint where group_id = :group and status <> 'DELETED'"
                        + " order by created_at, id")
                .param("group", group.value())
                .query(EndpointRepository::endpoint)
                .list();
    }

    void rotate(UUID id, String secret, String previous, Instant previousUntil, Instant now) {
        jdbc.sql("""
                        update webhook_endpoint set secret = :secret, previous_secret = :previous,
                            previous_until = :until, updated_at = :now where id = :id
                        """)
                .param("secret", secret)
                .param("previous", previous)
                .param("until", ts(previousUntil))
                .param("now", ts(now))
                .param("id", id)
                .update();
    }

    void status(UUID id, Endpoint.Status status, @Nullable String reason, Instant now) {
        jdbc.sql("""
                        update webhook_endpoint set status = :status, disabled_reason = :reason, updated_at = :now
                        where id = :id
                        """)
                .param("status", status.name())
                .param("reason", reason)
                .param("now", ts(now))
                .param("id", id)
                .update();
        if (status == Endpoint.Status.ACTIVE) {
            succeeded(id);
        }
    }

    void succeeded(UUID id) {
        jdbc.sql("update webhook_endpoint set failed_deliveries = 0 where id = :id and failed_deliveries <> 0")
                .param("id", id)
                .update();
    }

    /**
     * Counts a delivery that failed for good and disables the subscription when the count reaches {@code limit};
     * true when this call disabled it.
     */
    boolean failed(UUID id, int limit, Instant now) {
        jdbc.sql("update webhook_endpoint set failed_deliveries = failed_deliveries + 1 where id = :id")
                .param("id", id)
                .update();
        return jdbc.sql("""
                                update webhook_endpoint set status = 'DISABLED', disabled_reason = 'FAILING',
                                    updated_at = :now
                                where id = :id and status = 'ACTIVE' and failed_deliveries >= :limit
                                """)
                        .param("now", ts(now))
                        .param("id", id)
                        .param("limit", limit)
                        .update()
                == 1;
    }

    /** Disables at once (the receiver answered 410 Gone); true when this call disabled it. */
    boolean gone(UUID id, Instant now) {
        return jdbc.sql("update webhook_endpoint set status = 'DISABLED', disabled_reason = 'GONE', updated_at = :now"
                                + " where id = :id and status = 'ACTIVE'")
                        .param("now", ts(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
        EnumSet<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(rs.getString("events").split(","))
                .filter(s -> !s.isBlank())
                .forEach(s -> events.add(WebhookEvent.valueOf(s)));
        return new Endpoint(
                Sql.uuid(rs, "id"),
                new GroupId(Sql.uuid(rs, "group_id")),
                new UserId(Sql.uuid(rs, "created_by")),
                rs.getString("url"),
                WebhookFormat.valueOf(rs.getString("format")),
                events,
                rs.getString("secret"),
                rs.getString("previous_secret"),
                Sql.instant(rs, "previous_until"),
                Endpoint.Status.valueOf(rs.getString("status")),
                rs.getString("disabled_reason"),
                rs.getInt("failed_deliveries"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
