package io.huzhu.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Requests no HTTP client library would send: malformed request targets, path tricks the firewall rejects, oversized
 * and too many headers, too many parameters, and the error page itself. Each must still get a problem detail.
 */
final class RawCases {

    static final List<String> TARGETS = List.of(
            "/api/tasks/%00",
            "/api/tasks/%2F",
            "/api/tasks/%ZZ",
            "/api/tasks/%",
            "/api/../api/me",
            "/api/./me",
            "/api/me;jsessionid=x",
            "/api/tasks;x=1",
            "//api/me",
            "/api//me",
            "/api/me%2F..%2F",
            "/api/%2e%2e/me",
            "/api/me/%5C",
            "/api/me\\x",
            "/api/tasks/%ED%A0%80",
            "/api/me?%",
            "/api/me?a=%ZZ",
            "/api/me?a=%ED%A0%80",
            "/api/me?" + "a=1&".repeat(12_000) + "a=1",
            "/api/" + "x".repeat(9_000),
            "/error",
            "/error?x=1",
            "/api/nope",
            "/actuator/prometheus",
            "/actuator/nope",
            "/v3/api-docs/%ZZ",
            "/api/tasks/%C0%AE%C0%AE/");

    private RawCases() {}

    static List<RawHttp.Request> all(Random random) {
        List<RawHttp.Request> requests = new ArrayList<>();
        for (String target : TARGETS) {
            requests.add(RawHttp.Request.of("GET", target));
            requests.add(RawHttp.Request.of("POST", target).body("application/json", "{}"));
        }
        requests.add(RawHttp.Request.of("GET", "/api/me").header("X-Big", "v".repeat(20_000)));
        RawHttp.Request many = RawHttp.Request.of("GET", "/api/me");
        for (int i = 0; i < 300; i++) {
            many = many.header("X-H" + i, "v" + random.nextInt(1000));
        }
        requests.add(many);
        requests.add(RawHttp.Request.of("GET", "/api/me").header("Authorization", "Bearer " + "t".repeat(15_000)));
        requests.add(RawHttp.Request.of("PROPFIND", "/api/me"));
        requests.add(RawHttp.Request.of("TRACE", "/api/me"));
        requests.add(RawHttp.Request.of("OPTIONS", "/api/me").header("Origin", "https://evil.example"));
        requests.add(RawHttp.Request.of("DELETE", "/api/me"));
        requests.add(RawHttp.Request.of("POST", "/api/auth/register")
                .body("application/json", "{\"username\":\"" + "u".repeat(2_000_000) + "\"}"));
        return requests;
    }
}
