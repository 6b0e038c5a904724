package io.huzhu.notify;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What owners see of subscriptions and deliveries: no secret after creation, the URL with its tokens masked. */
final class WebhookViews {

    private WebhookViews() {}

    record EndpointView(
            UUID id,
            String url,
            WebhookFormat format,
            List<String> events,
            Endpoint.Status status,
            @Nullable String disabledReason,
            int failedDeliveries,
            boolean signed,
            @Nullable Instant previousSecretValidUntil,
            Instant createdAt) {}

    /** A new subscription or a rotation: {@code secret} is shown this once. */
    record WithSecret(EndpointView endpoint, @Nullable String secret) {}

    record DeliveryView(
            UUID id,
            String webhookId,
            String eventType,
            Delivery.Status status,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant lastAttemptAt,
            @Nullable Integer lastStatus,
            @Nullable String lastOutcome,
            Instant createdAt,
            @Nullable Instant deliveredAt) {}

    record DeliveryPage(List<DeliveryView> items, @Nullable Long nextBefore) {}

    static EndpointView view(Endpoint e, Instant now) {
        Instant overlap = e.previousUntil() != null && now.isBefore(e.previousUntil()) ? e.previousUntil() : null;
        return new EndpointView(
                e.id(),
                mask(e.url()),
                e.format(),
                e.events().stream().map(WebhookEvent::type).sorted().toList(),
                e.status(),
                e.disabledReason(),
                e.failedDeliveries(),
                !e.secret().isEmpty(),
                overlap,
                e.createdAt());
    }

    static DeliveryView view(Delivery d) {
        return new DeliveryView(
                d.id(),
                d.messageId(),
                d.eventType(),
                d.status(),
                d.attempts(),
                d.nextAttemptAt(),
                d.lastAttemptAt(),
                d.lastStatus(),
                d.lastOutcome(),
                d.createdAt(),
                d.deliveredAt());
    }

    /** Robot URLs carry their key in the path or the query: long path segments and every query value are masked. */
    static String mask(String url) {
        URI uri = URI.create(url);
        StringBuilder out = new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() != -1) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            out.append('/').append(segment.length() > 12 ? "…" + segment.substring(segment.length() - 4) : segment);
        }
        if (uri.getRawQuery() != null) {
            out.append("?…");
        }
        return out.toString();
    }
}
