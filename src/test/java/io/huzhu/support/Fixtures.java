package io.huzhu.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Published campaigns and started tasks for integration tests, through the public API. */
public final class Fixtures {

    private final Api api;
    private final MutableClock clock;

    public Fixtures(Api api, MutableClock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** A bargain from ¥100.00 to ¥0 in 3..5 assists (min cut 1 cent), stock 100, no helper limits. */
    public Map<String, Object> bargain() {
        return bargain(clock.instant());
    }

    /** The same terms, open for a year from a day before {@code now}. */
    public static Map<String, Object> bargain(Instant now) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("kind", "BARGAIN");
        terms.put("title", "砍价免费拿 测试");
        terms.put("description", "Integration test campaign");
        terms.put("organiser", "Huzhu Test Shop");
        terms.put("reward", "A test teapot");
        terms.put("startsAt", now.minus(Duration.ofDays(1)).toString());
        terms.put("endsAt", now.plus(Duration.ofDays(365)).toString());
        terms.put("taskLifetime", "PT24H");
        terms.put("startPriceCents", 10_000);
        terms.put("floorPriceCents", 0);
        terms.put("minAssists", 3);
        terms.put("maxAssists", 5);
        terms.put("minCutCents", 1);
        terms.put("stock", 100);
        terms.put("budgetCents", 10_000L * 100);
        terms.put("limits", new HashMap<>(Map.of("maxActiveTasksPerUser", 5, "maxSuccessesPerUser", 5)));
        return terms;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> limits(Map<String, Object> terms) {
        return (Map<String, Object>) terms.get("limits");
    }

    /** Creates and publishes a campaign as a fresh operator; returns its id. */
    public UUID publish(Map<String, Object> terms) {
        Api.Session operator = api.operator();
        Api.Response created = api.post("/api/campaigns", operator.token(), terms);
        if (created.status() != 201) {
            throw new IllegalStateException("create campaign failed: " + created);
        }
        String id = created.json().path("id").asString();
        Api.Response published = api.post("/api/campaigns/" + id + "/publish", operator.token(), "");
        if (published.status() != 200) {
            throw new IllegalStateException("publish failed: " + published);
        }
        return UUID.fromString(id);
    }

    public JsonNode start(Api.Session member, UUID campaign) {
        Api.Response response = api.post("/api/campaigns/" + campaign + "/tasks", member.token(), "");
        if (response.status() != 201) {
            throw new IllegalStateException("start failed: " + response);
        }
        return response.json();
    }

    public Api.Response assist(Api.Session helper, String taskId) {
        return api.post("/api/tasks/" + taskId + "/assists", helper.token(), "");
    }
}
