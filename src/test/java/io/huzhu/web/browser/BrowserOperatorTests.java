package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An operator creates a campaign in the form, fixes what validation flags, and publishes it. */
class BrowserOperatorTests extends BrowserTestBase {

    private static final Pattern CAMPAIGN_ROUTE = Pattern.compile("^/operator/campaigns/([0-9a-f-]{36})$");
    private static final String FORM = "#campaign-form";

    @Test
    void anOperatorCreatesValidatesAndPublishesACampaign() {
        Api.Session operator = api.operator();
        Browser browser = signedIn("operator", operator);
        browser.expectHttpError(400); // the validation round, on purpose
        browser.visible("#nav-operator").click();
        browser.visible("a#new-campaign");
        browser.assertAccessible("operator campaigns");
        browser.click("a#new-campaign");
        browser.visible(FORM);

        String title = "E2E 砍价 " + unique("c");
        browser.select(FORM, "kind", "BARGAIN");
        browser.type(FORM, "title", title);
        browser.type(FORM, "organiser", "E2E 茶具店");
        browser.type(FORM, "reward", "一把紫砂壶");
        browser.type(FORM, "startPriceCents", "100.00");
        browser.type(FORM, "floorPriceCents", "0");
        browser.type(FORM, "maxAssists", "5");
        browser.type(FORM, "minAssists", "8"); // more than the maximum: the server refuses it
        browser.type(FORM, "minCutCents", "0.01");
        browser.type(FORM, "stock", "10");
        browser.type(FORM, "budgetCents", "1000.00");

        browser.click("button#validate-campaign");

        WebElement error = browser.visible(FORM + " .field-error:not([hidden])");
        assertThat(error.getText()).isNotBlank();
        WebElement field = error.findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"));
        WebElement flagged = field.findElement(By.cssSelector("input, select, textarea"));
        assertThat(flagged.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(flagged.getDomAttribute("name")).isIn("minAssists", "maxAssists");
        browser.screenshots("campaign-form");

        browser.type(FORM, "minAssists", "3");
        browser.click("button#validate-campaign");
        browser.visible("#validate-result .success");
        assertThat(browser.all(FORM + " .field-error:not([hidden])")).isEmpty();

        browser.submit(FORM);
        String id = browser.waitFor("the draft's page", d -> {
            Matcher m = CAMPAIGN_ROUTE.matcher(browser.route());
            return m.matches() ? m.group(1) : null;
        });
        assertThat(browser.visible("#campaign-status").getDomAttribute("data-status"))
                .isEqualTo("DRAFT");
        browser.visible("#preview-rules");

        browser.click("button#publish-campaign");

        browser.waitFor(
                "the campaign to show as published",
                d -> "PUBLISHED".equals(d.findElement(By.id("campaign-status")).getDomAttribute("data-status")));
        assertThat(browser.visible("#campaign-status").getText()).isEqualTo("已发布");
        browser.visible("button#end-campaign");
        assertThat(api.get("/api/campaigns/" + id, null).json().path("status").asString())
                .isEqualTo("PUBLISHED");
        browser.screenshots("operator-campaign");
    }
}
