package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Risk control in the browser: an operator reviews a farm's case and dismisses it, a member of the farm sees why
 * an assist did not count and appeals, another operator than the one who decided the case reviews the appeal, and
 * the assist page says why the inline gate refused an assist. The farms are made through the HTTP API: accounts
 * registering and assisting with one {@code X-Device-Id}, each from its own network (a trusted forwarded address),
 * so that the shared device is what the scan finds.
 */
class BrowserRiskTests extends BrowserTestBase {

    private static final AtomicInteger NETWORKS = new AtomicInteger();
    private static final String DEVICE_CLUSTER_ZH = "几个账号共用设备，集中为同样的人助力";
    private static final String DEVICE_CLUSTER_EN = "Several accounts sharing devices assisted the same people";

    record Farm(String taskId, Api.Session owner, List<Api.Session> accounts, String device) {}

    /** A bargain that needs 12 assists, its task, and five accounts on one phone that all assist it. */
    Farm farm(String name) {
        return farm(name, 12);
    }

    /**
     * A bargain that needs {@code needed} assists, its task, and five accounts on one phone that all assist it: the
     * inline gate holds each of them for review (four or more accounts on one device).
     */
    Farm farm(String name, int needed) {
        Map<String, Object> terms = fixtures.bargain();
        terms.put("minAssists", needed);
        terms.put("maxAssists", needed);
        UUID campaign = fixtures.publish(terms);
        Api.Session owner = api.register("owner");
        String taskId = fixtures.start(owner, campaign).path("id").asString();
        String device = "phone-" + UUID.randomUUID();
        List<Api.Session> accounts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            accounts.add(onDevice(name + i, device));
        }
        for (Api.Session account : accounts) {
            Api.Response assisted =
                    send("POST", "/api/tasks/" + taskId + "/assists", account.token(), Map.of(), device);
            assertThat(assisted.status())
                    .as("assist accepted (counted or held): %s", assisted)
                    .isEqualTo(201);
        }
        return new Farm(taskId, owner, accounts, device);
    }

    /** Registers and signs in an account from this device and a network of its own. */
    Api.Session onDevice(String displayName, String device) {
        String username = unique("farm");
        Map<String, String> credentials = Map.of("username", username, "password", PASSWORD);
        Map<String, String> registration =
                Map.of("username", username, "password", PASSWORD, "displayName", displayName);
        Api.Response created = send("POST", "/api/auth/register", null, registration, device);
        assertThat(created.status()).as("register: %s", created).isEqualTo(201);
        JsonNode login =
                send("POST", "/api/auth/login", null, credentials, device).json();
        return new Api.Session(
                UUID.fromString(login.path("user").path("id").asString()),
                username,
                login.path("token").asString());
    }

    private Api.Response send(String method, String path, String token, Object body, String device) {
        int n = NETWORKS.incrementAndGet();
        String address = "198." + (18 + (n / 256) % 2) + "." + (n % 256) + ".7";
        var request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", device)
                .header("X-Forwarded-For", address)
                .method(method, HttpRequest.BodyPublishers.ofString(Api.json(body), StandardCharsets.UTF_8));
        return api.send(request, token);
    }

    /** Scans as the operator and returns the case that names the farm's accounts. */
    String scannedCase(Api.Session operator, Farm farm) {
        Api.Response scan = api.post("/api/admin/risk/scan", operator.token(), "");
        assertThat(scan.status()).as("scan: %s", scan).isEqualTo(200);
        String first = farm.accounts().getFirst().id().toString();
        for (JsonNode touched : scan.json().path("opened")) {
            String caseId = touched.path("caseId").asString();
            JsonNode detail =
                    api.get("/api/risk/cases/" + caseId, operator.token()).json();
            if (detail.path("helpers").toString().contains(first)) {
                assertThat(detail.path("summary").path("detector").asString()).isEqualTo("DEVICE_CLUSTER");
                return caseId;
            }
        }
        throw new AssertionError("no case names the farm: " + scan);
    }

    @Test
    void anOperatorReviewsAFarmsCaseAndDismissesItWithAReason() {
        Farm farm = farm("阿农");
        Api.Session operator = api.operator();
        String caseId = scannedCase(operator, farm);
        Browser browser = signedIn("operator", operator);

        browser.visible("#nav-operator").click();
        browser.click("a#risk-link");
        String item = "#risk-cases .risk-case[data-id='" + caseId + "']";
        assertThat(browser.visible(item).getText())
                .contains(DEVICE_CLUSTER_ZH)
                .contains("设备聚集")
                .contains("作废")
                .contains("5 个账号 · 5 次助力");
        browser.click("button#risk-scan");
        assertThat(browser.visible("#scan-summary").getText()).startsWith("扫描了");
        browser.screenshots("risk-queue");

        browser.click(item + " a.risk-case-link");
        assertThat(browser.visible("h1#case-reason").getText()).isEqualTo(DEVICE_CLUSTER_ZH);
        assertThat(browser.visible("#case-devices").getText())
                .as("the device is shown masked, never as sent")
                .contains("…")
                .doesNotContain(farm.device());
        assertThat(browser.visible("#case-networks").getText()).contains("*");
        assertThat(browser.visible("#case-helpers").getText()).contains("阿农1", "阿农2", "阿农3", "阿农4", "阿农5");
        assertThat(browser.visible("#case-initiators").getText()).contains("owner");
        assertThat(browser.visible("#case-facts").getText()).contains("共用设备的账号数");
        browser.visible("#case-tasks a[href='#/tasks/" + farm.taskId() + "']");
        assertThat(browser.all("#case-assists li[data-state='VOIDED']")).hasSize(5);
        assertThat(browser.driver.getPageSource()).doesNotContain(farm.device());
        browser.script("window.scrollTo(0, 0)");
        browser.screenshots("risk-case");

        // the reason is required: the field says so before anything is sent
        browser.select("#decision-form", "decision", "DISMISS");
        assertThat(browser.visible("#decision-form [name=reason]").isDisplayed())
                .isTrue();
        assertThat(browser.all("#decision-form [name=penalty]").getFirst().isDisplayed())
                .as("a penalty only goes with a confirmation")
                .isFalse();
        browser.submit("#decision-form");
        WebElement error = browser.visible("#decision-form .field-error:not([hidden])");
        assertThat(error.getText()).isEqualTo("请写下理由");
        assertThat(browser.visible("#decision-form [name=reason]").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(caseStatus(operator, caseId)).isEqualTo("OPEN");
        browser.screenshots("risk-case-decision", "#decision-form");

        String reason = "一家人的旧手机,核实无误 " + unique("r");
        browser.type("#decision-form", "reason", reason);
        browser.submit("#decision-form");

        browser.visible("#case-head .risk-case-status[data-status='DISMISSED']");
        assertThat(browser.visible("#case-notice").getText()).contains("已驳回");
        assertThat(browser.visible("#case-decision").getText()).contains(reason);
        assertThat(browser.visible("#case-audit").getText()).contains("驳回案件").contains(reason);
        assertThat(browser.all("#case-assists li[data-state='CLEARED']")).hasSize(5);
        assertThat(caseStatus(operator, caseId)).isEqualTo("DISMISSED");
        assertThat(api.get("/api/tasks/" + farm.taskId(), null)
                        .json()
                        .path("assistsVoided")
                        .asInt())
                .isZero();

        // the dismissed case is a false positive of its rule
        browser.go("/operator/risk/dismissed");
        browser.visible("#risk-cases .risk-case[data-id='" + caseId + "']");
        WebElement falsePositives = browser.visible("#risk-stats tr[data-detector='DEVICE_CLUSTER'] .false-positives");
        assertThat(Integer.parseInt(falsePositives.getText().split(" ")[0])).isPositive();
    }

    @Test
    void aMemberSeesThatAnAssistDidNotCountWithTheReasonAndAppeals() {
        Farm farm = farm("小号");
        String caseId = scannedCase(api.operator(), farm);
        Browser browser = signedIn("member", farm.accounts().getFirst());

        browser.click("#nav-me");
        browser.click("a#my-assists-link");
        String item = "#my-assists .my-assist[data-case='" + caseId + "']";
        WebElement mine = browser.visible(item);
        assertThat(mine.getDomAttribute("data-status")).isEqualTo("VOIDED");
        assertThat(mine.getText()).contains("未计入").contains(DEVICE_CLUSTER_ZH);

        browser.click(item + " button.appeal-open");
        String form = item + " form.appeal-form";
        browser.submit(form);
        assertThat(browser.visible(form + " .field-error:not([hidden])").getText())
                .isEqualTo("请填写内容");
        browser.type(form, "text", "这几个账号是我家人的,在同一台旧手机上登录。");
        browser.submit(form);

        assertThat(browser.visible("#assists-notice").getText()).contains("申诉已提交");
        assertThat(browser.visible(item + " .appeal-state").getText()).contains("处理中");
        assertThat(browser.visible("#my-risk-appeals .risk-appeal").getText())
                .contains("处理中")
                .contains("这几个账号是我家人的");
        JsonNode appeals = api.get(
                        "/api/me/risk/appeals", farm.accounts().getFirst().token())
                .json()
                .path("items");
        assertThat(appeals).hasSize(1);
        assertThat(appeals.get(0).path("status").asString()).isEqualTo("OPEN");
        browser.screenshots("my-assists");

        // the task page: which assists count, why not, and the correction in plain words
        browser.go("/tasks/" + farm.taskId());
        assertThat(browser.visible("#assists-voided").getText()).contains("有 5 次助力经风控核查没有计入");
        assertThat(browser.all("#assists .assist[data-status='VOIDED']")).hasSize(5);
        assertThat(browser.visible("#assists .assist[data-status='VOIDED'] .assist-risk")
                        .getText())
                .contains("未计入")
                .contains(DEVICE_CLUSTER_ZH);
        assertThat(browser.visible("#assists .correction[data-correction='VOIDED']")
                        .getText())
                .contains("风控核查:");
        browser.screenshots("task-risk", "#assists");

        // in English
        browser.go("/me/assists");
        browser.visible(item);
        browser.click("#lang-switch");
        browser.present("html[lang=en]");
        WebElement english = browser.waitFor("the assist in English", d -> {
            WebElement e = d.findElement(By.cssSelector(item));
            return e.getText().contains("Not counted") ? e : null;
        });
        assertThat(english.getText()).contains(DEVICE_CLUSTER_EN).doesNotContain(DEVICE_CLUSTER_ZH);
        assertThat(browser.visible(item + " .appeal-state").getText()).contains("Waiting for review");
        assertThat(browser.visible("#view h1").getText()).isEqualTo("My assists");
        browser.screenshots("my-assists-en");
    }

    @Test
    void anAppealIsReviewedByAnotherOperatorThanTheOneWhoDecidedTheCase() {
        Farm farm = farm("帮手");
        Api.Session decider = api.operator();
        String caseId = scannedCase(decider, farm);
        Api.Session member = farm.accounts().getFirst();
        Api.Response filed =
                api.post("/api/risk/appeals", member.token(), Map.of("caseId", caseId, "text", "我们是室友,共用一台手机"));
        assertThat(filed.status()).as("appeal: %s", filed).isEqualTo(201);
        String appealId = filed.json().path("id").asString();
        Api.Response confirmed = api.post(
                "/api/risk/cases/" + caseId + "/decision",
                decider.token(),
                Map.of("decision", "CONFIRM", "reason", "同一台手机上的五个新账号", "penalty", "NONE"));
        assertThat(confirmed.status()).as("decision: %s", confirmed).isEqualTo(200);
        String item = "#risk-appeals .risk-appeal[data-id='" + appealId + "']";

        Browser first = signedIn("decider", decider);
        first.go("/operator/risk/appeals");
        assertThat(first.visible(item + " .own-decision").getText()).contains("这个案件是你处理的");
        assertThat(first.all(item + " form")).isEmpty();

        Browser second = signedIn("reviewer", api.operator());
        second.go("/operator/risk/appeals");
        assertThat(second.visible(item).getText())
                .contains("我们是室友,共用一台手机")
                .contains(DEVICE_CLUSTER_ZH)
                .contains("同一台手机上的五个新账号");
        String form = item + " form";
        second.select(form, "decision", "OVERTURN");
        second.submit(form);
        assertThat(second.visible(form + " .field-error:not([hidden])").getText())
                .isEqualTo("请写下说明");
        second.screenshots("risk-appeals");
        second.type(form, "note", "室友共用手机属实,恢复计入");
        second.submit(form);

        assertThat(second.visible("#appeals-notice").getText()).contains("申诉成立");
        second.waitFor(
                "the appeal to leave the open queue",
                d -> d.findElements(By.cssSelector(item)).isEmpty());
        JsonNode appeal = api.get("/api/me/risk/appeals", member.token())
                .json()
                .path("items")
                .get(0);
        assertThat(appeal.path("status").asString()).isEqualTo("OVERTURNED");
        assertThat(api.get("/api/me/assists", member.token())
                        .json()
                        .path("items")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("COUNTED");
        second.click("#appeal-status-overturned");
        assertThat(second.visible(item).getText()).contains("室友共用手机属实,恢复计入");
    }

    @Test
    void theOwnerCannotClaimWhileAssistsAreBeingChecked() {
        Farm farm = farm("同屋", 5);
        JsonNode task = api.get("/api/tasks/" + farm.taskId(), null).json();
        assertThat(task.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(task.path("claimOnHold").asBoolean()).isTrue();
        Browser owner = signedIn("owner", farm.owner());

        owner.go("/tasks/" + farm.taskId());

        assertThat(owner.visible("#claim-hold").getText()).isEqualTo("有 5 次助力正在核实,核实完成后才能领取奖励。");
        WebElement claim = owner.visible("button#claim");
        assertThat(claim.isEnabled()).isFalse();
        assertThat(claim.getDomAttribute("aria-describedby")).isEqualTo("claim-hold");
        assertThat(owner.all("#assists .assist[data-status='UNDER_REVIEW']")).hasSize(5);
        assertThat(owner.visible("#assists .assist .assist-risk").getText())
                .contains("核实中")
                .contains("这台设备上用过很多个账号，助力需要核实");
        owner.screenshots("task-claim-on-hold");
    }

    @Test
    void theAssistPageSaysWhyRiskControlRefusedAnAssist() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        String shareCode = fixtures.start(api.register("owner"), campaign)
                .path("shareCode")
                .asString();
        String device = UUID.randomUUID().toString();
        for (int i = 1; i <= 7; i++) {
            onDevice("同机" + i, device);
        }
        Api.Session helper = api.register("helper");
        Browser browser = browser("helper");
        browser.go("/");
        browser.visible("#view h1");
        // this browser is the phone the seven accounts used: its id is what the app sends as X-Device-Id
        browser.script("localStorage.setItem('huzhu.device', arguments[0])", device);
        browser.driver.navigate().refresh();
        browser.signIn(helper.username(), PASSWORD);
        browser.expectHttpError(403); // the refusal, on purpose

        browser.go("/t/" + shareCode);
        browser.click("#assist-button");

        assertThat(browser.visible("#assist-alert").getText()).isEqualTo("这次助力没有被接受:这台设备上已经用过太多账号，不能再用它助力。");
        JsonNode task = api.get("/api/tasks/by-code/" + shareCode, null).json();
        assertThat(task.path("assistsDone").asInt()).isZero();
        browser.screenshots("assist-refused");
    }

    private String caseStatus(Api.Session operator, String caseId) {
        return api.get("/api/risk/cases/" + caseId, operator.token())
                .json()
                .path("summary")
                .path("status")
                .asString();
    }
}
