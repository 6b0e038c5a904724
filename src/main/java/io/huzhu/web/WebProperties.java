package io.huzhu.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web shell ({@code huzhu.web.*}).
 *
 * @param maxBodySize largest request body accepted
 * @param idempotencyRetention how long a stored response can be replayed
 * @param idempotencyLease how long a request holding a key blocks a retry with the same key before the retry
 *     may proceed (for a request whose node crashed)
 * @param idempotencySelfManaged paths (Ant patterns) whose handlers store their own idempotency keys in the
 *     same transaction as their effect
 */
@ConfigurationProperties("huzhu.web")
public record WebProperties(
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue("P1D") Duration idempotencyRetention,
        @DefaultValue("PT60S") Duration idempotencyLease,
        @DefaultValue("/api/tasks/*/assists") List<String> idempotencySelfManaged) {}
