package io.huzhu.web;

import io.huzhu.shared.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** Rows of {@code idempotency_record}: a key is claimed, then completed with the response, or released. */
@Repository
class IdempotencyStore {

    enum State {
        PENDING,
        COMPLETED
    }

    record Record(
            String fingerprint,
            State state,
            Instant createdAt,
            int statusCode,
            @Nullable String contentType,
            @Nullable String body) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebProperties properties;

    IdempotencyStore(JdbcClient jdbc, Clock clock, WebProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Claims the key for this request; false when a record for it already exists. */
    boolean claim(String principal, String key, String fingerprint) {
        try {
            return jdbc.sql("""
                                    insert into idempotency_record (principal, idem_key, fingerprint, state, created_at)
                                    select :principal, :key, :fingerprint, 'PENDING', :now
                                    where not exists (select 1 from idempotency_record
                                                      where principal = :principal and idem_key = :key)
                                    """)
                            .param("principal", principal)
                            .param("key", key)
                            .param("fingerprint", fingerprint)
                            .param("now", Sql.ts(clock.instant()))
                            .update()
                    == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Takes over a pending claim whose holder has not finished within the lease (its node may have died). */
    boolean takeOver(String principal, String key, Instant seenCreatedAt) {
        return jdbc.sql("""
                                update idempotency_record set created_at = :now
                                where principal = :principal and idem_key = :key and state = 'PENDING'
                                  and created_at = :seen
                                """)
                        .param("now", Sql.ts(clock.instant()))
                        .param("principal", principal)
                        .param("key", key)
                        .param("seen", Sql.ts(seenCreatedAt))
                        .update()
                == 1;
    }

    Optional<Record> find(String principal, String key) {
        return jdbc.sql("select * from idempotency_record where principal = :principal and idem_key = :key")
                .param("principal", principal)
                .param("key", key)
                .query((rs, n) -> new Record(
                        rs.getString("fingerprint"),
                        State.valueOf(rs.getString("state")),
                        Sql.requiredInstant(rs, "created_at"),
                        rs.getInt("status_code"),
                        rs.getString("content_type"),
                        rs.getString("body")))
                .optional();
    }

    void complete(String principal, String key, int status, @Nullable String contentType, String body) {
        jdbc.sql("""
                        update idempotency_record set state = 'COMPLETED', status_code = :status,
                               content_type = :contentType, body = :body
                        where principal = :principal and idem_key = :key
                        """)
                .param("status", status)
                .param("contentType", contentType)
                .param("body", body)
                .param("principal", principal)
                .param("key", key)
                .update();
    }

    void release(String principal, String key) {
        jdbc.sql("delete from idempotency_record where principal = :principal and idem_key = :key")
                .param("principal", principal)
                .param("key", key)
                .update();
    }

    boolean leaseExpired(Record record) {
        return record.createdAt().plus(properties.idempotencyLease()).isBefore(clock.instant());
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        jdbc.sql("delete from idempotency_record where created_at < :cutoff")
                .param("cutoff", Sql.ts(clock.instant().minus(properties.idempotencyRetention())))
                .update();
    }
}
