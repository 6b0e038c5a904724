package io.huzhu.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.risk.RiskClient.Member;
import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Risk control through the HTTP API, as farms, operators and members meet it. */
@IntegrationTest
class RiskIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    RiskClient risk;
    Api.Session operator;

    @BeforeEach
    void setUp() {
        risk = new RiskClient(api);
        operator = api.operator();
    }

    /** A bargain from ¥100.00 that needs exactly {@code assists} assists. */
    UUID campaign(int assists) {
        Map<String, Object> terms = fixtures.bargain();
        terms.put("minAssists", assists);
        terms.put("maxAssists", assists);
        return fixtures.publish(terms);
    }

    /** A fresh member's task on a new bargain that needs {@code assists} assists. */
    String newTask(int assists) {
        return risk.start(risk.register("owner"), campaign(assists)).path("id").asString();
    }

    /** Accounts on shared devices: {@code perDevice} accounts on each of {@code devices} phones. */
    List<Member> farm(int devices, int perDevice) {
        List<Member> farm = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            String phone = RiskClient.newDevice();
            for (int i = 0; i < perDevice; i++) {
                farm.add(risk.register("farm" + d + "_" + i, phone, RiskClient.newAddress()));
            }
        }
        return farm;
    }

    /** The timeline as its initiator sees it: with every helper's id (the public sees masked names only). */
    Map<String, JsonNode> entriesByHelper(String taskId, Member initiator) {
        Map<String, JsonNode> byHelper = new java.util.HashMap<>();
        for (JsonNode e : api.get(
                        "/api/tasks/" + taskId + "/timeline",
                        initiator.session().token())
                .json()
                .path("entries")) {
            if (e.path("type").asString().equals("ASSIST")) {
                byHelper.put(e.path("helperId").asString(), e);
            }
        }
        return byHelper;
    }

    @Test
    void aFarmOnSharedDevicesIsVoidedAfterAScanAndTheTaskShowsWhatIsLeft() {
        Member owner = risk.register("owner");
        String task = risk.start(owner, campaign(12)).path("id").asString();
        List<Member> farm = farm(2, 4);
        List<Member> honest = risk.register("honest", 2);
        long honestCuts = 0;
        long farmCuts = 0;
        for (Member m : farm) {
            farmCuts += risk.assisted(m, task).path("cut").asLong();
        }
        for (Member m : honest) {
            honestCuts += risk.assisted(m, task).path("cut").asLong();
        }
        assertThat(risk.task(task).path("progress").asLong()).isEqualTo(farmCuts + honestCuts);

        JsonNode report = risk.scan(operator);

        List<JsonNode> cases = risk.casesNaming(operator, report, farm);
        assertThat(cases).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("summary").path("detector").asString()).isEqualTo("DEVICE_CLUSTER");
            assertThat(c.path("summary").path("effect").asString()).isEqualTo("VOID");
            assertThat(c.path("devices").toString())
                    .as("devices are shown masked, never as sent")
                    .doesNotContain(farm.getFirst().device())
                    .contains("…");
        });
        Set<String> named = new HashSet<>();
        cases.forEach(c -> c.path("helpers").forEach(h -> named.add(h.path("id").asString())));
        assertThat(named).containsAll(farm.stream().map(m -> m.id().toString()).toList());
        assertThat(named)
                .doesNotContainAnyElementsOf(
                        honest.stream().map(m -> m.id().toString()).toList());

        JsonNode after = risk.task(task);
        assertThat(after.path("progress").asLong()).isEqualTo(honestCuts);
        assertThat(after.path("remaining").asLong()).isEqualTo(10_000 - honestCuts);
        assertThat(after.path("maxAssistsRemaining").asInt()).isEqualTo(12 - honest.size());
        assertThat(after.path("assistsVoided").asInt()).isEqualTo(farm.size());

        Map<String, JsonNode> timeline = entriesByHelper(task, owner);
        for (Member m : farm) {
            JsonNode e = timeline.get(m.id().toString());
            assertThat(e.path("status").asString()).isEqualTo("VOIDED");
            assertThat(e.path("reason").asString()).isEqualTo("DEVICE_CLUSTER");
            assertThat(e.path("reasonZh").asString()).isNotBlank();
        }
        for (Member m : honest) {
            assertThat(timeline.get(m.id().toString()).path("status").asString())
                    .isEqualTo("COUNTED");
        }

        // A new helper takes the lowest slot a voided assist gave back, and exactly that slot's cut.
        JsonNode lowest = timeline.values().stream()
                .filter(e -> e.path("status").asString().equals("VOIDED"))
                .min(java.util.Comparator.comparingInt(e -> e.path("slot").asInt()))
                .orElseThrow();
        Member late = risk.register("late");
        JsonNode assist = risk.assisted(late, task);
        assertThat(assist.path("cut").asLong()).isEqualTo(lowest.path("cut").asLong());
        assertThat(entriesByHelper(task, owner)
                        .get(late.id().toString())
                        .path("slot")
                        .asInt())
                .isEqualTo(lowest.path("slot").asInt());
        assertThat(risk.task(task).path("progress").asLong())
                .isEqualTo(honestCuts + lowest.path("cut").asLong());
    }

    @Autowired
    RiskScanner scanner;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    /**
     * The scan on schedule runs in one transaction like the scan on demand: the task corrections it causes hold their
     * row locks until it commits (without one, a concurrent assist on another node lost its counter update).
     */
    @Test
    void theScheduledScanCorrectsTasksInsideItsTransaction() {
        Member owner = risk.register("owner");
        String task = risk.start(owner, campaign(12)).path("id").asString();
        for (Member m : farm(2, 4)) {
            risk.assisted(m, task);
        }
        long before = risk.task(task).path("progress").asLong();
        List<Boolean> inTransaction = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent> listener =
                e -> {
                    if (e instanceof org.springframework.context.PayloadApplicationEvent<?> p
                            && p.getPayload() instanceof AssistStatesChanged) {
                        inTransaction.add(org.springframework.transaction.support.TransactionSynchronizationManager
                                .isActualTransactionActive());
                    }
                };
        context.addApplicationListener(listener);
        try {
            scanner.scanOnSchedule();
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(inTransaction)
                .as("the farm's assists were voided")
                .isNotEmpty()
                .containsOnly(true);
        assertThat(risk.task(task).path("progress").asLong()).isLessThan(before);
    }

    @Test
    void aTimelineWithVoidedAssistsStillVerifiesAgainstTheRevealedSeed() throws Exception {
        UUID campaign = campaign(6);
        Member owner = risk.register("owner");
        String task = risk.start(owner, campaign).path("id").asString();
        farm(1, 4).forEach(m -> risk.assisted(m, task));
        risk.assisted(risk.register("honest"), task);
        risk.scan(operator);
        assertThat(risk.task(task).path("assistsVoided").asInt()).isEqualTo(4);
        for (Member m : risk.register("more", 5)) {
            risk.assisted(m, task);
        }
        assertThat(risk.task(task).path("status").asString()).isEqualTo("SUCCEEDED");

        String timeline = api.get("/api/tasks/" + task + "/timeline", null).body();
        Process verify;
        try {
            verify = new ProcessBuilder("python3", "docs/verify-schedule.py", "--timeline", "-")
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("SKIPPED: python3 is not installed, so the verifier cannot run");
            return;
        }
        verify.getOutputStream().write(timeline.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        verify.getOutputStream().close();
        String output = new String(verify.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(verify.waitFor()).as(output).isZero();
        assertThat(output).contains("complete, 4 voided").contains("VERIFIED");
    }

    @Test
    void aMemberSeesWhyAnAssistDidNotCount() {
        UUID campaign = campaign(12);
        Member owner = risk.register("owner");
        String task = risk.start(owner, campaign).path("id").asString();
        List<Member> farm = farm(1, 5);
        farm.forEach(m -> risk.assisted(m, task));
        risk.scan(operator);

        JsonNode mine =
                api.get("/api/me/assists", farm.getFirst().token()).json().path("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("status").asString()).isEqualTo("VOIDED");
        assertThat(mine.get(0).path("reasonZh").asString()).contains("设备");
        assertThat(mine.get(0).path("reasonEn").asString()).contains("device");
        assertThat(mine.get(0).path("caseId").asString()).isNotBlank();
        assertThat(mine.get(0).toString())
                .as("never the raw device id")
                .doesNotContain(farm.getFirst().device());

        String caseId = mine.get(0).path("caseId").asString();
        JsonNode seen =
                api.get("/api/me/risk/cases/" + caseId, farm.getFirst().token()).json();
        assertThat(seen.path("reason").asString()).isEqualTo("DEVICE_CLUSTER");
        assertThat(seen.path("roles").toString()).contains("HELPER");
        assertThat(seen.path("assists")).hasSize(1);
        assertThat(seen.toString())
                .as("a member sees their own part, not the others in the case")
                .doesNotContain(farm.get(1).id().toString());
        assertThat(api.get("/api/me/risk/cases/" + caseId, owner.token())
                        .json()
                        .path("roles")
                        .toString())
                .contains("INITIATOR");
        assertThat(api.get(
                                "/api/me/risk/cases/" + caseId,
                                risk.register("stranger").token())
                        .code())
                .isEqualTo("RISK_CASE_NOT_FOUND");
    }

    @Test
    void theCaseQueuePagesWithoutSkippingCasesOpenedTogether() {
        UUID campaign = campaign(12);
        for (int i = 0; i < 3; i++) {
            Member owner = risk.register("owner");
            String task = risk.start(owner, campaign).path("id").asString();
            farm(1, 4).forEach(m -> risk.assisted(m, task));
        }
        risk.scan(operator);
        Set<String> seen = new HashSet<>();
        String cursor = null;
        String previous = null;
        do {
            JsonNode page = api.get(
                            "/api/risk/cases?limit=2" + (cursor == null ? "" : "&before=" + cursor), operator.token())
                    .json();
            for (JsonNode c : page.path("items")) {
                assertThat(seen.add(c.path("id").asString())).as("a case twice").isTrue();
                String key = c.path("openedAt").asString() + "_" + c.path("id").asString();
                assertThat(previous == null
                                || key.compareTo(previous) < 0
                                || c.path("openedAt").asString().compareTo(previous) < 0)
                        .isTrue();
                previous = key;
            }
            cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode()
                    ? null
                    : page.path("nextCursor").asString();
        } while (cursor != null);
        JsonNode all = api.get("/api/risk/cases?limit=100", operator.token()).json();
        assertThat(seen).hasSize(all.path("items").size());
        assertThat(api.get("/api/risk/cases?before=yesterday", operator.token()).code())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aDismissedCaseRestoresTheAssistsAndEveryStepIsAudited() {
        UUID campaign = campaign(12);
        Member owner = risk.register("owner");
        String task = risk.start(owner, campaign).path("id").asString();
        List<Member> farm = farm(1, 4);
        long cuts = 0;
        for (Member m : farm) {
            cuts += risk.assisted(m, task).path("cut").asLong();
        }
        List<JsonNode> cases = risk.casesNaming(operator, risk.scan(operator), farm);
        assertThat(cases).hasSize(1);
        String caseId = cases.getFirst().path("summary").path("id").asString();
        assertThat(risk.task(task).path("progress").asLong()).isZero();

        Api.Response noReason =
                api.post("/api/risk/cases/" + caseId + "/decision", operator.token(), Map.of("decision", "DISMISS"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("VALIDATION_FAILED");

        Api.Response dismissed = api.post(
                "/api/risk/cases/" + caseId + "/decision",
                operator.token(),
                Map.of("decision", "DISMISS", "reason", "一家人的旧手机，核实无误"));
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
        assertThat(risk.task(task).path("progress").asLong()).isEqualTo(cuts);
        assertThat(risk.task(task).path("assistsVoided").asInt()).isZero();
        entriesByHelper(task, owner).values().forEach(e -> {
            assertThat(e.path("status").asString()).isEqualTo("COUNTED");
            assertThat(e.path("reason").asString()).isEqualTo("CASE_DISMISSED");
        });

        Api.Response again = api.post(
                "/api/risk/cases/" + caseId + "/decision",
                operator.token(),
                Map.of("decision", "CONFIRM", "reason", "changed my mind"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("RISK_CASE_DECIDED");

        JsonNode detail = api.get("/api/risk/cases/" + caseId, operator.token()).json();
        List<String> actions = new ArrayList<>();
        detail.path("audit").forEach(a -> actions.add(a.path("action").asString()));
        assertThat(actions).containsSubsequence("CASE_OPENED", "ASSISTS_VOIDED", "CASE_DISMISSED");
        JsonNode dismissal = detail.path("audit").get(actions.indexOf("CASE_DISMISSED"));
        assertThat(dismissal.path("actorId").asString()).isEqualTo(operator.id().toString());
        assertThat(dismissal.path("reason").asString()).isEqualTo("一家人的旧手机，核实无误");

        // The next scan does not flag the cleared assists again, and the detector's false positive is counted.
        assertThat(risk.casesNaming(operator, risk.scan(operator), farm)).isEmpty();
        JsonNode stats = api.get("/api/risk/stats", operator.token()).json();
        boolean counted = false;
        for (JsonNode s : stats) {
            counted |= s.path("detector").asString().equals("DEVICE_CLUSTER")
                    && s.path("dismissed").asLong() >= 1;
        }
        assertThat(counted).isTrue();
    }

    /**
     * A paid-help pool: eight stranger accounts arriving four at a time on four members' tasks, every account in two
     * of the bursts.
     */
    record Pool(List<Member> owners, List<String> tasks, List<Member> accounts) {}

    Pool pool() {
        UUID campaign = campaign(4);
        List<Member> owners = risk.register("customer", 4);
        List<String> tasks = new ArrayList<>();
        owners.forEach(o -> tasks.add(risk.start(o, campaign).path("id").asString()));
        List<Member> accounts = risk.register("pool", 8);
        int[][] bursts = {{0, 1, 2, 3}, {4, 5, 6, 7}, {0, 1, 4, 5}, {2, 3, 6, 7}};
        for (int t = 0; t < tasks.size(); t++) {
            for (int i : bursts[t]) {
                risk.assisted(accounts.get(i), tasks.get(t));
            }
        }
        return new Pool(owners, tasks, accounts);
    }

    @Test
    void aClaimRestingOnAssistsUnderReviewWaitsForTheDecision() {
        Pool pool = pool();
        assertThat(risk.task(pool.tasks().getFirst()).path("status").asString()).isEqualTo("SUCCEEDED");
        List<JsonNode> cases = risk.casesNaming(operator, risk.scan(operator), pool.accounts());
        assertThat(cases).hasSize(1);
        JsonNode found = cases.getFirst().path("summary");
        assertThat(found.path("detector").asString()).isEqualTo("BURST_RING");
        assertThat(found.path("effect").asString()).isEqualTo("REVIEW");

        JsonNode held = risk.task(pool.tasks().getFirst());
        assertThat(held.path("assistsUnderReview").asInt()).isEqualTo(4);
        assertThat(held.path("claimOnHold").asBoolean()).isTrue();
        Api.Response refused = api.post(
                "/api/tasks/" + pool.tasks().getFirst() + "/claim",
                pool.owners().getFirst().token(),
                "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("CLAIM_ON_HOLD");

        String caseId = found.path("id").asString();
        api.post(
                "/api/risk/cases/" + caseId + "/decision",
                operator.token(),
                Map.of("decision", "DISMISS", "reason", "friends from the same class"));
        Api.Response claimed = api.post(
                "/api/tasks/" + pool.tasks().getFirst() + "/claim",
                pool.owners().getFirst().token(),
                "");
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().path("status").asString()).isEqualTo("CLAIMED");
    }

    @Test
    void aConfirmedCaseTakesASuccessBackAndPenalisesTheHelpers() {
        Pool pool = pool();
        String caseId = risk.casesNaming(operator, risk.scan(operator), pool.accounts())
                .getFirst()
                .path("summary")
                .path("id")
                .asString();
        Api.Response confirmed = api.post(
                "/api/risk/cases/" + caseId + "/decision",
                operator.token(),
                Map.of("decision", "CONFIRM", "reason", "代砍团伙，已核实", "penalty", "RESTRICT"));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("penalty").asString()).isEqualTo("RESTRICT");

        JsonNode task = risk.task(pool.tasks().getFirst());
        assertThat(task.path("status").asString()).isEqualTo("OPEN");
        assertThat(task.path("progress").asLong()).isZero();
        assertThat(task.path("remaining").asLong()).isEqualTo(10_000);
        assertThat(task.path("maxAssistsRemaining").asInt()).isEqualTo(4);
        Api.Response claim = api.post(
                "/api/tasks/" + pool.tasks().getFirst() + "/claim",
                pool.owners().getFirst().token(),
                "");
        assertThat(claim.code()).isEqualTo("TASK_NOT_SUCCEEDED");
        assertThat(api.get("/api/me", pool.accounts().getFirst().token())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("RESTRICTED");

        JsonNode detail = api.get("/api/risk/cases/" + caseId, operator.token()).json();
        List<String> actions = new ArrayList<>();
        detail.path("audit").forEach(a -> actions.add(a.path("action").asString()));
        assertThat(actions).containsSubsequence("CASE_OPENED", "ASSISTS_HELD", "CASE_CONFIRMED", "PENALTY_APPLIED");
    }

    @Test
    void anAffectedMemberAppealsAndAnotherOperatorDecides() {
        Pool pool = pool();
        String caseId = risk.casesNaming(operator, risk.scan(operator), pool.accounts())
                .getFirst()
                .path("summary")
                .path("id")
                .asString();
        api.post(
                "/api/risk/cases/" + caseId + "/decision",
                operator.token(),
                Map.of("decision", "CONFIRM", "reason", "代砍", "penalty", "RESTRICT"));

        Member outsider = risk.register("outsider");
        Api.Response notMine =
                api.post("/api/risk/appeals", outsider.token(), Map.of("caseId", caseId, "text", "我也要申诉"));
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.code()).isEqualTo("NOT_AFFECTED_BY_CASE");

        Member appellant = pool.accounts().getFirst();
        Api.Response filed = api.post(
                "/api/risk/appeals", appellant.token(), Map.of("caseId", caseId, "text", "我是发起人的同学，真实帮忙，不是代砍"));
        assertThat(filed.status()).as("a restricted member may still appeal").isEqualTo(201);
        String appeal = filed.json().path("id").asString();
        Api.Response twice =
                api.post("/api/risk/appeals", appellant.token(), Map.of("caseId", caseId, "text", "再申诉一次"));
        assertThat(twice.code()).isEqualTo("RISK_APPEAL_OPEN");

        Api.Response own = api.post(
                "/api/risk/appeals/" + appeal + "/decision",
                operator.token(),
                Map.of("decision", "OVERTURN", "note", "ok"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.code()).isEqualTo("RISK_APPEAL_OWN_DECISION");

        Api.Session other = api.operator();
        Api.Response overturned = api.post(
                "/api/risk/appeals/" + appeal + "/decision",
                other.token(),
                Map.of("decision", "OVERTURN", "note", "同班同学，核实属实"));
        assertThat(overturned.status()).isEqualTo(200);
        assertThat(overturned.json().path("status").asString()).isEqualTo("OVERTURNED");

        JsonNode mine = api.get("/api/me/assists", appellant.token()).json().path("items");
        assertThat(mine.get(0).path("status").asString()).isEqualTo("COUNTED");
        assertThat(mine.get(0).path("reason").asString()).isEqualTo("APPEAL_OVERTURNED");
        assertThat(api.get("/api/me", appellant.token()).json().path("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(api.get("/api/me", pool.accounts().get(1).token())
                        .json()
                        .path("status")
                        .asString())
                .as("the others stay restricted")
                .isEqualTo("RESTRICTED");
        assertThat(api.get("/api/me/risk/appeals", appellant.token())
                        .json()
                        .path("items")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("OVERTURNED");
    }

    @Test
    void theInlineGateRefusesTheEighthAccountOnOneDevice() {
        String task = newTask(12);
        String phone = RiskClient.newDevice();
        List<String> statuses = new ArrayList<>();
        Api.Response last = null;
        for (Member m : risk.register("phone", 8)) {
            last = risk.assist(m.on(phone), task);
            statuses.add(last.status() == 201 ? last.json().path("status").asString() : last.code());
        }
        assertThat(statuses.subList(0, 3)).containsOnly("COUNTED");
        assertThat(statuses.subList(3, 7)).containsOnly("UNDER_REVIEW");
        assertThat(statuses.get(7)).isEqualTo("RISK_DENIED");
        assertThat(last.status()).isEqualTo(403);
        assertThat(last.json().path("reason").asString()).isEqualTo("DEVICE_TOO_MANY_ACCOUNTS");
        assertThat(last.json().path("reasonZh").asString()).isNotBlank();
        assertThat(risk.task(task).path("assistsUnderReview").asInt()).isEqualTo(4);
    }

    @Test
    void aMalformedDeviceIdIsAProblem() {
        Member member = risk.register("device");
        Api.Response response = api.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(api.base() + "/api/campaigns/" + UUID.randomUUID() + "/tasks"))
                        .header("X-Device-Id", "x".repeat(129))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()),
                member.token());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("DEVICE_ID_INVALID");
    }

    @Test
    void onlyOperatorsReachTheRiskEndpoints() {
        Member member = risk.register("curious");
        UUID any = UUID.randomUUID();
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/api/admin/risk/scan"},
                new String[] {"GET", "/api/risk/cases"},
                new String[] {"GET", "/api/risk/cases?status=OPEN"},
                new String[] {"GET", "/api/risk/cases/" + any},
                new String[] {"POST", "/api/risk/cases/" + any + "/decision"},
                new String[] {"GET", "/api/risk/stats"},
                new String[] {"GET", "/api/risk/audit"},
                new String[] {"GET", "/api/risk/appeals"},
                new String[] {"POST", "/api/risk/appeals/" + any + "/decision"});
        for (String[] e : endpoints) {
            Api.Response asMember =
                    e[0].equals("GET") ? api.get(e[1], member.token()) : api.post(e[1], member.token(), Map.of());
            assertThat(asMember.status()).as(e[0] + " " + e[1]).isEqualTo(403);
            assertThat(asMember.code()).as(e[0] + " " + e[1]).isEqualTo("FORBIDDEN");
            Api.Response anonymous = e[0].equals("GET") ? api.get(e[1], null) : api.post(e[1], null, "{}");
            assertThat(anonymous.status()).as("anonymous " + e[0] + " " + e[1]).isEqualTo(401);
        }
    }
}
