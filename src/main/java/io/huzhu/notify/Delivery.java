package io.huzhu.notify;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event queued for one subscription, and its log: attempts so far, the next one, and the last outcome in Huzhu's
 * own words (a status code or the kind of failure, never the receiver's response body).
 */
record Delivery(
        UUID id,
        long seq,
        UUID endpointId,
        String eventType,
        String body,
        Status status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Integer lastStatus,
        @Nullable String lastOutcome,
        Instant createdAt,
        @Nullable Instant deliveredAt) {

    enum Status {
        PENDING,
        DELIVERED,
        FAILED,
        CANCELLED
    }

    /** The {@code webhook-id} header: the same for every attempt and a redelivery, so receivers can deduplicate. */
    String messageId() {
        return "msg_" + id.toString().replace("-", "");
    }
}
