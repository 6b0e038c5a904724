package io.huzhu.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, finding 2: a campaign can no longer be broken for good by an absurd time or count. Every instant, amount
 * and count has a sane range, refused with a field error before anything is stored.
 */
@IntegrationTest
class CampaignRangesIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MutableClock clock;

    private JsonNode refused(Map<String, Object> terms, String field) {
        Api.Session operator = api.operator();
        for (String path : new String[] {"/api/campaigns/validate", "/api/campaigns"}) {
            Api.Response response = api.post(path, operator.token(), terms);
            assertThat(response.status()).as(path + " " + response).isEqualTo(400);
            assertThat(response.json().path("errors").findValuesAsString("field"))
                    .as(response.body())
                    .contains(field);
        }
        assertThat(api.get("/api/campaigns?mine=true", operator.token())
                        .json()
                        .path("items")
                        .size())
                .as("nothing was stored")
                .isZero();
        return api.post("/api/campaigns/validate", operator.token(), terms).json();
    }

    @Test
    void anEndInTheYearOneBillionIsRefused() {
        Map<String, Object> terms = Fixtures.bargain(clock.instant());
        terms.put("endsAt", "+1000000000-01-01T00:00:00Z");
        refused(terms, "endsAt");
    }

    @Test
    void aCampaignRunsAtMostAYearAndStartsWithinAYearOfNow() {
        Map<String, Object> longer = Fixtures.bargain(clock.instant());
        longer.put("endsAt", clock.instant().plus(Duration.ofDays(800)).toString());
        refused(longer, "endsAt");

        Map<String, Object> later = Fixtures.bargain(clock.instant());
        later.put("startsAt", clock.instant().plus(Duration.ofDays(400)).toString());
        later.put("endsAt", clock.instant().plus(Duration.ofDays(410)).toString());
        refused(later, "startsAt");

        Map<String, Object> ancient = Fixtures.bargain(clock.instant());
        ancient.put("startsAt", "1970-01-01T00:00:00Z");
        refused(ancient, "startsAt");
    }

    @Test
    void perMemberLimitsHaveACeiling() {
        Map<String, Object> terms = Fixtures.bargain(clock.instant());
        Fixtures.limits(terms).put("maxActiveTasksPerUser", 2_000_000_000);
        refused(terms, "limits.maxActiveTasksPerUser");
    }
}
