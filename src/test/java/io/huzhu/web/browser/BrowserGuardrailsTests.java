package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guardrails in the browser: a member lowers and raises limits (the raise waits 24 hours and says so), is refused a
 * task with the limit and when it frees up, takes a break after reading what it means, reads the month in plain
 * numbers with a CSV link, in Chinese and English; a big purchase shows item, price, saving and the month's spending
 * and waits for the second confirmation.
 */
class BrowserGuardrailsTests extends BrowserTestBase {

    @Autowired
    MutableClock clock;

    /** A bargain from {@code start} down to {@code floor} cents in one assist. */
    private UUID campaign(long start, long floor) {
        Map<String, Object> terms = fixtures.bargain();
        terms.put("startPriceCents", start);
        terms.put("floorPriceCents", floor);
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        terms.put("budgetCents", (start - floor) * 100);
        return fixtures.publish(terms);
    }

    @Test
    void aMemberSetsLimitsIsToldWhyAStartIsRefusedTakesABreakAndReadsTheMonth() {
        UUID campaign = campaign(10_000, 0);
        Api.Session member = api.register("limits");
        fixtures.start(member, campaign);
        Browser browser = signedIn("member", member);

        browser.go("/me");
        browser.click("#my-limits-link");
        browser.visible("#limits-form");
        assertThat(browser.visible("#usage-active").getText()).isEqualTo("1 / 上限 10");
        browser.type("#limits-form", "activeTasks", "1");
        browser.type("#limits-form", "helpPostsPerDay", "30");
        browser.submit("#limits-form");
        browser.visible("#limits-saved");
        assertThat(browser.visible("#usage-active").getText())
                .as("a lower limit applies at once")
                .isEqualTo("1 / 上限 1");
        assertThat(browser.visible("#limits-form [name=helpPostsPerDay]").getAttribute("value"))
                .as("a raise waits")
                .isEqualTo("20");
        assertThat(browser.visible("#limits-form").getText()).contains("已申请调高到 30");
        browser.screenshots("guardrail-limits");

        browser.go("/campaigns/" + campaign);
        browser.expectHttpError(409);
        browser.click("#start-task");
        String refusal = browser.visible("#view .alert").getText();
        assertThat(refusal).contains("最多 1 个").contains("最晚在");

        browser.go("/me/limits");
        browser.click("#break-7");
        assertThat(browser.visible("#break-explain").getText()).contains("不能提前结束");
        browser.click("#break-confirm");
        assertThat(browser.visible("#break-until").getText()).contains("你正在休息");
        assertThat(browser.all("#break-7")).isEmpty();

        browser.click("#lang-switch");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("break-until"), "You are taking a break until"));
        assertThat(browser.visible("#view h1").getText()).isEqualTo("Limits and breaks");
        browser.click("#summary-link");
        browser.visible("#summary-figures");
        assertThat(browser.visible("#sum-started").getText()).isEqualTo("1");
        assertThat(browser.visible("#view").getText().toLowerCase())
                .doesNotContain("streak")
                .doesNotContain("badge");
        assertThat(browser.visible("#summary-csv").getAttribute("href"))
                .contains("/api/me/guardrails/summary.csv?month=");
        browser.screenshots("guardrail-summary-en");
    }

    @Test
    void aBigPurchaseShowsWhatItCostsAndWaitsForTheSecondConfirmation() {
        UUID campaign = campaign(50_000, 40_000);
        Api.Session member = api.register("buyer");
        String task = fixtures.start(member, campaign).path("id").asString();
        assertThat(fixtures.assist(api.register("helper"), task).status()).isEqualTo(201);
        Browser browser = signedIn("member", member);

        browser.go("/tasks/" + task);
        browser.expectHttpError(409);
        browser.click("#claim");
        browser.visible("#cooling-off-panel");
        assertThat(browser.visible("#cooling-off-item").getText()).isEqualTo("A test teapot");
        assertThat(browser.visible("#cooling-off-price").getText()).isEqualTo("¥400.00");
        assertThat(browser.visible("#cooling-off-saved").getText()).isEqualTo("¥100.00");
        assertThat(browser.visible("#cooling-off-spent").getText())
                .contains("¥0.00")
                .contains("¥2,000.00");
        assertThat(browser.visible("#cooling-off-when").getText()).contains("起可以确认");
        assertThat(browser.visible("#confirm-purchase").isEnabled()).isFalse();
        browser.screenshots("cooling-off", "#cooling-off-panel");

        clock.advance(Duration.ofMinutes(31));
        browser.driver.navigate().refresh();
        browser.click("#claim");
        browser.visible("#cooling-off-panel");
        assertThat(browser.visible("#cooling-off-when").getText()).isEqualTo("现在可以确认了。");
        browser.click("#confirm-purchase");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("cooling-off-panel")));
        assertThat(browser.visible("#task-outcome").getText()).contains("奖励已于");
        assertThat(api.get("/api/tasks/" + task, null).json().path("status").asString())
                .isEqualTo("CLAIMED");
    }
}
