package io.huzhu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.FeedClient;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import io.huzhu.support.QuietMembers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The inbox end to end: assists coalesced into one live notice over the member's WebSocket, preferences, Attention. */
@IntegrationTest
class NotifyInboxIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aSecurityNoticeReachesAMemberInQuietHoursAndAnOrdinaryOneWaits() {
        Api.Session member = api.register("resting");
        FeedClient live = FeedClient.connect(api, member);
        QuietMembers.quiet(member.id());
        try {
            UUID restriction = UUID.randomUUID();
            new org.springframework.transaction.support.TransactionTemplate(transactions)
                    .executeWithoutResult(s -> events.publishEvent(new io.huzhu.risk.RiskPenaltyApplied(
                            restriction, List.of(new io.huzhu.shared.UserId(member.id())), false, clock.instant())));
            var terms = fixtures.bargain();
            terms.put("minAssists", 1);
            terms.put("maxAssists", 1);
            String done = startTask(member, fixtures.publish(terms));
            assertThat(fixtures.assist(api.register("helper"), done).status()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !live.notices("ACCOUNT_RESTRICTED").isEmpty());
            assertThat(live.notices("ACCOUNT_RESTRICTED")
                            .getFirst()
                            .path("subjectId")
                            .asString())
                    .isEqualTo(restriction.toString());
            await().atMost(Duration.ofSeconds(20))
                    .alias("the task's success is in the inbox")
                    .until(() -> !inbox(member, "TASK_SUCCEEDED").isEmpty());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(live.notices("TASK_SUCCEEDED"))
                    .as("quiet hours: an ordinary notice is not pushed")
                    .isEmpty();
        } finally {
            QuietMembers.attentive(member.id());
        }
    }

    private String startTask(Api.Session owner, UUID campaign) {
        return fixtures.start(owner, campaign).path("id").asString();
    }

    private List<JsonNode> inbox(Api.Session member, String kind) {
        JsonNode page = api.get("/api/me/notifications", member.token()).json();
        return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(n -> n.path("kind").asString().equals(kind))
                .toList();
    }

    @Test
    void threeAssistsMakeOneLiveNoticeWhenTheWindowClosesAndQuietMembersOnlyFindItInTheInbox() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session owner = api.register("owner");
        Api.Session resting = api.register("resting");
        String task = startTask(owner, campaign);
        String restingTask = startTask(resting, campaign);
        FeedClient live = FeedClient.connect(api, owner);
        FeedClient quiet = FeedClient.connect(api, resting);
        QuietMembers.quiet(resting.id());
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(fixtures.assist(api.register("h" + i), task).status())
                        .isEqualTo(201);
            }
            for (int i = 0; i < 2; i++) {
                assertThat(fixtures.assist(api.register("r" + i), restingTask).status())
                        .isEqualTo(201);
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> inbox(owner, "ASSISTED").stream()
                            .anyMatch(n -> n.path("count").asInt() == 3));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> inbox(resting, "ASSISTED").stream()
                            .anyMatch(n -> n.path("count").asInt() == 2));
            assertThat(live.notices("ASSISTED"))
                    .as("nothing is pushed while the window is open")
                    .isEmpty();

            clock.advance(Duration.ofSeconds(61));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !live.notices("ASSISTED").isEmpty());
            JsonNode notice = live.notices("ASSISTED").getFirst();
            assertThat(notice.path("count").asInt()).isEqualTo(3);
            assertThat(notice.path("taskId").asString()).isEqualTo(task);
            assertThat(notice.path("read").asBoolean()).isFalse();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(live.notices("ASSISTED"))
                    .as("one coalesced notice, pushed once")
                    .hasSize(1);
            assertThat(quiet.notices("ASSISTED"))
                    .as("quiet hours: nothing pushed")
                    .isEmpty();
            assertThat(inbox(resting, "ASSISTED").getFirst().path("read").asBoolean())
                    .isFalse();
            assertThat(api.get("/api/me/notifications/unread", resting.token())
                            .json()
                            .path("unread")
                            .asLong())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            QuietMembers.attentive(resting.id());
        }
    }

    @Test
    void aMemberMarksNoticesReadOneOrAll() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session owner = api.register("reader");
        String first = startTask(owner, campaign);
        String second = startTask(owner, campaign);
        fixtures.assist(api.register("h"), first);
        fixtures.assist(api.register("h"), second);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox(owner, "ASSISTED").size() == 2);
        assertThat(api.get("/api/me/notifications/unread", owner.token())
                        .json()
                        .path("unread")
                        .asLong())
                .isEqualTo(2);

        String id = inbox(owner, "ASSISTED").getFirst().path("id").asString();
        Api.Response read = api.post("/api/me/notifications/" + id + "/read", owner.token(), "");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("unread").asLong()).isEqualTo(1);
        assertThat(api.post(
                                "/api/me/notifications/" + id + "/read",
                                api.register("other").token(),
                                "")
                        .code())
                .isEqualTo("NOTIFICATION_NOT_FOUND");

        assertThat(api.post("/api/me/notifications/read-all", owner.token(), "")
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/me/notifications/unread", owner.token())
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();
    }

    @Test
    void aKindTurnedOffIsNotRecordedAndModerationCannotBeTurnedOff() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session owner = api.register("picky");
        Api.Response off = api.put("/api/me/notification-preferences", owner.token(), Map.of("ASSISTED", false));
        assertThat(off.status()).isEqualTo(200);
        assertThat(setting(off.json(), "ASSISTED").path("enabled").asBoolean()).isFalse();
        assertThat(setting(off.json(), "MODERATION").path("mandatory").asBoolean())
                .isTrue();

        Api.Response refused = api.put("/api/me/notification-preferences", owner.token(), Map.of("MODERATION", false));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("NOTIFICATION_KIND_MANDATORY");

        String task = startTask(owner, campaign);
        fixtures.assist(api.register("h"), task);
        // A sanction is always recorded: it proves the listeners ran, so the missing assist notice is the preference.
        var group = groups.create(api.register("gowner"));
        groups.join(group, owner);
        groups.act(group, group.owner(), owner, "mute", Map.of("minutes", 30, "reason", "test"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !inbox(owner, "MODERATION").isEmpty());
        assertThat(inbox(owner, "MODERATION").getFirst().path("detail").asString())
                .isEqualTo("MUTE");
        assertThat(inbox(owner, "ASSISTED")).isEmpty();
    }

    private static JsonNode setting(JsonNode settings, String kind) {
        for (JsonNode s : settings) {
            if (s.path("kind").asString().equals(kind)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + kind);
    }
}
