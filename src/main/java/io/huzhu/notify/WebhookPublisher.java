package io.huzhu.notify;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a group event for every active subscription of the group that wants it. The body is the Standard Webhooks
 * payload {@code {"type":…,"timestamp":…,"data":{…}}}, fixed here, so every attempt sends (and signs) the same bytes.
 */
@Component
class WebhookPublisher {

    private final EndpointRepository endpoints;
    private final DeliveryRepository deliveries;
    private final JsonMapper json;

    WebhookPublisher(EndpointRepository endpoints, DeliveryRepository deliveries, JsonMapper json) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
    }

    void publish(GroupId group, WebhookEvent event, String eventKey, Map<String, Object> data, Instant at) {
        String body = body(event, data, at);
        for (Endpoint endpoint : endpoints.ofGroup(group)) {
            // An event that happened before the subscription is not its business, even when its listener runs
            // after it (listeners run asynchronously: a group's creation could reach a webhook added a moment later).
            if (endpoint.status() == Endpoint.Status.ACTIVE
                    && endpoint.wants(event)
                    && !endpoint.createdAt().isAfter(at)) {
                deliveries.enqueue(endpoint.id(), group, event, eventKey, body, at);
            }
        }
    }

    /** Queues a test event for one subscription; returns the delivery's id. */
    UUID test(Endpoint endpoint, Instant now) {
        String key = "test:" + Ids.next();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groupId", endpoint.group());
        data.put("subscriptionId", endpoint.id());
        deliveries.enqueue(
                endpoint.id(), endpoint.group(), WebhookEvent.TEST, key, body(WebhookEvent.TEST, data, now), now);
        return deliveries.log(endpoint.id(), Long.MAX_VALUE, 1).getFirst().id();
    }

    private String body(WebhookEvent event, Map<String, Object> data, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", at.toString());
        payload.put("data", data);
        return json.writeValueAsString(payload);
    }
}
