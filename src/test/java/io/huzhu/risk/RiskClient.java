package io.huzhu.risk;

import io.huzhu.support.Api;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Requests as phones send them: each member on a device ({@code X-Device-Id}) and behind an address
 * ({@code X-Forwarded-For}, trusted because the test client connects from loopback, a trusted proxy).
 */
final class RiskClient {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private final Api api;

    RiskClient(Api api) {
        this.api = api;
    }

    /** A member with a device and an address of their own. */
    record Member(Api.Session session, String device, String address) {
        UUID id() {
            return session.id();
        }

        String token() {
            return session.token();
        }

        Member on(String otherDevice) {
            return new Member(session, otherDevice, address);
        }
    }

    static String newDevice() {
        return "dev-" + UUID.randomUUID();
    }

    /** A fresh address in 100.64.0.0/10 (shared address space), a different /24 each time. */
    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "100." + (64 + (n / 65536) % 64) + "." + (n / 256) % 256 + "." + (n % 256);
    }

    Member register(String prefix) {
        return register(prefix, newDevice(), newAddress());
    }

    Member register(String prefix, String device, String address) {
        String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = send(
                "POST",
                "/api/auth/register",
                null,
                Map.of("username", username, "password", "secret-password", "displayName", prefix),
                device,
                address);
        if (created.status() != 201) {
            throw new IllegalStateException("register failed: " + created);
        }
        Api.Response login = send(
                "POST",
                "/api/auth/login",
                null,
                Map.of("username", username, "password", "secret-password"),
                device,
                address);
        JsonNode json = login.json();
        return new Member(
                new Api.Session(
                        UUID.fromString(json.path("user").path("id").asString()),
                        username,
                        json.path("token").asString()),
                device,
                address);
    }

    List<Member> register(String prefix, int count) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(register(prefix + i));
        }
        return members;
    }

    JsonNode start(Member member, UUID campaign) {
        Api.Response started = send("POST", "/api/campaigns/" + campaign + "/tasks", member.token(), "", member);
        if (started.status() != 201) {
            throw new IllegalStateException("start failed: " + started);
        }
        return started.json();
    }

    Api.Response assist(Member helper, String taskId) {
        return send("POST", "/api/tasks/" + taskId + "/assists", helper.token(), "", helper);
    }

    /** Assists and insists it was accepted (counted or held). */
    JsonNode assisted(Member helper, String taskId) {
        Api.Response response = assist(helper, taskId);
        if (response.status() != 201) {
            throw new IllegalStateException("assist failed: " + response);
        }
        return response.json();
    }

    JsonNode task(String taskId) {
        return api.get("/api/tasks/" + taskId, null).json();
    }

    JsonNode scan(Api.Session operator) {
        Api.Response scanned = api.post("/api/admin/risk/scan", operator.token(), "");
        if (scanned.status() != 200) {
            throw new IllegalStateException("scan failed: " + scanned);
        }
        return scanned.json();
    }

    /** The cases the scan opened or grew that name any of these helpers. */
    List<JsonNode> casesNaming(Api.Session operator, JsonNode report, List<Member> helpers) {
        List<JsonNode> found = new ArrayList<>();
        for (String part : List.of("opened", "grown")) {
            for (JsonNode touched : report.path(part)) {
                JsonNode detail = api.get(
                                "/api/risk/cases/" + touched.path("caseId").asString(), operator.token())
                        .json();
                for (JsonNode helper : detail.path("helpers")) {
                    if (helpers.stream()
                            .anyMatch(m ->
                                    m.id().toString().equals(helper.path("id").asString()))) {
                        found.add(detail);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private Api.Response send(String method, String path, String token, Object body, Member from) {
        return send(method, path, token, body, from.device(), from.address());
    }

    private Api.Response send(String method, String path, String token, Object body, String device, String address) {
        String payload = body instanceof String s ? s : Api.json(body);
        var builder = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", device)
                .header("X-Forwarded-For", address)
                .method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        return api.send(builder, token);
    }
}
