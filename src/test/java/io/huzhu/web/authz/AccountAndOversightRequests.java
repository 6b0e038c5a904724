package io.huzhu.web.authz;

import static io.huzhu.web.authz.Call.each;
import static io.huzhu.web.authz.Call.fresh;

import io.huzhu.web.authz.Matrix.Role;
import java.util.Map;

/**
 * The requests of the account, administration, moderation, risk-control and Actuator rows. The member appealed a
 * warning another group admin gave them, and is named by the open risk case (as the initiator of the task a farm
 * assisted); the operators decide the other case.
 */
final class AccountAndOversightRequests {

    private final World world;
    private final Http http;

    AccountAndOversightRequests(World world, Http http) {
        this.world = world;
        this.http = http;
    }

    void addTo(Requests r) {
        accounts(r);
        moderation(r);
        risk(r);
        r.put("GET /actuator/health", each(a -> http.get("/actuator/health", a)));
        r.put("GET /actuator/metrics", each(a -> http.get("/actuator/metrics", a)));
        r.put("GET /actuator/prometheus", each(a -> http.get("/actuator/prometheus", a)));
    }

    private void accounts(Requests r) {
        r.put("POST /api/auth/register", each(a -> http.post("/api/auth/register", a, Http.registration())));
        r.put("POST /api/auth/login", each(a -> http.post("/api/auth/login", a, http.credentials(a))));
        r.put("POST /api/auth/logout", each(a -> http.post("/api/auth/logout", http.freshToken(a), "")));
        r.put("POST /api/session", each(a -> http.post("/api/session", a, http.credentials(a))));
        r.put("POST /api/session/logout", each(a -> http.post("/api/session/logout", a, "")));
        r.put("GET /api/me", each(a -> http.get("/api/me", a)));
        r.put("GET /api/ping", each(a -> http.get("/api/ping", a)));
        r.put(
                "GET /api/admin/users/{id}",
                each(a -> http.get(
                        "/api/admin/users/" + world.session(Role.MEMBER).id(), a)));
        r.put(
                "POST /api/admin/users/{id}/roles",
                fresh(
                        world::bystander,
                        (id, a) -> http.post("/api/admin/users/" + id + "/roles", a, Map.of("role", "OPERATOR"))));
        r.put(
                "POST /api/admin/users/{id}/status",
                fresh(
                        world::bystander,
                        (id, a) -> http.post(
                                "/api/admin/users/" + id + "/status",
                                a,
                                Map.of("status", "RESTRICTED", "reason", "授权矩阵测试"))));
    }

    private void moderation(Requests r) {
        String g = world.groupPath();
        r.put(
                "POST /api/safety/check",
                each(a -> http.post(
                        "/api/safety/check",
                        a,
                        Map.of("text", "加我微信领红包", "groupId", world.group.id().toString()))));
        r.put(
                "POST /api/groups/{id}/reports",
                each(a -> http.post(
                        g + "/reports",
                        a,
                        Map.of("userId", world.helper.id().toString(), "reason", "OFF_TOPIC", "note", "一直发无关内容"))));
        r.put("GET /api/groups/{id}/moderation/queue", each(a -> http.get(g + "/moderation/queue", a)));
        r.put(
                "POST /api/groups/{id}/moderation/actions",
                fresh(
                        () -> world.target(world.group),
                        (id, a) -> http.post(
                                g + "/moderation/actions",
                                a,
                                Map.of("action", "WARN", "userId", id, "reason", "发广告"))));
        r.put("GET /api/groups/{id}/audit", each(a -> http.get(g + "/audit", a)));
        r.put(
                "GET /api/groups/{id}/members/{userId}/trust",
                each(a -> http.get(g + "/members/" + world.helper.id() + "/trust", a)));
        r.put("GET /api/groups/{id}/safety-score", each(a -> http.get(g + "/safety-score", a)));
        r.put("GET /api/groups/{id}/appeals", each(a -> http.get(g + "/appeals", a)));
        r.put(
                "POST /api/appeals",
                each(a -> http.post("/api/appeals", a, Map.of("auditEntryId", world.warning, "text", "我没有刷屏"))));
        r.put("GET /api/appeals/{id}", each(a -> http.get("/api/appeals/" + world.appeal, a)));
        r.put(
                "POST /api/appeals/{id}/decision",
                each(a -> http.post(
                        "/api/appeals/" + world.appeal + "/decision",
                        a,
                        Map.of("decision", "UPHOLD", "note", "确有刷屏"))));
        r.put("GET /api/me/appeals", each(a -> http.get("/api/me/appeals", a)));
    }

    private void risk(Requests r) {
        r.put("POST /api/admin/risk/scan", each(a -> http.post("/api/admin/risk/scan", a, "")));
        r.put("GET /api/risk/cases", each(a -> http.get("/api/risk/cases?status=OPEN", a)));
        r.put("GET /api/risk/cases/{id}", each(a -> http.get("/api/risk/cases/" + world.riskCase, a)));
        r.put(
                "POST /api/risk/cases/{id}/decision",
                each(a -> http.post(
                        "/api/risk/cases/" + world.decidableRiskCase + "/decision",
                        a,
                        Map.of("decision", "DISMISS", "reason", "同一家人的旧手机"))));
        r.put("GET /api/risk/stats", each(a -> http.get("/api/risk/stats", a)));
        r.put("GET /api/risk/audit", each(a -> http.get("/api/risk/audit", a)));
        r.put("GET /api/risk/appeals", each(a -> http.get("/api/risk/appeals", a)));
        r.put(
                "POST /api/risk/appeals/{id}/decision",
                each(a -> http.post(
                        "/api/risk/appeals/" + world.riskAppeal + "/decision",
                        a,
                        Map.of("decision", "UPHOLD", "note", "证据充分"))));
        r.put(
                "POST /api/risk/appeals",
                each(a -> http.post("/api/risk/appeals", a, Map.of("caseId", world.riskCase, "text", "真实的同学帮忙"))));
        r.put("GET /api/risk/appeals/{id}", each(a -> http.get("/api/risk/appeals/" + world.riskAppeal, a)));
        r.put("GET /api/me/risk/cases/{id}", each(a -> http.get("/api/me/risk/cases/" + world.riskCase, a)));
        r.put("GET /api/me/risk/appeals", each(a -> http.get("/api/me/risk/appeals", a)));
    }
}
