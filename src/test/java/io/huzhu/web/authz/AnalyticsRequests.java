package io.huzhu.web.authz;

import static io.huzhu.web.authz.Call.each;

/** The requests of the analytics rows (issue 16): one chart each of the platform, a campaign and the group. */
final class AnalyticsRequests {

    private final World world;
    private final Http http;

    AnalyticsRequests(World world, Http http) {
        this.world = world;
        this.http = http;
    }

    void addTo(Requests r) {
        r.put("GET /api/analytics/platform/{chart}", each(a -> http.get("/api/analytics/platform/active", a)));
        r.put(
                "GET /api/analytics/campaigns/{id}/{chart}",
                each(a -> http.get("/api/analytics/campaigns/" + world.campaign + "/funnel", a)));
        r.put(
                "GET /api/analytics/groups/{id}/{chart}",
                each(a -> http.get("/api/analytics/groups/" + world.group.id() + "/activity", a)));
    }
}
