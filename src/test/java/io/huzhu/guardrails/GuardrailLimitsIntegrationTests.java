package io.huzhu.guardrails;

import static io.huzhu.guardrails.GuardrailFixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import io.huzhu.support.PlatformGuardrails;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Personal limits (active tasks, help posts), the 24-hour delay on raising them, and breaks. */
@IntegrationTest
class GuardrailLimitsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Autowired
    MutableClock clock;

    @Autowired
    Attention attention;

    GuardrailFixtures guardrails;

    @BeforeEach
    void setUp() {
        guardrails = new GuardrailFixtures(api, fixtures);
    }

    private Api.Response start(Api.Session member, UUID campaign) {
        return api.post("/api/campaigns/" + campaign + "/tasks", member.token(), "");
    }

    @Test
    void aLowerLimitAppliesAtOnceAndAHigherOneOnlyAfter24Hours() {
        UUID campaign = guardrails.pricedCampaign(10_000, 0);
        Api.Session member = api.register("careful");
        assertThat(guardrails.limit(member, "ACTIVE_TASKS").path("own").asBoolean())
                .isFalse();
        assertThat(guardrails.limits(member, Map.of("activeTasks", 1)).status()).isEqualTo(200);

        assertThat(start(member, campaign).status()).isEqualTo(201);
        Api.Response refused = start(member, campaign);
        explained(refused, "ACTIVE_TASK_LIMIT");
        assertThat(refused.json().path("scope").asString()).isEqualTo("PERSONAL");
        assertThat(refused.json().path("limit").asLong()).isEqualTo(1);
        assertThat(Instant.parse(refused.json().path("resetsAt").asString()))
                .as("a place frees up at the latest when the open task reaches its deadline")
                .isAfter(clock.instant().plus(Duration.ofDays(29)));

        Instant asked = clock.instant();
        JsonNode raised = guardrails.limits(member, Map.of("activeTasks", 3)).json();
        JsonNode active = GuardrailFixtures.kind(raised, "ACTIVE_TASKS");
        assertThat(active.path("value").asLong()).as("a raise waits").isEqualTo(1);
        assertThat(active.path("pendingValue").asLong()).isEqualTo(3);
        assertThat(Instant.parse(active.path("pendingFrom").asString()))
                .isBetween(
                        asked.plus(Duration.ofHours(24)),
                        asked.plus(Duration.ofHours(24).plusSeconds(5)));
        explained(start(member, campaign), "ACTIVE_TASK_LIMIT");

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        explained(start(member, campaign), "ACTIVE_TASK_LIMIT");
        clock.advance(Duration.ofMinutes(2));
        assertThat(start(member, campaign).status())
                .as("the raise applies after 24 hours")
                .isEqualTo(201);
        assertThat(start(member, campaign).status()).isEqualTo(201);
        explained(start(member, campaign), "ACTIVE_TASK_LIMIT");

        assertThat(guardrails.limits(member, Map.of("activeTasks", 2)).status()).isEqualTo(200);
        assertThat(guardrails.limit(member, "ACTIVE_TASKS").path("value").asLong())
                .as("a lower limit applies at once")
                .isEqualTo(2);
        assertThat(guardrails.limit(member, "ACTIVE_TASKS").has("pendingValue")).isFalse();
        assertThat(api.get("/api/me/guardrails", member.token())
                        .json()
                        .path("usage")
                        .path("activeTasks")
                        .asLong())
                .isEqualTo(3);
        explained(start(member, campaign), "ACTIVE_TASK_LIMIT");
    }

    @Test
    void aLimitAboveThePlatformMaximumOrBelowZeroIsRefusedAndChangesNothing() {
        Api.Session member = api.register("bold");
        Api.Response tooHigh = guardrails.limits(member, Map.of("activeTasks", 51, "helpPostsPerDay", 5));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.json().path("errors").get(0).path("reason").asString())
                .isEqualTo("ABOVE_MAXIMUM");
        assertThat(guardrails.limits(member, Map.of("monthlySpendCents", -1)).status())
                .isEqualTo(400);
        assertThat(guardrails.limit(member, "DAILY_HELP_POSTS").path("own").asBoolean())
                .as("nothing half written")
                .isFalse();
    }

    @Test
    void theHelpPostLimitRefusesHelpPostsOnlyUntilTheNextLocalMidnight() {
        Api.Session owner = api.register("poster");
        GroupFixtures.Group group = groups.create(owner);
        UUID campaign = guardrails.pricedCampaign(10_000, 0);
        String first = fixtures.start(owner, campaign).path("id").asString();
        String second = fixtures.start(owner, campaign).path("id").asString();
        assertThat(guardrails.limits(owner, Map.of("helpPostsPerDay", 1)).status())
                .isEqualTo(200);
        String path = "/api/groups/" + group.id() + "/messages";

        assertThat(api.post(path, owner.token(), Map.of("kind", "TASK", "taskId", first))
                        .status())
                .isEqualTo(201);
        Api.Response refused = api.post(path, owner.token(), Map.of("kind", "TASK", "taskId", second));
        explained(refused, "HELP_POST_LIMIT");
        Instant resets = Instant.parse(refused.json().path("resetsAt").asString());
        assertThat(resets.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime())
                .isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(api.post(path, owner.token(), Map.of("kind", "TEXT", "text", "谢谢大家"))
                        .status())
                .as("ordinary messages are not help posts")
                .isEqualTo(201);

        clock.advance(Duration.between(clock.instant(), resets).plusSeconds(1));
        assertThat(api.post(path, owner.token(), Map.of("kind", "TASK", "taskId", second))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aBreakStopsNewTasksAndHelpPostsAndPushesButNotClaimsOrAssistsAndCannotBeShortened() {
        UUID campaign = guardrails.pricedCampaign(10_000, 0);
        Api.Session member = api.register("resting");
        GroupFixtures.Group group = groups.create(member);
        String done = guardrails.succeeded(member, campaign);
        String open = fixtures.start(member, campaign).path("id").asString();
        String others =
                fixtures.start(api.register("other"), campaign).path("id").asString();

        Api.Response taken = api.post("/api/me/guardrails/break", member.token(), Map.of("days", 7));
        assertThat(taken.status()).isEqualTo(200);
        Instant until = Instant.parse(taken.json().path("breakUntil").asString());
        assertThat(until).isAfter(clock.instant().plus(Duration.ofDays(7).minusMinutes(1)));
        Api.Response shorter = api.post("/api/me/guardrails/break", member.token(), Map.of("days", 1));
        assertThat(Instant.parse(shorter.json().path("breakUntil").asString()))
                .as("a break cannot be shortened")
                .isEqualTo(until);
        assertThat(api.post("/api/me/guardrails/break", member.token(), Map.of("days", 3))
                        .status())
                .isEqualTo(400);
        assertThat(attention.mayPush(new io.huzhu.shared.UserId(member.id()), clock.instant()))
                .isFalse();

        Api.Response refused = start(member, campaign);
        explained(refused, "ON_BREAK");
        assertThat(Instant.parse(refused.json().path("breakUntil").asString())).isEqualTo(until);
        String path = "/api/groups/" + group.id() + "/messages";
        explained(api.post(path, member.token(), Map.of("kind", "TASK", "taskId", open)), "ON_BREAK");
        assertThat(api.post(path, member.token(), Map.of("kind", "TEXT", "text", "休息一周"))
                        .status())
                .isEqualTo(201);
        assertThat(fixtures.assist(member, others).status()).isEqualTo(201);
        assertThat(guardrails.claim(member, done, null).status()).isEqualTo(200);

        clock.advance(Duration.between(clock.instant(), until).plusSeconds(1));
        assertThat(start(member, campaign).status()).isEqualTo(201);
        assertThat(api.get("/api/me/guardrails", member.token()).json().has("breakUntil"))
                .isFalse();
    }

    @Test
    void quietHoursHoldPushesInTheMembersZoneAndNothingElse() {
        Api.Session member = api.register("sleeper");
        io.huzhu.shared.UserId id = new io.huzhu.shared.UserId(member.id());
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 3);
        java.util.function.Function<String, Instant> at = time ->
                day.atTime(java.time.LocalTime.parse(time)).atZone(shanghai).toInstant();

        assertThat(attention.mayPush(id, at.apply("23:00")))
                .as("the tests' configuration has no default quiet hours")
                .isTrue();
        assertThat(api.put(
                                "/api/me/guardrails/quiet-hours",
                                member.token(),
                                Map.of("enabled", true, "start", "22:00", "end", "07:00", "zone", "Asia/Shanghai"))
                        .status())
                .isEqualTo(200);
        assertThat(attention.mayPush(id, at.apply("21:59"))).isTrue();
        assertThat(attention.mayPush(id, at.apply("22:00"))).isFalse();
        assertThat(attention.mayPush(id, at.apply("03:00"))).isFalse();
        assertThat(attention.mayPush(id, at.apply("06:59"))).isFalse();
        assertThat(attention.mayPush(id, at.apply("07:00"))).isTrue();
        assertThat(attention.mayPush(id, at.apply("12:00"))).isTrue();

        Api.Response london = api.put(
                "/api/me/guardrails/quiet-hours",
                member.token(),
                Map.of("enabled", true, "start", "13:00", "end", "14:30", "zone", "Europe/London"));
        assertThat(london.status()).as(london.toString()).isEqualTo(200);
        assertThat(london.json().path("quietHours").path("zone").asString()).isEqualTo("Europe/London");
        Instant londonOneThirty =
                day.atTime(13, 30).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        assertThat(attention.mayPush(id, londonOneThirty))
                .as("the new window, in the new zone")
                .isFalse();
        assertThat(attention.mayPush(id, londonOneThirty.plus(Duration.ofHours(1))))
                .isTrue();
        assertThat(attention.mayPush(id, at.apply("23:00")))
                .as("the old window no longer holds")
                .isTrue();

        assertThat(api.put(
                                "/api/me/guardrails/quiet-hours",
                                member.token(),
                                Map.of("enabled", false, "start", "13:00", "end", "14:30", "zone", "Europe/London"))
                        .status())
                .isEqualTo(200);
        assertThat(attention.mayPush(id, londonOneThirty)).isTrue();
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(
                Map.of("enabled", true, "start", "25:00", "end", "07:00", "zone", "Asia/Shanghai"),
                Map.of("enabled", true, "start", "22:00", "end", "22:00", "zone", "Asia/Shanghai"),
                Map.of("enabled", true, "start", "22:00", "end", "07:00", "zone", "Mars/Olympus"))) {
            assertThat(api.put("/api/me/guardrails/quiet-hours", member.token(), bad)
                            .status())
                    .as(bad.toString())
                    .isEqualTo(400);
        }
        assertThat(attention.mayPush(id, londonOneThirty))
                .as("refused changes change nothing")
                .isTrue();
        assertThat(attention.mayPush(
                        new io.huzhu.shared.UserId(api.register("other").id()), at.apply("12:00")))
                .as("another member is not affected")
                .isTrue();
    }

    @Test
    void operatorsSetPlatformDefaultsAndMaximaThatMembersFollowUnlessTheyChoseLess() {
        Api.Session operator = api.operator();
        Api.Session member = api.register("follower");
        Api.Session strict = api.register("strict");
        assertThat(guardrails.limits(strict, Map.of("helpPostsPerDay", 3)).status())
                .isEqualTo(200);
        assertThat(api.get("/api/admin/guardrails", member.token()).status()).isEqualTo(403);
        Api.Response wrong = api.put(
                "/api/admin/guardrails",
                operator.token(),
                Map.of(
                        "limits",
                        java.util.List.of(Map.of("kind", "DAILY_HELP_POSTS", "defaultValue", 9, "maximum", 8))));
        assertThat(wrong.status()).isEqualTo(400);
        try (var platform = PlatformGuardrails.snapshot(api, operator)) {
            Api.Response set = api.put(
                    "/api/admin/guardrails",
                    operator.token(),
                    Map.of(
                            "limits",
                            java.util.List.of(Map.of("kind", "DAILY_HELP_POSTS", "defaultValue", 5, "maximum", 8))));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(guardrails
                            .limit(member, "DAILY_HELP_POSTS")
                            .path("value")
                            .asLong())
                    .isEqualTo(5);
            assertThat(guardrails
                            .limit(strict, "DAILY_HELP_POSTS")
                            .path("value")
                            .asLong())
                    .as("a member who chose less keeps it")
                    .isEqualTo(3);
            assertThat(guardrails.limits(member, Map.of("helpPostsPerDay", 9)).status())
                    .isEqualTo(400);
        }
    }
}
