package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Limits, eligibility, stock, expiry and settlement, each as a member meets them through the API. */
@IntegrationTest
class TaskRulesIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    Expiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberCannotExceedTheActiveTaskLimit() {
        var terms = fixtures.bargain();
        Fixtures.limits(terms).put("maxActiveTasksPerUser", 1);
        UUID campaign = fixtures.publish(terms);
        Api.Session member = api.register("busy");
        fixtures.start(member, campaign);
        Api.Response second = api.post("/api/campaigns/" + campaign + "/tasks", member.token(), "");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("ACTIVE_TASK_LIMIT");
    }

    @Test
    void stockIsReservedAtStartSoASucceededTaskAlwaysHasItsReward() {
        var terms = fixtures.bargain();
        terms.put("stock", 2);
        UUID campaign = fixtures.publish(terms);
        fixtures.start(api.register("a"), campaign);
        fixtures.start(api.register("b"), campaign);
        Api.Response third = api.post(
                "/api/campaigns/" + campaign + "/tasks", api.register("c").token(), "");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.code()).isEqualTo("OUT_OF_STOCK");
        assertThat(api.get("/api/campaigns/" + campaign, null)
                        .json()
                        .path("stockAvailable")
                        .asInt())
                .isZero();
    }

    @Test
    void helperLimitsPerDayPerCampaignAndPerInitiatorApply() {
        var terms = fixtures.bargain();
        Fixtures.limits(terms).put("helperInitiatorLimit", 1);
        Fixtures.limits(terms).put("maxActiveTasksPerUser", 2);
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String first = fixtures.start(owner, campaign).path("id").asString();
        String second = fixtures.start(owner, campaign).path("id").asString();
        Api.Session helper = api.register("helper");
        assertThat(fixtures.assist(helper, first).status()).isEqualTo(201);
        Api.Response again = fixtures.assist(helper, second);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("HELPER_INITIATOR_LIMIT");

        var daily = fixtures.bargain();
        Fixtures.limits(daily).put("helperDailyLimit", 1);
        UUID dailyCampaign = fixtures.publish(daily);
        String other =
                fixtures.start(api.register("other"), dailyCampaign).path("id").asString();
        Api.Response overDaily = fixtures.assist(helper, other);
        assertThat(overDaily.status())
                .as("one assist already given today, on another campaign")
                .isEqualTo(409);
        assertThat(overDaily.code()).isEqualTo("HELPER_DAILY_LIMIT");
        assertThat(overDaily.json().path("detail").asString()).contains("limit is 1");
    }

    @Test
    void youngAccountsAreNotEligibleUntilTheyAreOldEnough() {
        var terms = fixtures.bargain();
        terms.put("minHelperAccountAge", "P1D");
        UUID campaign = fixtures.publish(terms);
        String id = fixtures.start(api.register("owner"), campaign).path("id").asString();
        Api.Session fresh = api.register("fresh");
        Api.Response refused = fixtures.assist(fresh, id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void anExpiredTaskTakesNoAssistAndTheSweeperReturnsItsStock() {
        var terms = fixtures.bargain();
        terms.put("taskLifetime", "PT1H");
        terms.put("stock", 1);
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String id = fixtures.start(owner, campaign).path("id").asString();
        assertThat(stockAvailable(campaign)).isZero();

        clock.advance(Duration.ofMinutes(61));
        Api.Response late = fixtures.assist(api.register("late"), id);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("TASK_EXPIRED");
        JsonNode view = api.get("/api/tasks/" + id, null).json();
        assertThat(view.path("status").asString()).isEqualTo("EXPIRED");
        assertThat(view.path("seed").asString())
                .as("the seed is revealed at the end")
                .hasSize(64);

        // The sweeper keeps no state of its own: whatever is overdue in the database is expired by the next pass,
        // including tasks that passed their deadline while no server was running.
        expiry.sweep();
        assertThat(jdbc.sql("select status from task where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("EXPIRED");
        assertThat(stockAvailable(campaign)).isEqualTo(1);
        assertThat(expiry.sweep()).as("a second pass changes nothing").isZero();
    }

    @Test
    void anExpiredBargainCanBeBoughtAtThePriceReachedOnce() {
        var terms = fixtures.bargain();
        terms.put("taskLifetime", "PT1H");
        terms.put("expiryOption", "BUY_AT_CURRENT_PRICE");
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String id = fixtures.start(owner, campaign).path("id").asString();
        long cut =
                fixtures.assist(api.register("helper"), id).json().path("cut").asLong();

        Api.Response tooEarly = api.post("/api/tasks/" + id + "/settle", owner.token(), "");
        assertThat(tooEarly.code()).isEqualTo("TASK_NOT_EXPIRED");
        clock.advance(Duration.ofMinutes(61));
        Api.Response settled = api.post("/api/tasks/" + id + "/settle", owner.token(), "");
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(settled.json().path("status").asString()).isEqualTo("SETTLED");
        assertThat(settled.json().path("settlementValueCents").asLong()).isEqualTo(cut);
        assertThat(settled.json().path("currentPriceCents").asLong()).isEqualTo(10_000 - cut);
        Api.Response twice = api.post("/api/tasks/" + id + "/settle", owner.token(), "");
        assertThat(twice.code()).isEqualTo("ALREADY_SETTLED");
    }

    @Test
    void settlementIsRefusedWhereTheCampaignOffersNone() {
        var terms = fixtures.bargain();
        terms.put("taskLifetime", "PT1H");
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String id = fixtures.start(owner, campaign).path("id").asString();
        fixtures.assist(api.register("helper"), id);
        clock.advance(Duration.ofMinutes(61));
        Api.Response refused = api.post("/api/tasks/" + id + "/settle", owner.token(), "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("SETTLEMENT_NOT_ALLOWED");
    }

    @Test
    void anAssistCountTaskCountsAssistsNotCents() {
        var terms = fixtures.bargain();
        terms.put("kind", "ASSIST_COUNT");
        terms.remove("startPriceCents");
        terms.remove("floorPriceCents");
        terms.put("itemValueCents", 2_990);
        terms.put("minAssists", 2);
        terms.put("maxAssists", 2);
        terms.remove("minCutCents");
        UUID campaign = fixtures.publish(terms);
        String id = fixtures.start(api.register("owner"), campaign).path("id").asString();
        Api.Response first = fixtures.assist(api.register("h1"), id);
        assertThat(first.json().path("cut").asLong()).isEqualTo(1);
        assertThat(first.json().path("remaining").asLong()).isEqualTo(1);
        fixtures.assist(api.register("h2"), id);
        JsonNode done = api.get("/api/tasks/" + id, null).json();
        assertThat(done.path("unit").asString()).isEqualTo("ASSISTS");
        assertThat(done.path("status").asString()).isEqualTo("SUCCEEDED");
    }

    private int stockAvailable(UUID campaign) {
        return api.get("/api/campaigns/" + campaign, null)
                .json()
                .path("stockAvailable")
                .asInt();
    }
}
