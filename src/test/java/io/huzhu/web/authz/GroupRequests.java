package io.huzhu.web.authz;

import static io.huzhu.web.authz.Call.each;
import static io.huzhu.web.authz.Call.fresh;

import io.huzhu.support.GroupFixtures;
import java.util.List;
import java.util.Map;

/**
 * The requests of the group, group feed and reciprocity rows. A row that changes a group (leave, settings, policies,
 * invite, join, ownership) acts on a sandbox group of its own; one that changes a member or an item, on a fresh one.
 */
final class GroupRequests {

    private final World world;
    private final Http http;

    GroupRequests(World world, Http http) {
        this.world = world;
        this.http = http;
    }

    void addTo(Requests r) {
        groups(r);
        members(r);
        feed(r);
        reciprocity(r);
    }

    private String g() {
        return world.groupPath();
    }

    private void groups(Requests r) {
        r.put("GET /api/groups/rule-templates", each(a -> http.get("/api/groups/rule-templates", a)));
        r.put(
                "POST /api/groups",
                each(a -> http.post(
                        "/api/groups", a, Map.of("name", "新的互助群", "description", "一起助力", "rules", "先助力再求助；不发广告。"))));
        r.put("GET /api/groups/mine", each(a -> http.get("/api/groups/mine", a)));
        r.put(
                "GET /api/groups/preview",
                each(a -> http.get("/api/groups/preview?code=" + world.group.inviteCode(), a)));
        r.put("POST /api/groups/join", () -> {
            GroupFixtures.Group s = world.sandbox(false);
            return a -> http.post("/api/groups/join", a, Map.of("inviteCode", s.inviteCode(), "acceptRules", true));
        });
        r.put("GET /api/groups/{id}", each(a -> http.get(g(), a)));
        r.put("PUT /api/groups/{id}", () -> {
            GroupFixtures.Group s = world.sandbox(false);
            return a -> http.put("/api/groups/" + s.id(), a, Map.of("description", "互相助力，诚信第一"));
        });
        r.put("POST /api/groups/{id}/leave", () -> {
            GroupFixtures.Group s = world.sandbox(false);
            return a -> http.post("/api/groups/" + s.id() + "/leave", a, "");
        });
        r.put("POST /api/groups/{id}/invite/rotate", () -> {
            GroupFixtures.Group s = world.sandbox(false);
            return a -> http.post("/api/groups/" + s.id() + "/invite/rotate", a, "");
        });
        r.put("GET /api/groups/{id}/invite/qr.png", each(a -> http.get(g() + "/invite/qr.png", a)));
        for (String board : List.of("announcements", "tips")) {
            r.put("GET /api/groups/{id}/" + board, each(a -> http.get(g() + "/" + board, a)));
            r.put(
                    "POST /api/groups/{id}/" + board,
                    each(a -> http.post(g() + "/" + board, a, Map.of("title", "新规", "body", "助力后请在群里说一声"))));
            r.put(
                    "DELETE /api/groups/{id}/" + board + "/{itemId}",
                    fresh(() -> world.item(board), (id, a) -> http.delete(g() + "/" + board + "/" + id, a)));
        }
    }

    private void members(Requests r) {
        r.put("GET /api/groups/{id}/members", each(a -> http.get(g() + "/members", a)));
        r.put("GET /api/groups/{id}/join-requests", each(a -> http.get(g() + "/join-requests", a)));
        for (String decision : List.of("approve", "reject")) {
            r.put("POST /api/groups/{id}/join-requests/{userId}/" + decision, () -> {
                GroupFixtures.Group s = world.sandbox(true);
                Call.Fresh applicant = new Call.Fresh(() -> world.applicant(s));
                return a -> applicant.use(
                        id -> http.post("/api/groups/" + s.id() + "/join-requests/" + id + "/" + decision, a, ""));
            });
        }
        Map<String, Object> reason = Map.of("reason", "授权矩阵测试");
        for (String action : List.of("promote", "demote", "unmute", "unban")) {
            r.put(
                    "POST /api/groups/{id}/members/{userId}/" + action,
                    fresh(
                            () -> world.target(world.group),
                            (id, a) -> http.post(g() + "/members/" + id + "/" + action, a, "")));
        }
        for (String action : List.of("kick", "ban")) {
            r.put(
                    "POST /api/groups/{id}/members/{userId}/" + action,
                    fresh(
                            () -> world.target(world.group),
                            (id, a) -> http.post(g() + "/members/" + id + "/" + action, a, reason)));
        }
        r.put(
                "POST /api/groups/{id}/members/{userId}/mute",
                fresh(
                        () -> world.target(world.group),
                        (id, a) ->
                                http.post(g() + "/members/" + id + "/mute", a, Map.of("minutes", 5, "reason", "刷屏"))));
        r.put("POST /api/groups/{id}/members/{userId}/transfer-ownership", () -> {
            GroupFixtures.Group s = world.sandbox(false);
            Call.Fresh target = new Call.Fresh(() -> world.target(s));
            return a -> target.use(
                    id -> http.post("/api/groups/" + s.id() + "/members/" + id + "/transfer-ownership", a, ""));
        });
    }

    private void feed(Requests r) {
        r.put(
                "POST /api/groups/{id}/messages",
                each(a -> http.post(g() + "/messages", a, Map.of("kind", "TEXT", "text", "今天也一起加油，谢谢大家"))));
        r.put("GET /api/groups/{id}/messages", each(a -> http.get(g() + "/messages?after=0", a)));
        r.put("GET /api/groups/{id}/stream", each(a -> http.stream(g() + "/stream", a)));
    }

    /** The member posted the external-link request; one helper's report waits, another's is disputed. */
    private void reciprocity(Requests r) {
        r.put("GET /api/groups/{id}/help-queue", each(a -> http.get(g() + "/help-queue", a)));
        r.put("GET /api/groups/{id}/ledger", each(a -> http.get(g() + "/ledger", a)));
        r.put("GET /api/groups/{id}/ledger/me", each(a -> http.get(g() + "/ledger/me", a)));
        r.put("GET /api/groups/{id}/policies", each(a -> http.get(g() + "/policies", a)));
        r.put("PUT /api/groups/{id}/policies", () -> {
            GroupFixtures.Group s = world.sandbox(false);
            return a -> http.put(
                    "/api/groups/" + s.id() + "/policies", a, Map.of("helpBeforePost", 1, "maxPostsPerDay", 3));
        });
        String message = "/messages/{messageId}";
        r.put("POST /api/groups/{id}" + message + "/helped", each(a -> http.post(world.helpedPath(), a, "")));
        r.put("GET /api/groups/{id}" + message + "/helped", each(a -> http.get(world.helpedPath(), a)));
        r.put(
                "POST /api/groups/{id}" + message + "/confirmations",
                each(a -> http.post(
                        g() + "/messages/" + world.linkMessage + "/confirmations",
                        a,
                        Map.of("helperId", world.pendingHelper, "decision", "CONFIRM", "note", "收到了"))));
        r.put("GET /api/groups/{id}/disputes", each(a -> http.get(g() + "/disputes", a)));
        r.put(
                "POST /api/groups/{id}/disputes/{reportId}/resolve",
                each(a -> http.post(
                        g() + "/disputes/" + world.dispute + "/resolve",
                        a,
                        Map.of("decision", "REJECT", "note", "截图里没有这次助力"))));
    }
}
