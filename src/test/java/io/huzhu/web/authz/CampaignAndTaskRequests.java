package io.huzhu.web.authz;

import static io.huzhu.web.authz.Call.each;
import static io.huzhu.web.authz.Call.fresh;

/** The requests of the campaign and task rows (the member owns the tasks; the operator the campaigns). */
final class CampaignAndTaskRequests {

    private final World world;
    private final Http http;

    CampaignAndTaskRequests(World world, Http http) {
        this.world = world;
        this.http = http;
    }

    void addTo(Requests r) {
        campaigns(r);
        tasks(r);
    }

    private void campaigns(Requests r) {
        r.put("GET /api/campaigns", each(a -> http.get("/api/campaigns", a)));
        r.put("POST /api/campaigns", each(a -> http.post("/api/campaigns", a, world.bargain())));
        r.put("POST /api/campaigns/validate", each(a -> http.post("/api/campaigns/validate", a, world.bargain())));
        r.put("GET /api/campaigns/{id}", each(a -> http.get("/api/campaigns/" + world.campaign, a)));
        r.put(
                "PUT /api/campaigns/{id}",
                fresh(world::draftCampaign, (id, a) -> http.put("/api/campaigns/" + id, a, world.bargain())));
        r.put(
                "POST /api/campaigns/{id}/publish",
                fresh(world::draftCampaign, (id, a) -> http.post("/api/campaigns/" + id + "/publish", a, "")));
        r.put(
                "POST /api/campaigns/{id}/end",
                fresh(
                        () -> world.publishedCampaign(world.bargain()),
                        (id, a) -> http.post("/api/campaigns/" + id + "/end", a, "")));
        r.put(
                "GET /api/campaigns/{id}/rules",
                each(a -> http.get("/api/campaigns/" + world.campaign + "/rules?lang=en", a)));
        r.put(
                "POST /api/campaigns/{campaignId}/tasks",
                each(a -> http.post("/api/campaigns/" + world.busyCampaign + "/tasks", a, "")));
    }

    private void tasks(Requests r) {
        String task = "/api/tasks/" + world.task;
        r.put("GET /api/tasks/{id}", each(a -> http.get(task, a)));
        r.put("GET /api/tasks/by-code/{code}", each(a -> http.get("/api/tasks/by-code/" + world.taskCode, a)));
        r.put("GET /api/tasks/{id}/qr.png", each(a -> http.get(task + "/qr.png", a)));
        r.put("GET /api/tasks/{id}/timeline", each(a -> http.get(task + "/timeline", a)));
        r.put("GET /api/tasks/{id}/timeline.csv", each(a -> http.get(task + "/timeline.csv", a)));
        r.put(
                "POST /api/tasks/{id}/assists",
                each(a -> http.post("/api/tasks/" + world.assistTask + "/assists", a, "")));
        r.put("POST /api/tasks/{id}/claim", each(a -> http.post(task + "/claim", a, "")));
        r.put("POST /api/tasks/{id}/settle", each(a -> http.post(task + "/settle", a, "")));
        r.put("GET /api/me/tasks", each(a -> http.get("/api/me/tasks", a)));
        r.put("GET /api/me/assists", each(a -> http.get("/api/me/assists", a)));
    }
}
