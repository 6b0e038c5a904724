package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.DemoDataLoaded;
import io.huzhu.shared.GroupId;
import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/**
 * The operator's dashboards (platform and one campaign) and a group owner's dashboard draw every chart in Chromium
 * with no console error or CSP violation (checked after each test by the base class), and a chart's CSV export,
 * fetched by the page, holds exactly the numbers the API answers.
 */
class BrowserAnalyticsTests extends BrowserTestBase {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MutableClock clock;

    /**
     * A campaign and a group with the demo's sixty days of synthetic history (what {@code bin/run} shows), so that
     * the charts and the screenshots have something to show; the operator and the owner see their dashboards.
     */
    @Test
    void anOperatorSeesThePlatformAndACampaignAndExportsAChart() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        GroupFixtures.Group group = groups.create(api.register("owner"));
        events.publishEvent(new DemoDataLoaded(
                List.of(CampaignId.of(campaign)), List.of(GroupId.of(group.id())), List.of(), clock.instant()));
        Api.Session starter = api.register("starter");
        String task = fixtures.start(starter, campaign).path("id").asString();
        fixtures.assist(api.register("helper"), task);
        Api.Session operator = api.operator();
        String funnel = "/api/analytics/campaigns/" + campaign + "/funnel?days=60";
        await().atMost(Duration.ofSeconds(180))
                .until(() -> api.get(funnel, operator.token())
                                .json()
                                .path("rows")
                                .path(1)
                                .path(1)
                                .asLong()
                        > 20);

        Browser browser = signedIn("operator", operator);
        browser.visible("#nav-operator").click();
        browser.click("a#analytics-link");
        awaitCharts(browser);
        browser.screenshots("analytics-platform");

        browser.go("/operator/analytics/campaigns/" + campaign);
        awaitCharts(browser);
        assertThat(browser.all(".chart")).hasSize(2);
        String csv = (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(document.querySelector('#csv-funnel').href, {credentials: 'same-origin'})"
                + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
        // The same lines (the WebDriver bridge may turn the CSV's CRLF into LF) as the API's JSON numbers.
        assertThat(csv.lines().toList())
                .isEqualTo(
                        csvOf(api.get(funnel, operator.token()).json()).lines().toList());
        assertThat(csv).startsWith("step,tasks,conversion,of_started,median_seconds");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("started,");
        browser.screenshots("analytics-campaign");

        Browser owner = signedIn("owner", group.owner());
        owner.go("/groups/" + group.id() + "/analytics");
        awaitCharts(owner);
        owner.screenshots("analytics-group");
    }

    @Test
    void aGroupOwnerSeesTheGroupWithSmallNumbersHidden() {
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "member");
        api.post(
                "/api/groups/" + group.id() + "/messages",
                member.token(),
                Map.of("kind", "TEXT", "text", "大家好，今天天气不错"));
        String activity = "/api/analytics/groups/" + group.id() + "/activity?days=60";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(activity, group.owner().token())
                        .json()
                        .path("rows")
                        .toString()
                        .contains("< 5"));

        Browser browser = signedIn("owner", group.owner());
        browser.go("/groups/" + group.id() + "/admin");
        browser.click("a#tab-analytics");
        awaitCharts(browser);
        assertThat(browser.all(".chart")).hasSize(5);
        browser.click("[data-chart='group-activity'] details summary");
        String numbers =
                browser.visible("[data-chart='group-activity'] .data-table").getText();
        assertThat(numbers).contains("< 5").doesNotContain(" 2 ");
        browser.click("[data-chart='group-activity'] details summary");
        browser.screenshots("analytics-small-group");

        browser.click("#lang-switch");
        awaitCharts(browser);
        assertThat(browser.visible("h1").getText()).isEqualTo("Group analytics");
    }

    private static void awaitCharts(Browser browser) {
        browser.waitFor(
                "the dashboard's charts to be drawn",
                d -> "true".equals(browser.present("#analytics").getDomAttribute("data-ready")));
        browser.all(".chart")
                .forEach(chart -> assertThat(chart.getDomAttribute("data-rendered"))
                        .as("chart %s drawn", chart.getDomAttribute("id"))
                        .isEqualTo("true"));
    }

    /** The CSV the API's JSON table stands for (header, then rows; empty cells for nulls). */
    private static String csvOf(JsonNode table) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        table.path("columns").forEach(c -> header.add(c.asString()));
        out.append(String.join(",", header)).append("\r\n");
        table.path("rows").forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(v -> cells.add(v.isNull() ? "" : v.isTextual() ? v.asString() : v.toString()));
            out.append(String.join(",", cells)).append("\r\n");
        });
        return out.toString();
    }
}
