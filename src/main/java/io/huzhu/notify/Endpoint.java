package io.huzhu.notify;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A webhook subscription as stored (with its secrets: never returned by the API after creation). */
record Endpoint(
        UUID id,
        GroupId group,
        UserId createdBy,
        String url,
        WebhookFormat format,
        Set<WebhookEvent> events,
        String secret,
        @Nullable String previousSecret,
        @Nullable Instant previousUntil,
        Status status,
        @Nullable String disabledReason,
        int failedDeliveries,
        Instant createdAt) {

    enum Status {
        ACTIVE,
        DISABLED,
        DELETED
    }

    Endpoint {
        events = Set.copyOf(events);
    }

    boolean wants(WebhookEvent event) {
        return event == WebhookEvent.TEST || events.contains(event);
    }
}
