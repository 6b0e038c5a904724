package io.huzhu.guardrails;

import static io.huzhu.guardrails.GuardrailFixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.Concurrently;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The monthly spending limit, cooling-off for big purchases, and the monthly summary. */
@IntegrationTest
class SpendingIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    GuardrailFixtures guardrails;

    @BeforeEach
    void setUp() {
        guardrails = new GuardrailFixtures(api, fixtures);
    }

    @Test
    void theSpendingLimitRefusesOnlyWhatWouldGoAboveIt() {
        UUID priced = guardrails.pricedCampaign(10_000, 5_000);
        UUID free = guardrails.pricedCampaign(10_000, 0);
        Api.Session member = api.register("thrifty");
        String first = guardrails.succeeded(member, priced);
        String second = guardrails.succeeded(member, priced);
        String gift = guardrails.succeeded(member, free);
        assertThat(guardrails.limits(member, Map.of("monthlySpendCents", 8_000)).status())
                .isEqualTo(200);

        assertThat(guardrails.claim(member, first, null).status()).isEqualTo(200);
        Api.Response refused = guardrails.claim(member, second, null);
        explained(refused, "SPENDING_LIMIT");
        JsonNode problem = refused.json();
        assertThat(problem.path("limitCents").asLong()).isEqualTo(8_000);
        assertThat(problem.path("monthSpentCents").asLong()).isEqualTo(5_000);
        assertThat(problem.path("priceCents").asLong()).isEqualTo(5_000);
        Instant resets = Instant.parse(problem.path("resetsAt").asString());
        var local = resets.atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(local.getDayOfMonth()).isEqualTo(1);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(problem.path("reasonZh").asString()).contains("¥80.00").contains("¥50.00");
        assertThat(problem.path("reasonEn").asString()).contains("¥80.00");
        assertThat(api.get("/api/tasks/" + second, null).json().path("status").asString())
                .as("nothing was claimed")
                .isEqualTo("SUCCEEDED");
        assertThat(guardrails.claim(member, gift, null).status())
                .as("a free reward costs nothing and is not checked")
                .isEqualTo(200);
    }

    @Test
    void concurrentClaimsCannotTogetherPassTheSpendingLimit() throws Exception {
        UUID priced = guardrails.pricedCampaign(10_000, 5_000);
        Api.Session member = api.register("racer");
        List<String> tasks = List.of(
                guardrails.succeeded(member, priced),
                guardrails.succeeded(member, priced),
                guardrails.succeeded(member, priced),
                guardrails.succeeded(member, priced));
        assertThat(guardrails
                        .limits(member, Map.of("monthlySpendCents", 12_000))
                        .status())
                .isEqualTo(200);
        List<Callable<Api.Response>> claims = tasks.stream()
                .map(t -> (Callable<Api.Response>) () -> guardrails.claim(member, t, null))
                .toList();
        List<Api.Response> results = Concurrently.run(tasks.size(), claims);
        assertThat(results.stream().filter(r -> r.status() == 200)).hasSize(2);
        assertThat(results.stream().filter(r -> "SPENDING_LIMIT".equals(r.code())))
                .hasSize(2);
        assertThat(api.get("/api/me/guardrails", member.token())
                        .json()
                        .path("usage")
                        .path("monthSpentCents")
                        .asLong())
                .isEqualTo(10_000);
    }

    @Test
    void aBigPurchaseWaitsThirtyMinutesForASecondConfirmationShowingWhatItCosts() {
        UUID big = guardrails.pricedCampaign(50_000, 40_000);
        UUID atThreshold = guardrails.pricedCampaign(40_000, 30_000);
        Api.Session member = api.register("patient");
        String task = guardrails.succeeded(member, big);
        String edge = guardrails.succeeded(member, atThreshold);

        Instant asked = clock.instant();
        Api.Response held = guardrails.claim(member, task, null);
        explained(held, "COOLING_OFF");
        JsonNode hold = held.json();
        String confirmation = hold.path("confirmation").asString();
        assertThat(hold.path("item").asString()).isEqualTo("A test teapot");
        assertThat(hold.path("priceCents").asLong()).isEqualTo(40_000);
        assertThat(hold.path("savedCents").asLong()).isEqualTo(10_000);
        assertThat(hold.path("monthSpentCents").asLong()).isZero();
        assertThat(hold.path("limitCents").asLong()).isEqualTo(200_000);
        assertThat(hold.path("thresholdCents").asLong()).isEqualTo(30_000);
        assertThat(Instant.parse(hold.path("confirmableAt").asString()))
                .isBetween(
                        asked.plus(Duration.ofMinutes(30)),
                        asked.plus(Duration.ofMinutes(30).plusSeconds(5)));

        Api.Response early = guardrails.claim(member, task, confirmation);
        explained(early, "COOLING_OFF");
        assertThat(early.json().path("confirmation").asString())
                .as("asking again does not restart the wait")
                .isEqualTo(confirmation);
        clock.advance(Duration.ofMinutes(29));
        explained(guardrails.claim(member, task, confirmation), "COOLING_OFF");
        clock.advance(Duration.ofMinutes(2));
        explained(guardrails.claim(member, task, null), "COOLING_OFF");
        explained(guardrails.claim(member, task, UUID.randomUUID().toString()), "COOLING_OFF");
        Api.Response confirmed = guardrails.claim(member, task, confirmation);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("CLAIMED");

        assertThat(guardrails.claim(member, edge, null).status())
                .as("a price equal to the threshold is not above it")
                .isEqualTo(200);
        assertThat(guardrails
                        .limits(member, Map.of("coolingOffThresholdCents", 1_000))
                        .status())
                .isEqualTo(200);
        String small = guardrails.succeeded(member, guardrails.pricedCampaign(10_000, 5_000));
        explained(guardrails.claim(member, small, null), "COOLING_OFF");
    }

    @Test
    void buyingAnExpiredBargainAtItsCurrentPriceIsAPurchase() {
        var terms = fixtures.bargain();
        terms.put("startPriceCents", 60_000);
        terms.put("budgetCents", 60_000L * 100);
        terms.put("taskLifetime", "PT1H");
        terms.put("expiryOption", "BUY_AT_CURRENT_PRICE");
        UUID campaign = fixtures.publish(terms);
        Api.Session member = api.register("buyer");
        // The cut is drawn from the schedule: with a threshold of zero every price it leaves is above it.
        assertThat(guardrails
                        .limits(member, Map.of("coolingOffThresholdCents", 0))
                        .status())
                .isEqualTo(200);
        String task = fixtures.start(member, campaign).path("id").asString();
        long cut =
                fixtures.assist(api.register("helper"), task).json().path("cut").asLong();
        clock.advance(Duration.ofMinutes(61));

        Api.Response held = api.post("/api/tasks/" + task + "/settle", member.token(), "");
        explained(held, "COOLING_OFF");
        assertThat(held.json().path("priceCents").asLong()).isEqualTo(60_000 - cut);
        assertThat(held.json().path("savedCents").asLong()).isEqualTo(cut);
        clock.advance(Duration.ofMinutes(31));
        Api.Response settled = api.post(
                "/api/tasks/" + task + "/settle",
                member.token(),
                Map.of("confirmation", held.json().path("confirmation").asString()));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(api.get("/api/me/guardrails", member.token())
                        .json()
                        .path("usage")
                        .path("monthSpentCents")
                        .asLong())
                .isEqualTo(60_000 - cut);
    }

    @Test
    void aCouponCostsNothingAndPassesEvenTheStrictestLimits() {
        var terms = fixtures.bargain();
        terms.put("taskLifetime", "PT1H");
        terms.put("expiryOption", "COUPON");
        UUID campaign = fixtures.publish(terms);
        Api.Session member = api.register("coupon");
        assertThat(guardrails
                        .limits(member, Map.of("coolingOffThresholdCents", 0, "monthlySpendCents", 0))
                        .status())
                .isEqualTo(200);
        String task = fixtures.start(member, campaign).path("id").asString();
        assertThat(fixtures.assist(api.register("helper"), task).status()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(61));
        Api.Response settled = api.post("/api/tasks/" + task + "/settle", member.token(), "");
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(settled.json().path("settlement").asString()).isEqualTo("COUPON");
    }

    @Test
    void theMonthlySummaryCountsTasksAssistsSavingsAndSpendingInPlainNumbers() {
        UUID priced = guardrails.pricedCampaign(10_000, 2_000);
        Api.Session member = api.register("summary");
        String done = guardrails.succeeded(member, priced);
        fixtures.start(member, priced);
        String others =
                fixtures.start(api.register("friend"), priced).path("id").asString();
        assertThat(fixtures.assist(member, others).status()).isEqualTo(201);
        assertThat(guardrails.claim(member, done, null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode s = api.get("/api/me/guardrails/summary", member.token()).json();
            assertThat(s.path("tasksStarted").asLong()).isEqualTo(2);
            assertThat(s.path("tasksFinished").asLong()).isEqualTo(1);
            assertThat(s.path("assistsGiven").asLong()).isEqualTo(1);
            assertThat(s.path("assistsReceived").asLong()).isEqualTo(1);
            assertThat(s.path("savedCents").asLong()).isEqualTo(8_000);
            assertThat(s.path("spentCents").asLong()).isEqualTo(2_000);
            assertThat(s.path("monthlySpendLimitCents").asLong()).isEqualTo(200_000);
        });
        JsonNode summary = api.get("/api/me/guardrails/summary", member.token()).json();
        Api.Response csv = api.get(
                "/api/me/guardrails/summary.csv?month=" + summary.path("month").asString(), member.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("month,measure,value,limit\n")
                .contains(summary.path("month").asString() + ",money_spent_cents,2000,200000\n")
                .contains(",assists_given,1,");
        assertThat(csv.body().toLowerCase()).doesNotContain("streak").doesNotContain("rank");
        assertThat(api.get("/api/me/guardrails/summary?month=2026-13", member.token())
                        .status())
                .isEqualTo(400);
        JsonNode empty = api.get("/api/me/guardrails/summary?month=2020-01", member.token())
                .json();
        assertThat(empty.path("tasksStarted").asLong()).isZero();
    }
}
