package io.huzhu.web.authz;

import static io.huzhu.web.authz.Call.each;

import java.util.List;
import java.util.Map;

/**
 * The requests of the guardrails rows: a member's own limits, break, quiet hours and summary, and the operators'
 * platform defaults. A one-day break keeps every later request of the caller allowed (its refusals are 409s).
 */
final class GuardrailRequests {

    private final Http http;

    GuardrailRequests(Http http) {
        this.http = http;
    }

    void addTo(Requests r) {
        r.put("GET /api/me/guardrails", each(a -> http.get("/api/me/guardrails", a)));
        r.put("PUT /api/me/guardrails/limits", each(a -> http.put("/api/me/guardrails/limits", a, Map.of())));
        r.put("POST /api/me/guardrails/break", each(a -> http.post("/api/me/guardrails/break", a, Map.of("days", 1))));
        r.put(
                "PUT /api/me/guardrails/quiet-hours",
                each(a -> http.put(
                        "/api/me/guardrails/quiet-hours",
                        a,
                        Map.of("enabled", true, "start", "22:00", "end", "07:00", "zone", "Asia/Shanghai"))));
        r.put("GET /api/me/guardrails/summary", each(a -> http.get("/api/me/guardrails/summary", a)));
        r.put("GET /api/me/guardrails/summary.csv", each(a -> http.get("/api/me/guardrails/summary.csv", a)));
        r.put("GET /api/admin/guardrails", each(a -> http.get("/api/admin/guardrails", a)));
        r.put(
                "PUT /api/admin/guardrails",
                each(a -> http.put("/api/admin/guardrails", a, Map.of("limits", List.of()))));
    }
}
