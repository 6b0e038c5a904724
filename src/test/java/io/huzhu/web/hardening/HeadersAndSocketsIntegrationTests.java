package io.huzhu.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import io.huzhu.web.fuzz.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 11, findings 4 and 9: metrics for the admin only; idempotency keys of anonymous callers scoped by address;
 * Referrer-Policy, Permissions-Policy and (behind TLS) HSTS; Secure cookies behind a TLS proxy; {@code /ws} checks the
 * Origin and takes no token from the URL; Tomcat logs no rejected header line.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HeadersAndSocketsIntegrationTests {

    @Autowired
    Api api;

    private RawHttp raw() {
        return new RawHttp("localhost", URI.create(api.base()).getPort());
    }

    @Test
    void prometheusIsForTheAdminOnly() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", api.register("curious").token())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/actuator/prometheus", api.operator().token()).status())
                .isEqualTo(403);
        Api.Response scraped = api.get("/actuator/prometheus", api.admin().token());
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    private Api.Response registerFrom(String address, String key, String username) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + "/api/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(
                        Api.json(Map.of("username", username, "password", "secret-password")), StandardCharsets.UTF_8));
        return api.send(builder, null);
    }

    @Test
    void anonymousCallersDoNotShareIdempotencyKeys() {
        String key = "shared-" + UUID.randomUUID();
        String first = "ia_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(registerFrom("203.0.113.80", key, first).status()).isEqualTo(201);
        Api.Response replay = registerFrom("203.0.113.80", key, first);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        Api.Response other = registerFrom(
                "198.51.100.80", key, "ib_" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(other.status()).as("another caller's key space: " + other).isEqualTo(201);
        assertThat(other.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void everyResponseCarriesARequestIdAPlainOneGivenIsKept() {
        String first = api.get("/api/ping", null).header("X-Request-Id");
        String second = api.get("/api/ping", null).header("X-Request-Id");
        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
        RawHttp.Response given =
                raw().send(RawHttp.Request.of("GET", "/api/ping").header("X-Request-Id", "trace-42.abc"));
        assertThat(given.header("x-request-id")).isEqualTo("trace-42.abc");
        RawHttp.Response unsafe =
                raw().send(RawHttp.Request.of("GET", "/api/ping").header("X-Request-Id", "a b<script>"));
        assertThat(UUID.fromString(unsafe.header("x-request-id"))).isNotNull();
    }

    @Test
    void responsesCarryReferrerAndPermissionsPoliciesAndHstsBehindTls() {
        for (String path : List.of("/api/ping", "/")) {
            Api.Response r = api.get(path, null);
            assertThat(r.header("Permissions-Policy")).as(path).contains("camera=()");
            assertThat(r.header("Referrer-Policy")).as(path).isNotNull();
            assertThat(r.header("Strict-Transport-Security")).as(path).isNull();
        }
        assertThat(api.get("/api/ping", null).header("Referrer-Policy")).isEqualTo("no-referrer");
        RawHttp.Response tls = raw().send(RawHttp.Request.of("GET", "/api/ping").header("X-Forwarded-Proto", "https"));
        assertThat(tls.header("strict-transport-security")).contains("max-age=");
    }

    @Test
    void sessionCookiesAreSecureBehindATlsProxy() {
        Api.Session user = api.register("tls");
        RawHttp.Response opened = raw().send(RawHttp.Request.of("POST", "/api/session")
                .header("X-Forwarded-Proto", "https")
                .body(
                        "application/json",
                        Api.json(Map.of("username", user.username(), "password", "secret-password"))));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.header("set-cookie")).contains("Secure");
    }

    private CompletableFuture<WebSocket> socket(String query, Map<String, String> headers) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        return builder.buildAsync(
                URI.create(api.base().replace("http", "ws") + "/ws" + query), new WebSocket.Listener() {});
    }

    @Test
    void theSocketChecksTheOriginAndTakesNoTokenFromTheUrl() {
        String token = api.register("ws").token();
        assertThat(socket("", Map.of("Authorization", "Bearer " + token, "Origin", "https://evil.example")))
                .as("a page of another origin")
                .failsWithin(Duration.ofSeconds(10));
        assertThat(socket("?access_token=" + token, Map.of()))
                .as("a token in the URL")
                .failsWithin(Duration.ofSeconds(10));
        WebSocket same = socket("", Map.of("Authorization", "Bearer " + token, "Origin", api.base()))
                .join();
        same.abort();
        WebSocket cookie = socket("", Map.of("Cookie", "huzhu_session=" + token, "Origin", api.base()))
                .join();
        cookie.abort();
    }

    @Test
    void aRejectedHeaderLineIsNotLogged(CapturedOutput output) {
        String secret = "hz_never_logged_" + UUID.randomUUID();
        RawHttp.Response response = raw().send(
                        RawHttp.Request.of("GET", "/api/me").header("Authorization", "Bearer " + secret + "\u0001x"));
        assertThat(response.status()).isBetween(400, 499);
        assertThat(output.getAll()).doesNotContain(secret);
    }
}
