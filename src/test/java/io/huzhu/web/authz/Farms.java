package io.huzhu.web.authz;

import static io.huzhu.web.authz.World.ok;

import io.huzhu.support.Api;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Small farms (four accounts on one {@code X-Device-Id}) that assist a task, and the risk case a scan opens on one. */
final class Farms {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private final Api api;

    Farms(Api api) {
        this.api = api;
    }

    /** Four fresh accounts on one phone (each behind an address of its own) assist the task; returns their ids. */
    Set<String> farm(String taskId) {
        String device = "authz-" + UUID.randomUUID();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < 4; i++) {
            int n = ADDRESSES.getAndIncrement();
            String address = "198.18." + (n % 250) + "." + (1 + n / 250);
            String username = "farm" + i + "_" + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> credentials = Map.of("username", username, "password", "secret-password");
            ok(withDevice("/api/auth/register", null, credentials, device, address), 201);
            JsonNode login = ok(withDevice("/api/auth/login", null, credentials, device, address), 200);
            ids.add(login.path("user").path("id").asString());
            ok(
                    withDevice(
                            "/api/tasks/" + taskId + "/assists",
                            login.path("token").asString(),
                            "",
                            device,
                            address),
                    201);
        }
        return ids;
    }

    /** The device-cluster case the scan opened (or grew) whose helpers include all of these accounts. */
    String caseNaming(Api.Session scanner, JsonNode report, Set<String> helpers) {
        for (String part : List.of("opened", "grown")) {
            for (JsonNode touched : report.path(part)) {
                if (!touched.path("detector").asString().equals("DEVICE_CLUSTER")) {
                    continue;
                }
                String id = touched.path("caseId").asString();
                Set<String> named = new LinkedHashSet<>();
                ok(api.get("/api/risk/cases/" + id, scanner.token()), 200)
                        .path("helpers")
                        .forEach(h -> named.add(h.path("id").asString()));
                if (named.containsAll(helpers)) {
                    return id;
                }
            }
        }
        throw new IllegalStateException("no case names the farm " + helpers + ": " + report);
    }

    private Api.Response withDevice(String path, @Nullable String token, Object body, String device, String address) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", device)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : Api.json(body), StandardCharsets.UTF_8));
        return api.send(builder, token);
    }
}
