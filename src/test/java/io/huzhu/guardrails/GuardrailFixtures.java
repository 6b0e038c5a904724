package io.huzhu.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Campaigns at a price, succeeded tasks and limits for the guardrails' integration tests. */
final class GuardrailFixtures {

    private final Api api;
    private final Fixtures fixtures;

    GuardrailFixtures(Api api, Fixtures fixtures) {
        this.api = api;
        this.fixtures = fixtures;
    }

    /** A bargain from {@code startCents} down to {@code floorCents} in one assist, with a long task lifetime. */
    UUID pricedCampaign(long startCents, long floorCents) {
        var terms = fixtures.bargain();
        terms.put("startPriceCents", startCents);
        terms.put("floorPriceCents", floorCents);
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        terms.put("taskLifetime", "P30D");
        terms.put("budgetCents", (startCents - floorCents) * 100);
        Fixtures.limits(terms).put("maxActiveTasksPerUser", 50);
        Fixtures.limits(terms).put("maxSuccessesPerUser", 50);
        return fixtures.publish(terms);
    }

    /** Starts a task of the campaign for the member and has a fresh helper finish it; returns the task id. */
    String succeeded(Api.Session member, UUID campaign) {
        String task = fixtures.start(member, campaign).path("id").asString();
        Api.Response assist = fixtures.assist(api.register("helper"), task);
        assertThat(assist.status()).as(assist.toString()).isEqualTo(201);
        assertThat(api.get("/api/tasks/" + task, null).json().path("status").asString())
                .isEqualTo("SUCCEEDED");
        return task;
    }

    Api.Response limits(Api.Session member, Map<String, Object> limits) {
        return api.put("/api/me/guardrails/limits", member.token(), limits);
    }

    JsonNode limit(Api.Session member, String kind) {
        return kind(api.get("/api/me/guardrails", member.token()).json(), kind);
    }

    /** The limit of a kind in a settings view. */
    static JsonNode kind(JsonNode view, String kind) {
        for (JsonNode limit : view.path("limits")) {
            if (limit.path("kind").asString().equals(kind)) {
                return limit;
            }
        }
        throw new AssertionError("no limit " + kind);
    }

    Api.Response claim(Api.Session member, String task, String confirmation) {
        return api.post(
                "/api/tasks/" + task + "/claim",
                member.token(),
                confirmation == null ? "" : Map.of("confirmation", confirmation));
    }

    /** A refusal names the limit in both languages. */
    static void explained(Api.Response refused, String code) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.json().path("reasonZh").asString()).isNotBlank();
        assertThat(refused.json().path("reasonEn").asString()).isNotBlank();
        assertThat(refused.json().path("detail").asString())
                .isEqualTo(refused.json().path("reasonEn").asString());
    }
}
