package io.huzhu.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.RecordedEvents;
import io.huzhu.task.AssistRecorded;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.TaskStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The analytics API end to end: events from real requests become roll-ups exactly once (a replayed event adds
 * nothing), every endpoint's authorisation, small numbers hidden by the server, and the CSV holding exactly the JSON's
 * numbers.
 */
@IntegrationTest
class AnalyticsApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Autowired
    Rollup rollup;

    @Autowired
    AnalyticsListeners listeners;

    @Autowired
    RecordedEvents events;

    private JsonNode table(String path, String token) {
        Api.Response response = api.get(path, token);
        assertThat(response.status()).as("%s: %s", path, response).isEqualTo(200);
        return response.json();
    }

    private static long cell(JsonNode table, int row, String column) {
        int i = 0;
        for (JsonNode c : table.path("columns")) {
            if (c.asString().equals(column)) {
                return table.path("rows").path(row).path(i).asLong();
            }
            i++;
        }
        throw new AssertionError("no column " + column + " in " + table);
    }

    private void fold() {
        rollup.drain(Instant.now().plus(Duration.ofDays(3650)));
    }

    @Test
    void aCampaignsEventsBecomeItsFunnelExactlyOnce() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session starter = api.register("starter");
        String task = fixtures.start(starter, campaign).path("id").asString();
        fixtures.assist(api.register("helper"), task);
        fixtures.assist(api.register("helper"), task);
        Api.Session operator = api.operator();
        String funnel = "/api/analytics/campaigns/" + campaign + "/funnel?days=3";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            fold();
            JsonNode t = table(funnel, operator.token());
            return cell(t, 0, "tasks") == 1 && cell(t, 1, "tasks") == 1;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            fold();
            return cell(table("/api/analytics/campaigns/" + campaign + "/daily?days=3", operator.token()), 2, "assists")
                    == 2;
        });

        // The registry may deliver an event again (after a crash): replaying them adds nothing.
        TaskStarted started = events.of(TaskStarted.class).stream()
                .filter(e -> e.taskId().value().toString().equals(task))
                .findFirst()
                .orElseThrow();
        List<AssistRecorded> assists = events.of(AssistRecorded.class).stream()
                .filter(a -> a.taskId().value().toString().equals(task))
                .toList();
        listeners.on(started);
        listeners.on(new AssistsRecorded(assists));
        fold();
        JsonNode after = table(funnel, operator.token());
        assertThat(cell(after, 0, "tasks")).isEqualTo(1);
        assertThat(cell(after, 1, "tasks")).isEqualTo(1);
        assertThat(cell(
                        table("/api/analytics/campaigns/" + campaign + "/daily?days=3", operator.token()),
                        2,
                        "assists"))
                .isEqualTo(2);
        JsonNode summary = table("/api/analytics/campaigns/" + campaign + "/summary?days=3", operator.token());
        assertThat(summary.path("rows").path(0).toString()).isEqualTo("[\"assists\",2]");
    }

    @Test
    void everyEndpointChecksWhoAsks() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "member");
        Api.Session outsider = api.register("outsider");
        Api.Session operator = api.operator();
        List<String> operatorPaths = new ArrayList<>();
        for (String chart : List.of("active", "retention", "funnel", "daily", "summary")) {
            operatorPaths.add("/api/analytics/platform/" + chart);
        }
        for (String chart : List.of("funnel", "daily", "summary")) {
            operatorPaths.add("/api/analytics/campaigns/" + campaign + "/" + chart);
        }
        for (String path : operatorPaths) {
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(api.get(path, member.token()).code()).as(path).isEqualTo("FORBIDDEN");
            assertThat(api.get(path, group.owner().token()).code()).as(path).isEqualTo("FORBIDDEN");
            assertThat(api.get(path, operator.token()).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/api/analytics/campaigns/" + UUID.randomUUID() + "/funnel", operator.token())
                        .code())
                .isEqualTo("CAMPAIGN_NOT_FOUND");
        for (String chart : List.of("activity", "retention", "help", "safety", "viral")) {
            String path = "/api/analytics/groups/" + group.id() + "/" + chart;
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(api.get(path, member.token()).code()).as(path).isEqualTo("GROUP_ROLE_REQUIRED");
            assertThat(api.get(path, outsider.token()).code()).as(path).isEqualTo("GROUP_NOT_FOUND");
            assertThat(api.get(path, operator.token()).code()).as(path).isEqualTo("GROUP_NOT_FOUND");
            assertThat(api.get(path, group.owner().token()).status()).as(path).isEqualTo(200);
        }
        String active = "/api/analytics/platform/active";
        for (String query : List.of(
                "?from=2026-02-30",
                "?from=2026-03-02&to=2026-03-01",
                "?from=2025-01-01&to=2026-03-01",
                "?days=0",
                "?days=3&from=2026-01-01",
                "?format=xml")) {
            Api.Response bad = api.get(active + query, operator.token());
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.code()).as(query).isEqualTo("ANALYTICS_QUERY");
        }
    }

    @Test
    void smallGroupsShowNoNumberUnderFiveAndTheCsvHoldsTheSameNumbers() {
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "member");
        api.post("/api/groups/" + group.id() + "/messages", member.token(), Map.of("kind", "TEXT", "text", "大家好"));
        String path = "/api/analytics/groups/" + group.id() + "/activity?days=2";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            fold();
            return table(path, group.owner().token())
                    .path("rows")
                    .path(1)
                    .path(1)
                    .asString()
                    .equals("< 5");
        });
        JsonNode json = table(path, group.owner().token());
        JsonNode today = json.path("rows").path(1);
        assertThat(today.path(1).asString()).as("members").isEqualTo("< 5");
        assertThat(today.path(2).asString()).as("dau").isEqualTo("< 5");
        assertThat(today.path(8).isNull()).as("churn of a hidden count").isTrue();
        Api.Response csv = api.get(path + "&format=csv", group.owner().token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("group-activity.csv");
        StringBuilder expected = new StringBuilder("day,members,dau,wau,mau,new,returning,departures,churn\r\n");
        for (JsonNode row : json.path("rows")) {
            List<String> cells = new ArrayList<>();
            row.forEach(v -> cells.add(v.isNull() ? "" : v.isTextual() ? v.asString() : v.toString()));
            expected.append(String.join(",", cells)).append("\r\n");
        }
        assertThat(csv.body()).isEqualTo(expected.toString());
        assertThat(csv.body().lines().skip(2).findFirst().orElseThrow())
                .doesNotContain(",2,")
                .doesNotContain(",1,");
    }
}
