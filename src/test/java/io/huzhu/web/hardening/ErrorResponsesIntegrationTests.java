package io.huzhu.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import io.huzhu.web.fuzz.RawHttp;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, findings 1 and 8: inputs that made the server answer 500, or answer with Tomcat's HTML page or Spring
 * Security's firewall JSON, now get a problem detail with a stable code and a sentence that names no internal type.
 */
@IntegrationTest
class ErrorResponsesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    private RawHttp.Response send(RawHttp.Request request) {
        return new RawHttp("localhost", URI.create(api.base()).getPort()).send(request);
    }

    private static JsonNode problem(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asString()).isNotBlank().doesNotContain("io.huzhu", "java.", "jackson");
        return body;
    }

    @Test
    void aBlankPathVariableIsABadRequest() {
        String token = api.register("blank").token();
        for (String path : new String[] {"/api/tasks/%20", "/api/groups/%20", "/api/groups/%20/members/%09/kick"}) {
            String method = path.endsWith("kick") ? "POST" : "GET";
            problem(
                    send(RawHttp.Request.of(method, path).header("Authorization", "Bearer " + token)),
                    400,
                    "MALFORMED_REQUEST");
        }
    }

    @Test
    void aWildcardOrUnparseableContentTypeIsUnsupported() {
        for (String type : new String[] {"*/*", "application/*", "garbage", "application/json; charset=bogus"}) {
            problem(
                    send(RawHttp.Request.of("POST", "/api/auth/register").body(type, "{}")),
                    415,
                    "UNSUPPORTED_MEDIA_TYPE");
        }
        problem(
                send(RawHttp.Request.of("POST", "/api/auth/login").body("multipart/form-data", "{}")),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void badPercentEncodingInAQueryIsABadRequest() {
        for (String query : new String[] {"cursor=%ED%A0%80", "cursor=%", "cursor=%ZZ", "limit=%C0%80"}) {
            problem(send(RawHttp.Request.of("GET", "/api/campaigns?" + query)), 400, "MALFORMED_REQUEST");
        }
        problem(
                send(RawHttp.Request.of("GET", "/api/campaigns?" + "a=1&".repeat(500) + "a=1")),
                400,
                "MALFORMED_REQUEST");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        problem(send(RawHttp.Request.of("GET", "/error")), 404, "NOT_FOUND");
        problem(send(RawHttp.Request.of("POST", "/error").body("application/json", "{}")), 404, "NOT_FOUND");
    }

    @Test
    void requestsTomcatRefusesBeforeAnyFilterAreProblemsNotHtml() {
        for (String path : new String[] {"/api/tasks/%00", "/api/tasks/%2F", "/api/tasks/%ZZ"}) {
            problem(send(RawHttp.Request.of("GET", path)), 400, "BAD_REQUEST");
        }
        problem(send(RawHttp.Request.of("GET", "/api/me").header("X-Big", "v".repeat(20_000))), 400, "BAD_REQUEST");
        RawHttp.Request many = RawHttp.Request.of("GET", "/api/me");
        for (int i = 0; i < 200; i++) {
            many = many.header("X-H" + i, "v");
        }
        RawHttp.Response tooMany = send(many);
        assertThat(tooMany.status()).isBetween(400, 499);
        assertThat(tooMany.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void pathsTheFirewallRejectsAreProblems() {
        for (String path : new String[] {"/api/../api/me", "/api/me;x=1", "//api/me", "/api/me%2F..%2F"}) {
            RawHttp.Response response = send(RawHttp.Request.of("GET", path));
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("content-type")).as(path).startsWith("application/problem+json");
        }
        problem(send(RawHttp.Request.of("PROPFIND", "/api/me")), 400, "REQUEST_REJECTED");
    }

    @Test
    void unreadableBodiesAreExplainedWithoutNamingInternalTypes() {
        String token = api.operator().token();
        JsonNode wrongEnum = problem(
                send(RawHttp.Request.of("POST", "/api/campaigns/validate")
                        .header("Authorization", "Bearer " + token)
                        .body("application/json", "{\"kind\":\"NOPE\"}")),
                400,
                "MALFORMED_REQUEST");
        assertThat(wrongEnum.path("detail").asString())
                .contains("kind")
                .contains("BARGAIN")
                .doesNotContain("CampaignKind");
        JsonNode deep = problem(
                send(RawHttp.Request.of("POST", "/api/safety/check")
                        .header("Authorization", "Bearer " + token)
                        .body("application/json", "[".repeat(3000) + "]".repeat(3000))),
                400,
                "MALFORMED_REQUEST");
        assertThat(deep.path("detail").asString()).doesNotContain("StreamReadConstraints");
        JsonNode broken = problem(
                send(RawHttp.Request.of("POST", "/api/auth/login").body("application/json", "{\"username\":")),
                400,
                "MALFORMED_REQUEST");
        assertThat(broken.path("detail").asString()).startsWith("The body is not valid JSON");
    }
}
