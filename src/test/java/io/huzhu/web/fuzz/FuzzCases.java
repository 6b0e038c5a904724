package io.huzhu.web.fuzz;

import io.huzhu.web.fuzz.OpenApiOperations.Operation;
import io.huzhu.web.fuzz.OpenApiOperations.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The malformed requests for one operation: blank and malformed path variables, bad query values and encodings,
 * malformed bodies and fields, odd content types, Accept values and headers. Each case carries a label, so that a
 * failure names its family.
 */
final class FuzzCases {

    record Case(String label, RawHttp.Request request) {}

    static final List<String> PATH_BAD = List.of(
            "%20",
            "%09",
            "not-a-uuid",
            "%ZZ",
            "%00",
            "..",
            "%2F",
            "%2e%2e",
            "%ED%A0%80",
            "%E2%80%AE",
            "-1",
            "1e309",
            "x".repeat(3000),
            "%C0%AF",
            ";x=1",
            "%25");
    static final List<String> QUERY_BAD = List.of(
            "%ED%A0%80",
            "%",
            "%ZZ",
            "%00",
            "abc",
            "-5",
            "0",
            "99999999999999999999",
            "1e309",
            "%E2%80%AE",
            "%20",
            "x".repeat(3000),
            "%F0%9F%98%80",
            "%C0%80",
            "2026-13-45T99:00:00Z",
            "%2B1000000000-01-01T00:00:00Z");
    static final List<String> BODY_BAD = List.of(
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            "123",
            "{\"a\":",
            "{'single':'quotes'}",
            "{\"x\":1}{\"y\":2}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "\ufeff{}",
            "{\"k\":\"\\uZZZZ\"}",
            "{\"k\":1,\"k\":2}",
            "{\"k\":NaN}",
            "{\"k\":Infinity}");
    static final List<String> CONTENT_TYPES = List.of(
            "*/*",
            "application/*",
            "*/json",
            "text/plain",
            "application/xml",
            "application/json; charset=bogus",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "garbage",
            "application/json;;;",
            "application/json; boundary=\"",
            "");
    static final List<String> ACCEPTS = List.of(
            "application/xml", "text/html", "*/*;q=abc", "image/png", "application/json;q=0", "garbage/", ",,,");
    static final List<Map.Entry<String, String>> HEADERS = List.of(
            Map.entry("Authorization", "Bearer "),
            Map.entry("Authorization", "Bearer " + "x".repeat(4000)),
            Map.entry("Authorization", "Basic Zm9vOmJhcg=="),
            Map.entry("Authorization", "Bearer a b c"),
            Map.entry("Authorization", "hz_garbage"),
            Map.entry("Idempotency-Key", ""),
            Map.entry("Idempotency-Key", "k".repeat(1000)),
            Map.entry("Idempotency-Key", "\t"),
            Map.entry("X-Device-Id", "../../etc/passwd"),
            Map.entry("X-Device-Id", "d".repeat(500)),
            Map.entry("X-Forwarded-For", "garbage, ::::, 999.1.1.1"),
            Map.entry("X-Forwarded-Proto", "gopher"),
            Map.entry("Cookie", "huzhu_session=garbage; huzhu_csrf=x"),
            Map.entry("Origin", "https://evil.example"),
            Map.entry("Range", "bytes=99999999-"),
            Map.entry("Content-Encoding", "gzip"),
            Map.entry("Expect", "100-continue"),
            Map.entry("Transfer-Encoding", "chunked, identity"));

    private final OpenApiOperations api;
    private final FuzzValues values;
    private final Random random;
    private final Supplier<String> token;

    FuzzCases(OpenApiOperations api, FuzzValues values, Random random, Supplier<String> token) {
        this.api = api;
        this.values = values;
        this.random = random;
        this.token = token;
    }

