package io.huzhu.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.shared.CampaignId;
import io.huzhu.support.Api;
import io.huzhu.support.Concurrently;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CampaignsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Campaigns campaigns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MutableClock clock;

    /** A bargain from ¥99.00 to ¥0.00 whose window is open now. */
    private Map<String, Object> bargain() {
        Map<String, Object> request = CampaignFixtures.bargain();
        request.put("startsAt", clock.instant().minus(Duration.ofMinutes(5)).toString());
        request.put("endsAt", clock.instant().plus(Duration.ofDays(10)).toString());
        return request;
    }

    private String create(Api.Session operator, Map<String, Object> request) {
        Api.Response created = api.post("/api/campaigns", operator.token(), request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String published(Api.Session operator, Map<String, Object> request) {
        String id = create(operator, request);
        Api.Response published = api.post("/api/campaigns/" + id + "/publish", operator.token(), "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private Api.Response getWithLanguage(String path, String acceptLanguage) {
        return api.send(
                HttpRequest.newBuilder(URI.create(api.base() + path))
                        .header("Accept-Language", acceptLanguage)
                        .GET(),
                null);
    }

    private int stockAvailable(String id) {
        return jdbc.sql("select stock_available from campaign where id = :id")
                .param("id", UUID.fromString(id))
                .query(Integer.class)
                .single();
    }

    private long budgetAvailable(String id) {
        return jdbc.sql("select budget_available from campaign where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    private boolean reserveInTransaction(CampaignId id, long valueCents) {
        return Boolean.TRUE.equals(
                new TransactionTemplate(transactions).execute(s -> campaigns.reserve(id, valueCents)));
    }

    private static CampaignId campaignId(String id) {
        return CampaignId.of(UUID.fromString(id));
    }

    @Test
    void anOperatorValidatesCreatesAndPublishes() {
        Api.Session operator = api.operator();
        Api.Response dryRun = api.post("/api/campaigns/validate", operator.token(), bargain());
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().path("valid").asBoolean()).isTrue();
        assertThat(dryRun.json().path("rules").path("lang").asString()).isEqualTo("zh-CN");
        assertThat(dryRun.json().path("rules").path("text").asString()).contains("¥99.00");

        Api.Response created = api.post("/api/campaigns", operator.token(), bargain());
        assertThat(created.status()).isEqualTo(201);
        JsonNode draft = created.json();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("version").asInt()).isZero();
        assertThat(draft.has("termsHash")).isFalse();
        assertThat(draft.path("terms").path("startPriceCents").asLong()).isEqualTo(9900);
        assertThat(draft.path("terms").path("taskLifetime").asString()).isEqualTo("PT24H");
        assertThat(draft.path("operatorId").asString()).isEqualTo(operator.id().toString());
        String id = draft.path("id").asString();

        Api.Response published = api.post("/api/campaigns/" + id + "/publish", operator.token(), "");
        assertThat(published.status()).isEqualTo(200);
        JsonNode view = published.json();
        assertThat(view.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(view.path("version").asInt()).isEqualTo(1);
        assertThat(view.path("stockAvailable").asInt()).isEqualTo(100);
        assertThat(view.path("budgetAvailable").asLong()).isEqualTo(990_000);
        assertThat(view.path("stockClaimed").asInt()).isZero();
        assertThat(view.path("runningNow").asBoolean()).isTrue();
        assertThat(view.path("ended").asBoolean()).isFalse();

        Map<String, Object> row = jdbc.sql("select terms, terms_hash from campaign_rules where campaign_id = :id")
                .param("id", UUID.fromString(id))
                .query()
                .singleRow();
        assertThat(row.get("terms_hash")).isEqualTo(TermsJson.sha256((String) row.get("terms")));
        assertThat(view.path("termsHash").asString()).isEqualTo(row.get("terms_hash"));

        Api.Response again = api.post("/api/campaigns/" + id + "/publish", operator.token(), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CAMPAIGN_NOT_DRAFT");

        Api.Response anonymous = api.get("/api/campaigns/" + id, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("termsHash").asString()).isEqualTo(row.get("terms_hash"));

        RulesVersion current = campaigns.currentRules(campaignId(id)).orElseThrow();
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.status()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(current.operatorId().value()).isEqualTo(operator.id());
        assertThat(current.terms().amountToCut()).isEqualTo(9900);
        assertThat(current.termsHash()).isEqualTo(row.get("terms_hash"));
    }

    @Test
    void aMemberCannotCreateOrValidate() {
        Api.Session member = api.register("member");
        Api.Response created = api.post("/api/campaigns", member.token(), bargain());
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("/api/campaigns/validate", member.token(), bargain())
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/campaigns", null, bargain()).code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void invalidTermsComeBackAsOneProblemWithEveryFieldError() {
        Api.Session operator = api.operator();
        Map<String, Object> request = bargain();
        request.put("floorPriceCents", 9900);
        request.put("title", "");
        request.put("targetCents", 100);
        Api.Response response = api.post("/api/campaigns", operator.token(), request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        List<String> errors = new ArrayList<>();
        response.json()
                .path("errors")
                .forEach(e -> errors.add(
                        e.path("field").asString() + ":" + e.path("reason").asString()));
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "floorPriceCents:FLOOR_NOT_BELOW_START", "title:REQUIRED", "targetCents:NOT_ALLOWED_FOR_KIND");

        Api.Response dryRun = api.post("/api/campaigns/validate", operator.token(), request);
        assertThat(dryRun.status()).isEqualTo(400);
        assertThat(dryRun.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void fractionalOrQuotedMoneyIsAMalformedRequest() {
        Api.Session operator = api.operator();
        Map<String, Object> fractional = bargain();
        fractional.put("startPriceCents", 99.5);
        assertThat(api.post("/api/campaigns", operator.token(), fractional).code())
                .isEqualTo("MALFORMED_REQUEST");
        Map<String, Object> quoted = bargain();
        quoted.put("budgetCents", "990000");
        Api.Response response = api.post("/api/campaigns", operator.token(), quoted);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void malformedJsonIsAProblem() {
        Api.Response response = api.post("/api/campaigns", api.operator().token(), "{\"kind\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void publishedTermsAreFrozenAndAChangeIsTheNextVersion() {
        Api.Session operator = api.operator();
        String id = published(operator, bargain());
        Api.Response before = api.get("/api/campaigns/" + id + "/rules?version=1", null);
        assertThat(before.status()).isEqualTo(200);
        String v1Hash = before.json().path("termsHash").asString();
        String v1Terms = jdbc.sql("select terms from campaign_rules where campaign_id = :id and version = 1")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();

        Map<String, Object> changed = bargain();
        changed.put("title", "砍价免费拿：保温杯（加量）");
        changed.put("stock", 110);
        changed.put("budgetCents", 1_089_000);
        Api.Response updated = api.put("/api/campaigns/" + id, operator.token(), changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("version").asInt()).isEqualTo(2);
        assertThat(updated.json().path("terms").path("title").asString()).isEqualTo("砍价免费拿：保温杯（加量）");
        assertThat(updated.json().path("stockAvailable").asInt()).isEqualTo(110);
        assertThat(updated.json().path("budgetAvailable").asLong()).isEqualTo(1_089_000);
        String v2Hash = updated.json().path("termsHash").asString();
        assertThat(v2Hash).isNotEqualTo(v1Hash);

        Api.Response after = api.get("/api/campaigns/" + id + "/rules?version=1", null);
        assertThat(after.json().path("termsHash").asString()).isEqualTo(v1Hash);
        assertThat(after.json().path("text").asString())
                .isEqualTo(before.json().path("text").asString());
        assertThat(after.json().path("title").asString()).doesNotContain("加量");
        assertThat(jdbc.sql("select terms from campaign_rules where campaign_id = :id and version = 1")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo(v1Terms);
        Api.Response current = api.get("/api/campaigns/" + id + "/rules", null);
        assertThat(current.json().path("version").asInt()).isEqualTo(2);
        assertThat(current.json().path("termsHash").asString()).isEqualTo(v2Hash);

        assertThat(campaigns.rules(campaignId(id), 1).orElseThrow().terms().title())
                .isEqualTo("砍价免费拿：保温杯");
        assertThat(campaigns.currentRules(campaignId(id)).orElseThrow().version())
                .isEqualTo(2);
        assertThat(campaigns.rules(campaignId(id), 3)).isEmpty();
    }

    @Test
    void aChangeAdjustsStockAndBudgetButNeverBelowWhatTasksHold() {
        Api.Session operator = api.operator();
        Map<String, Object> request = bargain();
        request.put("stock", 5);
        request.put("budgetCents", 5 * 9900);
        String id = published(operator, request);
        for (int i = 0; i < 3; i++) {
            assertThat(reserveInTransaction(campaignId(id), 9900)).isTrue();
        }
        assertThat(stockAvailable(id)).isEqualTo(2);

        Map<String, Object> tooLow = bargain();
        tooLow.put("stock", 2);
        tooLow.put("budgetCents", 9900);
        Api.Response refused = api.put("/api/campaigns/" + id, operator.token(), tooLow);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").toString())
                .contains("\"field\":\"stock\"")
                .contains("\"field\":\"budgetCents\"")
                .contains("BELOW_RESERVED");
        assertThat(stockAvailable(id)).isEqualTo(2);

        Map<String, Object> lowest = bargain();
        lowest.put("stock", 3);
        lowest.put("budgetCents", 3 * 9900);
        Api.Response accepted = api.put("/api/campaigns/" + id, operator.token(), lowest);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(stockAvailable(id)).isZero();
        assertThat(budgetAvailable(id)).isZero();
        assertThat(reserveInTransaction(campaignId(id), 9900)).isFalse();

        Api.Response sameAgain = api.put("/api/campaigns/" + id, operator.token(), lowest);
        assertThat(sameAgain.json().path("version").asInt()).isEqualTo(2);

        Map<String, Object> otherKind = CampaignFixtures.cashTarget();
        otherKind.put("startsAt", lowest.get("startsAt"));
        otherKind.put("endsAt", lowest.get("endsAt"));
        Api.Response kindChange = api.put("/api/campaigns/" + id, operator.token(), otherKind);
        assertThat(kindChange.status()).isEqualTo(400);
        assertThat(kindChange.json().path("errors").toString()).contains("KIND_CHANGED");
    }

    @Test
    void aDraftCanBeReplacedAndIsInvisibleToOthers() {
        Api.Session owner = api.operator();
        Api.Session otherOperator = api.operator();
        Api.Session member = api.register("nosy");
        String id = create(owner, bargain());

        Map<String, Object> replaced = CampaignFixtures.cashTarget();
        replaced.put("startsAt", bargain().get("startsAt"));
        replaced.put("endsAt", bargain().get("endsAt"));
        Api.Response put = api.put("/api/campaigns/" + id, owner.token(), replaced);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("kind").asString()).isEqualTo("CASH_TARGET");
        assertThat(put.json().path("version").asInt()).isZero();

        for (String token : new String[] {null, member.token(), otherOperator.token()}) {
            Api.Response hidden = api.get("/api/campaigns/" + id, token);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.code()).isEqualTo("CAMPAIGN_NOT_FOUND");
            assertThat(api.get("/api/campaigns/" + id + "/rules", token).status())
                    .isEqualTo(404);
        }
        assertThat(api.put("/api/campaigns/" + id, otherOperator.token(), replaced)
                        .code())
                .isEqualTo("CAMPAIGN_NOT_FOUND");
        assertThat(api.post("/api/campaigns/" + id + "/publish", otherOperator.token(), "")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/campaigns/" + id, owner.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/campaigns/" + id, api.admin().token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/campaigns/" + id + "/rules", owner.token()).code())
                .isEqualTo("CAMPAIGN_NOT_PUBLISHED");
        assertThat(campaigns.currentRules(campaignId(id))).isEmpty();

        assertThat(api.get("/api/campaigns?limit=100", null).body()).doesNotContain(id);
        assertThat(api.get("/api/campaigns?mine=true", owner.token()).body()).contains(id);
        assertThat(api.get("/api/campaigns?mine=true", otherOperator.token()).body())
                .doesNotContain(id);
        assertThat(api.get("/api/campaigns?mine=true", null).code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void onlyItsOperatorOrAnAdminChangesAPublishedCampaign() {
        Api.Session owner = api.operator();
        String id = published(owner, bargain());
        Api.Response denied = api.put("/api/campaigns/" + id, api.operator().token(), bargain());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("/api/campaigns/" + id + "/end", api.admin().token(), "")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAdminPublishesAnOperatorsDraft() {
        String id = create(api.operator(), bargain());
        Api.Response published =
                api.post("/api/campaigns/" + id + "/publish", api.admin().token(), "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void theRulesPageComesInBothLanguages() {
        String id = published(api.operator(), bargain());
        Api.Response chinese = api.get("/api/campaigns/" + id + "/rules", null);
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.header("Content-Language")).isEqualTo("zh-CN");
        JsonNode zh = chinese.json();
        assertThat(zh.path("lang").asString()).isEqualTo("zh-CN");
        assertThat(zh.path("campaignId").asString()).isEqualTo(id);
        assertThat(zh.path("version").asInt()).isEqualTo(1);
        assertThat(zh.path("publishedAt").asString()).endsWith("Z");
        assertThat(zh.path("sections").size()).isEqualTo(7);
        assertThat(zh.path("sections").get(0).path("heading").asString()).isEqualTo("一、活动概况");
        assertThat(zh.path("text").asString())
                .contains("从¥99.00砍到¥0.00")
                .contains("共100份")
                .contains("北京时间");
        assertThat(TermsJson.sha256(zh.path("canonicalTerms").asString()))
                .isEqualTo(zh.path("termsHash").asString());

        Api.Response english = api.get("/api/campaigns/" + id + "/rules?lang=en", null);
        assertThat(english.json().path("lang").asString()).isEqualTo("en");
        assertThat(english.json().path("text").asString()).contains("from CNY 99.00 to CNY 0.00");
        assertThat(english.json().path("termsHash").asString())
                .isEqualTo(zh.path("termsHash").asString());

        Api.Response negotiated = getWithLanguage("/api/campaigns/" + id + "/rules", "en-US,en;q=0.9");
        assertThat(negotiated.json().path("lang").asString()).isEqualTo("en");
        assertThat(negotiated.header("Content-Language")).isEqualTo("en");
        Api.Response explicit = getWithLanguage("/api/campaigns/" + id + "/rules?lang=zh-CN", "en");
        assertThat(explicit.json().path("lang").asString()).isEqualTo("zh-CN");

        Api.Response unsupported = api.get("/api/campaigns/" + id + "/rules?lang=fr", null);
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.json().path("errors").toString()).contains("lang");
        Api.Response noSuchVersion = api.get("/api/campaigns/" + id + "/rules?version=9", null);
        assertThat(noSuchVersion.status()).isEqualTo(404);
        assertThat(noSuchVersion.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void concurrentReservationsNeverOversell() throws Exception {
        Map<String, Object> request = bargain();
        request.put("stock", 7);
        // Enough budget for every thread, so that only the stock condition stands between them and overselling.
        request.put("budgetCents", 40 * 9900);
        CampaignId id = campaignId(published(api.operator(), request));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<Boolean> results = Concurrently.run(
                40,
                java.util.Collections.nCopies(
                        40, () -> Boolean.TRUE.equals(tx.execute(s -> campaigns.reserve(id, 9900)))));
        assertThat(results.stream().filter(won -> won)).hasSize(7);
        assertThat(stockAvailable(id.toString())).isZero();
        assertThat(budgetAvailable(id.toString())).isEqualTo(33 * 9900);
    }

    @Test
    void theBudgetLimitsReservationsToo() {
        Map<String, Object> request = bargain();
        request.put("stock", 10);
        request.put("budgetCents", 3 * 9900 + 9899);
        CampaignId id = campaignId(published(api.operator(), request));
        int won = 0;
        for (int i = 0; i < 5; i++) {
            won += reserveInTransaction(id, 9900) ? 1 : 0;
        }
        assertThat(won).isEqualTo(3);
        assertThat(stockAvailable(id.toString())).isEqualTo(7);
        assertThat(budgetAvailable(id.toString())).isEqualTo(9899);
    }

    @Test
    void releaseAndClaimMoveTheCounters() {
        CampaignId id = campaignId(published(api.operator(), bargain()));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> campaigns.reserve(id, 9900));
        tx.executeWithoutResult(s -> campaigns.reserve(id, 9900));
        tx.executeWithoutResult(s -> campaigns.release(id, 1, 9900));
        tx.executeWithoutResult(s -> campaigns.release(id, 0, 4000));
        tx.executeWithoutResult(s -> campaigns.recordClaim(id));
        JsonNode view = api.get("/api/campaigns/" + id, null).json();
        assertThat(view.path("stockAvailable").asInt()).isEqualTo(99);
        assertThat(view.path("budgetAvailable").asLong()).isEqualTo(990_000 - 2 * 9900 + 9900 + 4000);
        assertThat(view.path("stockClaimed").asInt()).isEqualTo(1);
        assertThat(campaigns.dayZone().getId()).isEqualTo("Asia/Shanghai");
        CampaignId unknown = CampaignId.next();
        assertThatThrownBy(() -> campaigns.release(unknown, 1, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> campaigns.reserve(id, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(campaigns.reserve(unknown, 1)).isFalse();
    }

    @Test
    void endingStopsNewTasksButKeepsTheCampaignVisible() {
        Api.Session operator = api.operator();
        String id = published(operator, bargain());
        Api.Response ended = api.post("/api/campaigns/" + id + "/end", operator.token(), "");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("status").asString()).isEqualTo("ENDED");
        assertThat(ended.json().path("ended").asBoolean()).isTrue();
        assertThat(ended.json().path("runningNow").asBoolean()).isFalse();
        assertThat(ended.json().path("endedAt").asString()).endsWith("Z");
        assertThat(api.post("/api/campaigns/" + id + "/end", operator.token(), "")
                        .code())
                .isEqualTo("CAMPAIGN_ENDED");
        assertThat(api.put("/api/campaigns/" + id, operator.token(), bargain()).code())
                .isEqualTo("CAMPAIGN_ENDED");
        assertThat(api.get("/api/campaigns/" + id, null).json().path("status").asString())
                .isEqualTo("ENDED");
        assertThat(campaigns.currentRules(campaignId(id)).orElseThrow().status())
                .isEqualTo(CampaignStatus.ENDED);
        String draft = create(operator, bargain());
        assertThat(api.post("/api/campaigns/" + draft + "/end", operator.token(), "")
                        .code())
                .isEqualTo("CAMPAIGN_NOT_PUBLISHED");
    }

    @Test
    void listsNewestFirstWithACursor() {
        Api.Session operator = api.operator();
        String first = published(operator, bargain());
        String second = published(operator, bargain());
        String third = create(operator, bargain());

        JsonNode page1 =
                api.get("/api/campaigns?mine=true&limit=2", operator.token()).json();
        assertThat(ids(page1)).containsExactly(third, second);
        String cursor = page1.path("nextCursor").asString();
        assertThat(cursor).isNotBlank();
        JsonNode page2 = api.get("/api/campaigns?mine=true&limit=2&cursor=" + cursor, operator.token())
                .json();
        assertThat(ids(page2)).containsExactly(first);
        assertThat(page2.has("nextCursor")).isFalse();

        api.post("/api/campaigns/" + first + "/end", operator.token(), "");
        JsonNode open = api.get("/api/campaigns?limit=100", null).json();
        assertThat(ids(open)).contains(second, first).doesNotContain(third);
        assertThat(ids(open).indexOf(second)).isLessThan(ids(open).indexOf(first));
        open.path("items").forEach(item -> {
            if (item.path("id").asString().equals(first)) {
                assertThat(item.path("ended").asBoolean()).isTrue();
            }
        });

        Api.Response badCursor = api.get("/api/campaigns?cursor=not-a-cursor", null);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void unknownCampaignsAreNotFound() {
        String path = "/api/campaigns/" + UUID.randomUUID();
        Api.Response missing = api.get(path, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("CAMPAIGN_NOT_FOUND");
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        assertThat(api.get(path + "/rules", null).code()).isEqualTo("CAMPAIGN_NOT_FOUND");
        assertThat(api.get("/api/campaigns/not-a-uuid", null).code()).isEqualTo("CAMPAIGN_NOT_FOUND");
        assertThat(api.post(path + "/publish", api.operator().token(), "").code())
                .isEqualTo("CAMPAIGN_NOT_FOUND");
        assertThat(campaigns.currentRules(CampaignId.next())).isEmpty();
    }

    @Test
    void anIdempotencyKeyCreatesOneCampaign() {
        Api.Session operator = api.operator();
        String key = "create-" + UUID.randomUUID();
        Map<String, Object> request = bargain();
        Api.Response first = api.post("/api/campaigns", operator.token(), request, key);
        Api.Response replay = api.post("/api/campaigns", operator.token(), request, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        long count = jdbc.sql("select count(*) from campaign where operator_id = :op")
                .param("op", operator.id())
                .query(Long.class)
                .single();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/campaigns/{id}/rules")
                .contains("/api/campaigns/validate")
                .contains("startPriceCents");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
