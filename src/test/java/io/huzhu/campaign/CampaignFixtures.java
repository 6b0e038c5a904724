package io.huzhu.campaign;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Valid campaign requests of each kind, as the JSON maps an operator would send. */
final class CampaignFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private CampaignFixtures() {}

    static Map<String, Object> bargain() {
        Map<String, Object> request = common("BARGAIN", "砍价免费拿：保温杯");
        request.put("startPriceCents", 9900);
        request.put("floorPriceCents", 0);
        request.put("maxAssists", 50);
        request.put("budgetCents", 990_000);
        return request;
    }

    static Map<String, Object> cashTarget() {
        Map<String, Object> request = common("CASH_TARGET", "助力提现 ¥20");
        request.put("targetCents", 2000);
        request.put("maxAssists", 30);
        request.put("budgetCents", 200_000);
        return request;
    }

    static Map<String, Object> assistCount() {
        Map<String, Object> request = common("ASSIST_COUNT", "集 5 次助力免费领咖啡");
        request.put("itemValueCents", 1800);
        request.put("maxAssists", 5);
        request.put("budgetCents", 180_000);
        return request;
    }

    private static Map<String, Object> common(String kind, String title) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", kind);
        request.put("title", title);
        request.put("organiser", "互助小店");
        request.put("reward", "不锈钢保温杯一只");
        request.put("startsAt", "2030-01-01T02:00:00Z");
        request.put("endsAt", "2030-01-31T16:00:00Z");
        request.put("stock", 100);
        return request;
    }

    static CampaignRequest request(Map<String, Object> json) {
        return JSON.readValue(JSON.writeValueAsString(json), CampaignRequest.class);
    }

    static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> request, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.remove(field);
        return copy;
    }
}