    List<Case> of(Operation op) {
        List<Case> cases = new ArrayList<>();
        for (Parameter p : op.in("path")) {
            for (String bad : PATH_BAD) {
                cases.add(new Case("path " + p.name(), base(op, p.name(), bad, null, null)));
            }
        }
        for (Parameter q : op.in("query")) {
            for (int i = 0; i < 6; i++) {
                String bad = values.pick(QUERY_BAD);
                cases.add(new Case("query " + q.name(), base(op, null, null, q.name() + "=" + bad, null)));
            }
        }
        cases.add(new Case("query flood", base(op, null, null, "p=1&".repeat(1200) + "p=1", null)));
        if (op.body() != null) {
            for (String bad : BODY_BAD) {
                cases.add(new Case("body", base(op, null, null, null, bad)));
            }
            bodyFields(op, cases);
            for (int i = 0; i < 4; i++) {
                RawHttp.Request r = base(op, null, null, null, plausible(op));
                cases.add(new Case("content type", r.header("Content-Type", values.pick(CONTENT_TYPES))));
            }
            RawHttp.Request noType = base(op, null, null, null, null);
            cases.add(new Case(
                    "no content type",
                    new RawHttp.Request(
                            op.method(),
                            noType.target(),
                            withoutContentType(noType),
                            plausible(op).getBytes(StandardCharsets.UTF_8))));
            cases.add(new Case("invalid UTF-8", invalidUtf8(op)));
        }
        for (int i = 0; i < 3; i++) {
            cases.add(new Case("accept", base(op, null, null, null, null).header("Accept", values.pick(ACCEPTS))));
            var h = values.pick(HEADERS);
            cases.add(new Case(
                    "header " + h.getKey(), base(op, null, null, null, null).header(h.getKey(), h.getValue())));
        }
        return cases;
    }

    private void bodyFields(Operation op, List<Case> cases) {
        var schema = api.resolve(op.body());
        for (var field : schema.path("properties").properties()) {
            List<String> bad = values.bad(api, field.getValue());
            for (int i = 0; i < 4; i++) {
                String value = values.pick(bad);
                String body = withField(op, field.getKey(), value);
                cases.add(new Case("field " + field.getKey(), base(op, null, null, null, body)));
            }
        }
    }

    private String withField(Operation op, String name, String value) {
        var schema = api.resolve(op.body());
        List<String> parts = new ArrayList<>();
        for (var p : schema.path("properties").properties()) {
            String v = p.getKey().equals(name) ? value : values.plausible(api, p.getValue(), 1);
            parts.add("\"" + p.getKey() + "\":" + v);
        }
        return "{" + String.join(",", parts) + "}";
    }

    private String plausible(Operation op) {
        return values.plausible(api, op.body(), 0);
    }

    private RawHttp.Request invalidUtf8(Operation op) {
        RawHttp.Request r = base(op, null, null, null, null);
        byte[] body = {
            '{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
        };
        return new RawHttp.Request(r.method(), r.target(), withContentType(r), body);
    }

    private static Map<String, String> withoutContentType(RawHttp.Request r) {
        Map<String, String> h = new java.util.LinkedHashMap<>(r.headers());
        h.remove("Content-Type");
        return h;
    }

    private static Map<String, String> withContentType(RawHttp.Request r) {
        Map<String, String> h = new java.util.LinkedHashMap<>(r.headers());
        h.put("Content-Type", "application/json");
        return h;
    }

    /**
     * The operation with plausible path and query values, except {@code badPath} for path variable {@code badName},
     * {@code query} in place of the plausible query, and {@code body} (a plausible one when null).
     */
    private RawHttp.Request base(Operation op, String badName, String badPath, String query, String body) {
        String path = op.path();
        for (Parameter p : op.in("path")) {
            String value = p.name().equals(badName)
                    ? badPath
                    : URLEncoder.encode(unquote(values.plausible(api, p.schema(), 1)), StandardCharsets.UTF_8);
            path = path.replace("{" + p.name() + "}", value);
        }
        if (query == null) {
            List<String> parts = new ArrayList<>();
            for (Parameter q : op.in("query")) {
                if (q.required() || random.nextBoolean()) {
                    parts.add(q.name() + "="
                            + URLEncoder.encode(unquote(values.plausible(api, q.schema(), 1)), StandardCharsets.UTF_8));
                }
            }
            query = String.join("&", parts);
        }
        RawHttp.Request r = RawHttp.Request.of(op.method(), path + (query.isEmpty() ? "" : "?" + query));
        String t = token.get();
        if (t != null) {
            r = r.header("Authorization", "Bearer " + t);
        }
        if (op.body() != null) {
            r = r.body("application/json", body == null ? plausible(op) : body);
        }
        return r;
    }

    private static String unquote(String json) {
        return json.startsWith("\"") && json.endsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }
}
