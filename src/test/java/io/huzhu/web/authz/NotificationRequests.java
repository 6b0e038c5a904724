package io.huzhu.web.authz;

import static io.huzhu.web.authz.Call.each;
import static io.huzhu.web.authz.Call.fresh;

import io.huzhu.support.Api;
import io.huzhu.web.authz.Matrix.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * The requests of the notification and webhook rows (issue 14). A notice is its recipient's: the member's first one
 * (the farms' assists on their task). Webhooks are the group owner's: one of the fixture group, with one delivery,
 * made when a row first needs them; its receiver never answers (port 9, discard), which changes nothing here.
 */
final class NotificationRequests {

    private final World world;
    private final Http http;
    private final Api api;
    private final Supplier<String> notice = memo(this::firstNotice);
    private final Supplier<String> webhook = memo(this::freshWebhook);
    private final Supplier<String> delivery = memo(this::firstDelivery);

    NotificationRequests(World world, Http http, Api api) {
        this.world = world;
        this.http = http;
        this.api = api;
    }

    void addTo(Requests r) {
        r.put("GET /api/me/notifications", each(a -> http.get("/api/me/notifications", a)));
        r.put("GET /api/me/notifications/unread", each(a -> http.get("/api/me/notifications/unread", a)));
        r.put(
                "POST /api/me/notifications/{id}/read",
                each(a -> http.post("/api/me/notifications/" + notice.get() + "/read", a, "")));
        r.put("POST /api/me/notifications/read-all", each(a -> http.post("/api/me/notifications/read-all", a, "")));
        r.put("GET /api/me/notification-preferences", each(a -> http.get("/api/me/notification-preferences", a)));
        r.put(
                "PUT /api/me/notification-preferences",
                each(a -> http.put("/api/me/notification-preferences", a, Map.of("JOIN_APPROVED", true))));
        String hook = "/api/groups/{id}/webhooks/{webhookId}";
        r.put(
                "POST /api/groups/{id}/webhooks",
                each(a -> http.post(
                        g() + "/webhooks",
                        a,
                        Map.of(
                                "url",
                                "http://127.0.0.1:9/x",
                                "format",
                                "STANDARD",
                                "events",
                                List.of("help.posted")))));
        r.put("GET /api/groups/{id}/webhooks", each(a -> http.get(g() + "/webhooks", a)));
        r.put("DELETE " + hook, fresh(this::freshWebhook, (id, a) -> http.delete(g() + "/webhooks/" + id, a)));
        r.put("POST " + hook + "/rotate", each(a -> http.post(hookPath() + "/rotate", a, "")));
        r.put("POST " + hook + "/enable", each(a -> http.post(hookPath() + "/enable", a, "")));
        r.put("POST " + hook + "/test", each(a -> http.post(hookPath() + "/test", a, "")));
        r.put("GET " + hook + "/deliveries", each(a -> http.get(hookPath() + "/deliveries", a)));
        r.put(
                "POST " + hook + "/deliveries/{deliveryId}/redeliver",
                each(a -> http.post(hookPath() + "/deliveries/" + delivery.get() + "/redeliver", a, "")));
    }

    private String g() {
        return world.groupPath();
    }

    private String hookPath() {
        return g() + "/webhooks/" + webhook.get();
    }

    private String firstNotice() {
        String token =
                Objects.requireNonNull(world.actors.get(Role.MEMBER).session()).token();
        JsonNode items = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/me/notifications", token).json().path("items"), i -> !i.isEmpty());
        return items.get(0).path("id").asString();
    }

    private String freshWebhook() {
        Map<String, Object> body =
                Map.of("url", "http://127.0.0.1:9/hook", "format", "STANDARD", "events", List.of("member.joined"));
        return World.ok(api.post(g() + "/webhooks", world.group.owner().token(), body), 201)
                .path("endpoint")
                .path("id")
                .asString();
    }

    private String firstDelivery() {
        return World.ok(api.post(hookPath() + "/test", world.group.owner().token(), ""), 202)
                .path("id")
                .asString();
    }

    private static Supplier<String> memo(Supplier<String> make) {
        String[] value = new String[1];
        return () -> {
            if (value[0] == null) {
                value[0] = make.get();
            }
            return value[0];
        };
    }
}
