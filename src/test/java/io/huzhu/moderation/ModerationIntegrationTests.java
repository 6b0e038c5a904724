package io.huzhu.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ModerationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    @Autowired
    MutableClock clock;

    private ModerationClient mod() {
        return new ModerationClient(api);
    }

    @Test
    void aHeldMessageReachesNoMemberUntilApproved() {
        var group = groups.create(api.register("owner"));
        Api.Session author = groups.member(group, "author");
        Api.Session reader = groups.member(group, "reader");
        UUID held = mod().post(group, author, "好价在这里 https://unknown-shop.example/deal");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mod().queue(group, group.owner()).size() == 1);
        JsonNode item = mod().queue(group, group.owner()).get(0);
        assertThat(item.path("messageId").asString()).isEqualTo(held.toString());
        assertThat(item.path("held").asBoolean()).isTrue();
        assertThat(item.path("findings").get(0).path("type").asString()).isEqualTo("LINK");
        assertThat(item.path("message").path("status").asString()).isEqualTo("HELD");
        assertThat(mod().visibleIds(group, reader)).doesNotContain(held.toString());

        Api.Response approved =
                mod().act(group, group.owner(), Map.of("action", "APPROVE", "messageId", held, "reason", "known shop"));
        assertThat(approved.status()).isEqualTo(200);
        JsonNode listed = api.get("/api/groups/" + group.id() + "/messages", reader.token())
                .json()
                .path("items")
                .get(0);
        assertThat(listed.path("id").asString()).isEqualTo(held.toString());
        assertThat(listed.path("seq").asLong()).isPositive();
        assertThat(mod().queue(group, group.owner()).size()).isZero();
        JsonNode hold = mod().awaitAudit(group, group.owner(), "HOLD");
        assertThat(hold.path("actor").asString()).isEqualTo("SYSTEM");
        assertThat(hold.path("findings").get(0).path("type").asString()).isEqualTo("LINK");
        assertThat(mod().auditActions(group, group.owner())).contains("APPROVE");
    }

    @Test
    void everyModerationActionAppearsInTheAuditLogAndTheLadderEscalates() {
        var group = groups.create(api.register("owner"));
        Api.Session owner = group.owner();
        Api.Session warned = groups.member(group, "warned");
        Api.Session muted = groups.member(group, "muted");
        Api.Session kicked = groups.member(group, "kicked");
        Api.Session banned = groups.member(group, "banned");
        UUID message = mod().post(group, warned, "一条普通消息");

        assertThat(mod().act(group, owner, Map.of("action", "DELETE", "messageId", message, "reason", "off topic"))
                        .status())
                .isEqualTo(200);
        assertThat(mod().visibleIds(group, owner)).doesNotContain(message.toString());
        JsonNode first = mod().act(group, owner, Map.of("action", "WARN", "userId", warned.id(), "reason", "r1"))
                .json();
        assertThat(first.path("ladder").path("consequence").asString()).isEqualTo("WARNING_ONLY");
        JsonNode second = mod().act(group, owner, Map.of("action", "WARN", "userId", warned.id(), "reason", "r2"))
                .json();
        assertThat(second.path("ladder").path("consequence").asString()).isEqualTo("MUTE");
        assertThat(second.path("until").isMissingNode()).isFalse();
        assertThat(mod().act(group, owner, Map.of("action", "MUTE", "userId", muted.id(), "minutes", 30, "reason", "x"))
                        .status())
                .isEqualTo(200);
        assertThat(mod().act(group, owner, Map.of("action", "KICK", "userId", kicked.id(), "reason", "x"))
                        .status())
                .isEqualTo(200);
        assertThat(mod().act(group, owner, Map.of("action", "BAN", "userId", banned.id(), "reason", "x"))
                        .status())
                .isEqualTo(200);
        Api.Response noReason = mod().act(group, owner, Map.of("action", "KICK", "userId", warned.id()));
        assertThat(noReason.status()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(mod().auditActions(group, owner))
                        .containsExactlyInAnyOrder("DELETE", "WARN", "WARN", "MUTE", "MUTE", "KICK", "BAN"));
        JsonNode page = api.get("/api/groups/" + group.id() + "/audit?limit=3", owner.token())
                .json();
        assertThat(page.path("items").size()).isEqualTo(3);
        assertThat(page.path("items").get(0).path("action").asString()).isEqualTo("BAN");
        JsonNode rest = api.get(
                        "/api/groups/" + group.id() + "/audit?limit=10&before="
                                + page.path("next").asLong(),
                        owner.token())
                .json();
        assertThat(rest.path("items").size()).isEqualTo(4);
        assertThat(rest.path("items").get(3).path("action").asString()).isEqualTo("DELETE");
    }

    @Test
    void sanctionsThroughTheGroupEndpointsAreAuditedToo() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        groups.act(group, group.owner(), member, "mute", Map.of("minutes", 60, "reason", "flood"));
        JsonNode mute = mod().awaitAudit(group, group.owner(), "MUTE");
        assertThat(mute.path("actorId").asString()).isEqualTo(group.owner().id().toString());
        assertThat(mute.path("reason").asString()).isEqualTo("flood");
        groups.act(group, group.owner(), member, "kick", Map.of());
        assertThat(mod().awaitAudit(group, group.owner(), "KICK").path("actor").asString())
                .isEqualTo("SYSTEM");
    }

    @Test
    void anAppealIsDecidedByAnotherAdminAndOverturningUnmutes() {
        var group = groups.create(api.register("owner"));
        Api.Session admin = groups.member(group, "admin");
        groups.act(group, group.owner(), admin, "promote", Map.of());
        Api.Session member = groups.member(group, "m");
        UUID entry = UUID.fromString(
                mod().act(group, admin, Map.of("action", "MUTE", "userId", member.id(), "minutes", 60, "reason", "x"))
                        .json()
                        .path("auditEntryId")
                        .asString());

        Api.Response notMine = api.post("/api/appeals", admin.token(), Map.of("auditEntryId", entry, "text", "no"));
        assertThat(notMine.code()).isEqualTo("NOT_AFFECTED_MEMBER");
        Api.Response filed = api.post("/api/appeals", member.token(), Map.of("auditEntryId", entry, "text", "误会"));
        assertThat(filed.status()).isEqualTo(201);
        String appeal = filed.json().path("id").asString();
        assertThat(api.post("/api/appeals", member.token(), Map.of("auditEntryId", entry, "text", "again"))
                        .code())
                .isEqualTo("APPEAL_ALREADY_OPEN");
        assertThat(api.get("/api/appeals/" + appeal, api.register("x").token()).status())
                .isEqualTo(404);

        Api.Response own = api.post(
                "/api/appeals/" + appeal + "/decision", admin.token(), Map.of("decision", "OVERTURN", "note", "ok"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.code()).isEqualTo("APPEAL_OWN_ACTION");
        Api.Response decided = api.post(
                "/api/appeals/" + appeal + "/decision",
                group.owner().token(),
                Map.of("decision", "OVERTURN", "note", "不是刷屏"));
        assertThat(decided.status()).isEqualTo(200);

        JsonNode seen = api.get("/api/appeals/" + appeal, member.token()).json();
        assertThat(seen.path("status").asString()).isEqualTo("OVERTURNED");
        assertThat(seen.path("decisionNote").asString()).isEqualTo("不是刷屏");
        assertThat(api.get("/api/me/appeals", member.token())
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.post(
                                "/api/groups/" + group.id() + "/messages",
                                member.token(),
                                Map.of("kind", "TEXT", "text", "我可以说话了"))
                        .status())
                .isEqualTo(201);
        mod().awaitAudit(group, group.owner(), "APPEAL_OVERTURNED");
    }

    @Test
    void anOwnerWhoActedAloneCannotDecideTheAppeal() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        String entry = mod().act(group, group.owner(), Map.of("action", "WARN", "userId", member.id(), "reason", "x"))
                .json()
                .path("auditEntryId")
                .asString();
        String appeal = api.post("/api/appeals", member.token(), Map.of("auditEntryId", entry, "text", "why"))
                .json()
                .path("id")
                .asString();
        Api.Response refused = api.post(
                "/api/appeals/" + appeal + "/decision",
                group.owner().token(),
                Map.of("decision", "UPHOLD", "note", "stays"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("NO_INDEPENDENT_REVIEWER");
        assertThat(refused.json().path("detail").asString()).contains("Appoint another admin");
        assertThat(api.post(
                                "/api/appeals/" + appeal + "/decision",
                                member.token(),
                                Map.of("decision", "OVERTURN", "note", "mine"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void reportsHideAMessageOnlyWithTwoTrustedReporters() {
        var group = groups.create(api.register("owner"));
        Api.Session author = groups.member(group, "author");
        Api.Session trustedA = groups.member(group, "ta");
        Api.Session trustedB = groups.member(group, "tb");
        Api.Session fresh1 = groups.member(group, "f1");
        Api.Session fresh2 = groups.member(group, "f2");
        clock.advance(Duration.ofDays(4));
        for (int i = 0; i < 10; i++) {
            mod().post(group, trustedA, "第" + i + "次帮忙，谢谢大家 A" + i);
            mod().post(group, trustedB, "今天的第" + i + "条经验分享 B" + i);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mod().trust(group, author, trustedA) == 1 && mod().trust(group, author, trustedB) == 1);
        Api.Session fresh3 = groups.member(group, "f3");
        assertThat(mod().trust(group, author, fresh3)).isZero();
        UUID message = mod().post(group, author, "有人能帮忙看看这个吗");

        for (Api.Session fresh : new Api.Session[] {fresh3}) {
            JsonNode r = mod().report(group, fresh, Map.of("messageId", message, "reason", "SPAM"))
                    .json();
            assertThat(r.path("counted").asBoolean()).isFalse();
        }
        JsonNode one = mod().report(group, trustedA, Map.of("messageId", message, "reason", "AD"))
                .json();
        assertThat(one.path("counted").asBoolean()).isTrue();
        assertThat(one.path("hidden").asBoolean()).isFalse();
        assertThat(mod().visibleIds(group, fresh1)).contains(message.toString());
        JsonNode two = mod().report(group, trustedB, Map.of("messageId", message, "reason", "SPAM", "note", "广告"))
                .json();
        assertThat(two.path("hidden").asBoolean()).isTrue();
        assertThat(mod().visibleIds(group, fresh1)).doesNotContain(message.toString());

        JsonNode item = mod().queue(group, group.owner()).get(0);
        assertThat(item.path("hidden").asBoolean()).isTrue();
        assertThat(item.path("reports").path("count").asInt()).isEqualTo(3);
        assertThat(item.path("reports").path("trusted").asInt()).isEqualTo(2);
        assertThat(item.path("reports").path("reasons").path("SPAM").asInt()).isEqualTo(2);
        assertThat(mod().auditActions(group, group.owner())).contains("HIDE");
        assertThat(mod().report(group, fresh2, Map.of("messageId", message, "reason", "SPAM"))
                        .status())
                .isEqualTo(201);
        assertThat(mod().report(group, fresh2, Map.of("messageId", message, "reason", "SPAM"))
                        .code())
                .isEqualTo("ALREADY_REPORTED_TARGET");
    }

    @Test
    void reportsAreLimitedToTenAnHour() {
        var group = groups.create(api.register("owner"));
        Api.Session reporter = groups.member(group, "r");
        // Two authors, so that the pipeline's flood rule (10 messages a minute per author) stays out of the way.
        Api.Session second = groups.member(group, "s");
        for (int i = 0; i < 10; i++) {
            UUID m = mod().post(group, i % 2 == 0 ? group.owner() : second, "公告 " + i + " 号");
            assertThat(mod().report(group, reporter, Map.of("messageId", m, "reason", "OFF_TOPIC"))
                            .status())
                    .isEqualTo(201);
        }
        UUID eleventh = mod().post(group, group.owner(), "公告 十一 号");
        Api.Response limited = mod().report(group, reporter, Map.of("messageId", eleventh, "reason", "OTHER"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void everyEndpointChecksTheCallersRole() {
        var group = groups.create(api.register("owner"));
        Api.Session owner = group.owner();
        Api.Session admin = groups.member(group, "admin");
        groups.act(group, owner, admin, "promote", Map.of());
        Api.Session member = groups.member(group, "m");
        Api.Session muted = groups.member(group, "muted");
        Api.Session banned = groups.member(group, "banned");
        Api.Session outsider = api.register("out");
        groups.act(group, owner, muted, "mute", Map.of("minutes", 60, "reason", "x"));
        groups.act(group, owner, banned, "ban", Map.of("reason", "x"));
        UUID message = mod().post(group, owner, "欢迎");
        String base = "/api/groups/" + group.id();
        Map<String, Object> report = new HashMap<>(Map.of("messageId", message, "reason", "OTHER"));

        for (Api.Session nobody : new Api.Session[] {outsider, banned}) {
            assertThat(mod().report(group, nobody, report).status()).isEqualTo(404);
            assertThat(api.get(base + "/moderation/queue", nobody.token()).status())
                    .isEqualTo(404);
            assertThat(api.get(base + "/audit", nobody.token()).status()).isEqualTo(404);
            assertThat(mod().act(group, nobody, Map.of("action", "APPROVE", "messageId", message, "reason", "x"))
                            .status())
                    .isEqualTo(404);
            assertThat(api.get(base + "/members/" + member.id() + "/trust", nobody.token())
                            .status())
                    .isEqualTo(404);
            assertThat(api.get(base + "/safety-score", nobody.token()).status()).isEqualTo(404);
        }
        assertThat(api.get(base + "/safety-score?code=" + group.inviteCode(), outsider.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.get(base + "/safety-score?code=WRONG1", outsider.token()).status())
                .isEqualTo(404);

        assertThat(mod().report(group, muted, report).code()).isEqualTo("MEMBER_MUTED");
        for (Api.Session plain : new Api.Session[] {member, muted}) {
            assertThat(api.get(base + "/moderation/queue", plain.token()).code())
                    .isEqualTo("GROUP_ROLE_REQUIRED");
            assertThat(api.get(base + "/audit", plain.token()).code()).isEqualTo("GROUP_ROLE_REQUIRED");
            assertThat(mod().act(group, plain, Map.of("action", "WARN", "userId", owner.id(), "reason", "x"))
                            .code())
                    .isEqualTo("GROUP_ROLE_REQUIRED");
            assertThat(api.get(base + "/safety-score", plain.token()).status()).isEqualTo(200);
            assertThat(api.get(base + "/members/" + member.id() + "/trust", plain.token())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(mod().report(group, member, report).status()).isEqualTo(201);
        assertThat(mod().report(group, member, Map.of("userId", member.id(), "reason", "OTHER"))
                        .code())
                .isEqualTo("NOT_ON_YOURSELF");

        for (Api.Session moderator : new Api.Session[] {admin, owner}) {
            assertThat(api.get(base + "/moderation/queue", moderator.token()).status())
                    .isEqualTo(200);
            assertThat(api.get(base + "/audit", moderator.token()).status()).isEqualTo(200);
        }
        assertThat(mod().act(group, admin, Map.of("action", "WARN", "userId", owner.id(), "reason", "x"))
                        .code())
                .isEqualTo("MEMBER_PROTECTED");
        assertThat(mod().act(group, owner, Map.of("action", "WARN", "userId", admin.id(), "reason", "x"))
                        .status())
                .isEqualTo(200);
        JsonNode score = api.get(base + "/safety-score", owner.token()).json();
        assertThat(score.path("score").asInt()).isBetween(0, 100);
        assertThat(score.path("components").size()).isEqualTo(8);
    }
}
