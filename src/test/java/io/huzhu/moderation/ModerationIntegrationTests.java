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
        // Joins are audited too, the owner's first (from MemberJoined); wait for them so that the order below is fixed.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(mod().auditActions(group, owner))
                        .containsExactly("JOIN", "JOIN", "JOIN", "JOIN", "JOIN"));
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
                        .containsExactlyInAnyOrder(
                                "JOIN", "JOIN", "JOIN", "JOIN", "JOIN", "DELETE", "WARN", "WARN", "MUTE", "MUTE",
                                "KICK", "BAN"));
        JsonNode page = api.get("/api/groups/" + group.id() + "/audit?limit=3", owner.token())
                .json();
        assertThat(page.path("items").size()).isEqualTo(3);
        assertThat(page.path("items").get(0).path("action").asString()).isEqualTo("BAN");
        JsonNode rest = api.get(
                        "/api/groups/" + group.id() + "/audit?limit=10&before="
                                + page.path("next").asLong(),
                        owner.token())
                .json();
        assertThat(rest.path("items").size()).isEqualTo(9);
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
        groups.act(group, group.owner(), member, "kick", Map.of("reason", "kept flooding"));
        // The event names the admin and carries the reason: nothing is guessed.
        JsonNode kick = mod().awaitAudit(group, group.owner(), "KICK");
        assertThat(kick.path("actorId").asString()).isEqualTo(group.owner().id().toString());
        assertThat(kick.path("reason").asString()).isEqualTo("kept flooding");
        groups.act(group, group.owner(), member, "ban", Map.of());
        JsonNode ban = mod().awaitAudit(group, group.owner(), "BAN");
        assertThat(ban.path("actorId").asString()).isEqualTo(group.owner().id().toString());
        assertThat(ban.path("reason").asString()).isEqualTo("Banned by a group admin");
        groups.act(group, group.owner(), member, "unban", Map.of("reason", "second chance"));
        assertThat(mod().awaitAudit(group, group.owner(), "UNBAN")
                        .path("reason")
                        .asString())
                .isEqualTo("second chance");
        // Each sanction is logged once, whichever door it came through.
        assertThat(mod().auditActions(group, group.owner()))
                .filteredOn(a -> !a.equals("JOIN"))
                .containsExactly("UNBAN", "BAN", "KICK", "MUTE");
    }

    @Test
    void joiningAndLeavingAreAuditedWithTheMemberAsActor() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        JsonNode join = mod().awaitAudit(group, group.owner(), "JOIN");
        assertThat(join.path("actorId").asString()).isEqualTo(member.id().toString());
        assertThat(api.post("/api/groups/" + group.id() + "/leave", member.token(), Map.of())
                        .status())
                .isEqualTo(204);
        JsonNode leave = mod().awaitAudit(group, group.owner(), "LEAVE");
        assertThat(leave.path("actorId").asString()).isEqualTo(member.id().toString());
        assertThat(leave.path("targetUserId").asString()).isEqualTo(member.id().toString());
    }

    @Test
    void anAppealIsDecidedByAnotherAdminAndOverturningUnmutes() {
        var group = groups.create(api.register("owner"));
        Api.Session admin = groups.member(group, "gadmin");
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
        Api.Session admin = groups.member(group, "gadmin");
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

    @Test
    void aGroupsAppealsAreListedForItsModeratorsOpenOnesFirst() {
        var group = groups.create(api.register("owner"));
        Api.Session owner = group.owner();
        Api.Session admin = groups.member(group, "gadmin");
        groups.act(group, owner, admin, "promote", Map.of());
        Api.Session first = groups.member(group, "a1");
        Api.Session second = groups.member(group, "a2");
        Api.Session third = groups.member(group, "a3");
        Api.Session member = groups.member(group, "m");
        Api.Session outsider = api.register("out");
        String base = "/api/groups/" + group.id();

        // Oldest: still open. Middle: decided. Newest: open.
        String oldOpen = appeal(group, admin, first, "老的申诉");
        clock.advance(Duration.ofMinutes(1));
        String decided = appeal(group, admin, second, "已处理的申诉");
        assertThat(api.post(
                                "/api/appeals/" + decided + "/decision",
                                owner.token(),
                                Map.of("decision", "UPHOLD", "note", "维持"))
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        String newOpen = appeal(group, admin, third, "新的申诉");
        // An appeal in another group never shows up here.
        var other = groups.create(api.register("other"));
        Api.Session otherAdmin = groups.member(other, "oa");
        groups.act(other, other.owner(), otherAdmin, "promote", Map.of());
        String elsewhere = appeal(other, otherAdmin, groups.member(other, "om"), "别的群");

        for (Api.Session moderator : new Api.Session[] {owner, admin}) {
            Api.Response listed = api.get(base + "/appeals", moderator.token());
            assertThat(listed.status()).isEqualTo(200);
            JsonNode items = listed.json().path("items");
            assertThat(items.size()).isEqualTo(3);
            assertThat(items.get(0).path("id").asString()).isEqualTo(newOpen);
            assertThat(items.get(1).path("id").asString()).isEqualTo(oldOpen);
            assertThat(items.get(2).path("id").asString()).isEqualTo(decided);
            assertThat(items.get(0).path("status").asString()).isEqualTo("OPEN");
            assertThat(items.get(1).path("status").asString()).isEqualTo("OPEN");
            assertThat(items.get(2).path("status").asString()).isEqualTo("UPHELD");
            assertThat(listed.body()).doesNotContain(elsewhere);
        }

        JsonNode listed = api.get(base + "/appeals", owner.token()).json().path("items");
        JsonNode decidedItem = listed.get(2);
        assertThat(decidedItem.path("groupId").asString()).isEqualTo(group.id().toString());
        assertThat(decidedItem.path("appellantId").asString())
                .isEqualTo(second.id().toString());
        assertThat(decidedItem.path("action").asString()).isEqualTo("WARN");
        assertThat(decidedItem.path("actionReason").asString()).isEqualTo("刷屏");
        assertThat(decidedItem.path("text").asString()).isEqualTo("已处理的申诉");
        assertThat(decidedItem.path("decidedBy").asString())
                .isEqualTo(owner.id().toString());
        assertThat(decidedItem.path("decisionNote").asString()).isEqualTo("维持");
        // The same view as the appellant's own list.
        Map<Api.Session, JsonNode> byAppellant =
                Map.of(third, listed.get(0), first, listed.get(1), second, decidedItem);
        byAppellant.forEach((appellant, item) -> {
            JsonNode mine = api.get("/api/me/appeals", appellant.token()).json().path("items");
            assertThat(mine.size()).isEqualTo(1);
            assertThat(item).isEqualTo(mine.get(0));
        });

        for (Api.Session plain : new Api.Session[] {member, first}) {
            Api.Response refused = api.get(base + "/appeals", plain.token());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("GROUP_ROLE_REQUIRED");
            assertThat(refused.json().path("items").isMissingNode()).isTrue();
            assertThat(refused.body()).doesNotContain(oldOpen, newOpen, decided);
        }
        // Outsiders (and the other group's admin) learn nothing, not even that the group exists.
        for (Api.Session nobody : new Api.Session[] {outsider, otherAdmin}) {
            Api.Response refused = api.get(base + "/appeals", nobody.token());
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("GROUP_NOT_FOUND");
            assertThat(refused.body()).doesNotContain(oldOpen, newOpen, decided);
        }
        Api.Response unknown = api.get("/api/groups/" + UUID.randomUUID() + "/appeals", owner.token());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("GROUP_NOT_FOUND");
        Api.Response malformed = api.get("/api/groups/not-a-group/appeals", owner.token());
        assertThat(malformed.status()).isBetween(400, 499);
        assertThat(api.get(base + "/appeals", null).status()).isEqualTo(401);
    }

    /** The moderator warns the member, who appeals; returns the appeal's id. */
    private String appeal(GroupFixtures.Group group, Api.Session moderator, Api.Session member, String text) {
        Api.Response warned =
                mod().act(group, moderator, Map.of("action", "WARN", "userId", member.id(), "reason", "刷屏"));
        assertThat(warned.status()).isEqualTo(200);
        Api.Response filed = api.post(
                "/api/appeals",
                member.token(),
                Map.of("auditEntryId", warned.json().path("auditEntryId").asString(), "text", text));
        assertThat(filed.status()).isEqualTo(201);
        return filed.json().path("id").asString();
    }

    @Test
    void approvingAReportedVisibleMessageDismissesItsReports() {
        var group = groups.create(api.register("owner"));
        Api.Session owner = group.owner();
        Api.Session author = groups.member(group, "author");
        Api.Session reporter = groups.member(group, "reporter");
        UUID message = mod().post(group, author, "周末一起去爬山吗");
        JsonNode reported = mod().report(group, reporter, Map.of("messageId", message, "reason", "OFF_TOPIC"))
                .json();
        assertThat(reported.path("hidden").asBoolean()).isFalse();
        assertThat(mod().queue(group, owner).size()).isEqualTo(1);
        assertThat(mod().queue(group, owner).get(0).path("messageId").asString())
                .isEqualTo(message.toString());
        assertThat(mod().queue(group, owner)
                        .get(0)
                        .path("message")
                        .path("status")
                        .asString())
                .isEqualTo("VISIBLE");

        Api.Response approved =
                mod().act(group, owner, Map.of("action", "APPROVE", "messageId", message, "reason", "没问题"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("action").asString()).isEqualTo("APPROVE");
        assertThat(approved.json().path("messageId").asString()).isEqualTo(message.toString());
        assertThat(approved.json().path("userId").asString())
                .isEqualTo(author.id().toString());
        assertThat(mod().queue(group, owner).size()).isZero();
        assertThat(mod().visibleIds(group, reporter)).contains(message.toString());

        JsonNode entry = mod().awaitAudit(group, owner, "APPROVE");
        assertThat(entry.path("id").asString())
                .isEqualTo(approved.json().path("auditEntryId").asString());
        assertThat(entry.path("actorId").asString()).isEqualTo(owner.id().toString());
        assertThat(entry.path("messageId").asString()).isEqualTo(message.toString());
        assertThat(entry.path("targetUserId").asString()).isEqualTo(author.id().toString());
        assertThat(entry.path("reason").asString()).isEqualTo("没问题");

        // Nothing is open any more: approving again is a state conflict and writes no second entry.
        Api.Response again =
                mod().act(group, owner, Map.of("action", "APPROVE", "messageId", message, "reason", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("MESSAGE_STATE_CONFLICT");
        UUID neverReported = mod().post(group, author, "没人举报的消息");
        assertThat(mod().act(group, owner, Map.of("action", "APPROVE", "messageId", neverReported, "reason", "x"))
                        .code())
                .isEqualTo("MESSAGE_STATE_CONFLICT");
        assertThat(mod().auditActions(group, owner).stream().filter("APPROVE"::equals))
                .hasSize(1);
        assertThat(mod().visibleIds(group, reporter)).contains(message.toString(), neverReported.toString());
    }
}
