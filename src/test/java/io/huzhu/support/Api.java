package io.huzhu.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for integration tests: real requests against the running server. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
            .build();

    Api(Environment environment) {
        this.environment = environment;
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString("");
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), token);
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, null);
    }

    public Response post(String path, String token, Object body, String idempotencyKey) {
        String payload = body instanceof String s ? s : json(body);
        var builder = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder, token);
    }

    public Response put(String path, String token, Object body) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        return send(builder, token);
    }

    public Response send(HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response =
                    http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a fresh member and returns a logged-in session. */
    public Session register(String prefix) {
        String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Response created = post(
                "/api/auth/register",
                null,
                Map.of("username", username, "password", "secret-password", "displayName", prefix));
        if (created.status() != 201) {
            throw new IllegalStateException("register failed: " + created);
        }
        return login(username, "secret-password");
    }

    public Session login(String username, String password) {
        Response response = post("/api/auth/login", null, Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("login failed: " + response);
        }
        JsonNode json = response.json();
        return new Session(
                UUID.fromString(json.path("user").path("id").asString()),
                username,
                json.path("token").asString());
    }

    /** The bootstrapped admin of the test configuration. */
    public Session admin() {
        return login("admin", "ops-secret-passphrase-1");
    }

    /** A fresh account with the operator role. */
    public Session operator() {
        Session session = register("op");
        Response granted =
                post("/api/admin/users/" + session.id() + "/roles", admin().token(), Map.of("role", "OPERATOR"));
        if (granted.status() != 200) {
            throw new IllegalStateException("grant failed: " + granted);
        }
        return session;
    }

    public record Session(UUID id, String username, String token) {}
}
