package io.huzhu.group;

import static io.huzhu.group.GroupClient.code;
import static io.huzhu.group.GroupClient.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import io.huzhu.support.Api;
import io.huzhu.support.Concurrently;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import io.huzhu.support.RecordedEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class GroupMembershipIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Groups groups;

    @Autowired
    MutableClock clock;

    @Autowired
    RecordedEvents events;

    GroupClient client() {
        return new GroupClient(api);
    }

    @Test
    void createsAGroupWithItsCreatorAsOwnerAndAnInvite() {
        Api.Session owner = api.register("owner");
        Map<String, Object> body = GroupClient.settings();
        body.put("linkAllowlist", List.of("Pinduoduo.com", "jd.com"));
        JsonNode group = client().create(owner, body);

        assertThat(group.path("myRole").asString()).isEqualTo("OWNER");
        assertThat(group.path("capacity").asInt()).isEqualTo(500);
        assertThat(group.path("memberCount").asInt()).isEqualTo(1);
        assertThat(group.path("rulesVersion").asInt()).isEqualTo(1);
        assertThat(code(group)).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(group.path("inviteLink").asString()).isEqualTo("http://localhost:8080/g/" + code(group));
        assertThat(groups.allowedLinkDomains(GroupId.of(UUID.fromString(id(group)))))
                .containsExactlyInAnyOrder("pinduoduo.com", "jd.com");

        Api.Response mine = api.get("/api/groups/mine", owner.token());
        assertThat(mine.json().path(0).path("id").asString()).isEqualTo(id(group));
        Api.Response qr = api.get("/api/groups/" + id(group) + "/invite/qr.png", owner.token());
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).isEqualTo("image/png");
        assertThat(api.get("/api/groups/rule-templates?lang=en", owner.token()).body())
                .contains("Help before you ask");
        assertThat(api.get("/api/groups/rule-templates?lang=zh-CN", owner.token())
                        .body())
                .contains("禁止有偿助力");
    }

    @Test
    void rejectsInvalidSettingsWithFieldErrors() {
        Api.Session owner = api.register("owner");
        Map<String, Object> body = new HashMap<>(Map.of("name", "", "rules", "r", "capacity", 1));
        body.put("linkAllowlist", List.of("http://x.com"));
        Api.Response response = api.post("/api/groups", owner.token(), body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").toString())
                .contains("\"name\"")
                .contains("\"capacity\"")
                .contains("linkAllowlist[0]");
    }

    @Test
    void joiningRequiresAcceptingTheRulesAndRecordsTheConsent() {
        Api.Session owner = api.register("owner");
        Api.Session alice = api.register("alice");
        JsonNode group = client().create(owner);

        Api.Response preview = api.get("/api/groups/preview?code=" + code(group).toLowerCase(), alice.token());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().path("rules").asString()).contains("禁止代砍");
        assertThat(preview.json().path("admins").path(0).path("displayName").asString())
                .isEqualTo("owner");
        assertThat(preview.body()).doesNotContain(code(group));

        Api.Response refused =
                api.post("/api/groups/join", alice.token(), Map.of("inviteCode", code(group), "acceptRules", false));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("field").asString())
                .isEqualTo("acceptRules");

        Api.Response joined = client().join(alice, code(group));
        assertThat(joined.json().path("status").asString()).isEqualTo("ACTIVE");
        Map<String, Object> consent = jdbc.sql(
                        "select rules_version, rules_hash, rules_accepted_at from group_member where user_id = :u")
                .param("u", alice.id())
                .query()
                .singleRow();
        assertThat(consent.get("rules_version")).isEqualTo(1);
        assertThat(consent.get("rules_hash")).isEqualTo(group.path("rulesHash").asString());
        assertThat(consent.get("rules_accepted_at")).isNotNull();

        assertThat(client().join(alice, code(group)).code()).isEqualTo("ALREADY_MEMBER");
        assertThat(api.get("/api/groups/" + id(group), alice.token())
                        .json()
                        .path("memberCount")
                        .asInt())
                .isEqualTo(2);
        assertThat(events.of(MemberJoined.class))
                .anyMatch(e -> e.userId().value().equals(alice.id()));
        assertThat(client().join(alice, "ZZZZZZZZ").code()).isEqualTo("INVITE_CODE_INVALID");
    }

    @Test
    void approvalKeepsApplicantsPendingUntilAnAdminDecides() {
        Api.Session owner = api.register("owner");
        Api.Session bob = api.register("bob");
        Api.Session carol = api.register("carol");
        Map<String, Object> body = GroupClient.settings();
        body.put("joinApproval", true);
        JsonNode group = client().create(owner, body);

        assertThat(client().join(bob, code(group)).json().path("status").asString())
                .isEqualTo("PENDING");
        assertThat(client().join(bob, code(group)).json().path("status").asString())
                .isEqualTo("PENDING");
        client().joinOk(carol, code(group));
        assertThat(api.get("/api/groups/" + id(group), bob.token()).code()).isEqualTo("GROUP_NOT_FOUND");
        assertThat(groups.membership(gid(group), new UserId(bob.id()))).isEmpty();

        Api.Response requests = api.get("/api/groups/" + id(group) + "/join-requests", owner.token());
        assertThat(requests.json().findValuesAsString("displayName")).containsExactlyInAnyOrder("bob", "carol");

        String base = "/api/groups/" + id(group) + "/join-requests/";
        assertThat(api.post(base + bob.id() + "/approve", owner.token(), "").status())
                .isEqualTo(200);
        assertThat(api.post(base + bob.id() + "/approve", owner.token(), "").code())
                .isEqualTo("JOIN_REQUEST_NOT_FOUND");
        assertThat(api.post(base + carol.id() + "/reject", owner.token(), "").status())
                .isEqualTo(204);

        assertThat(groups.membership(gid(group), new UserId(bob.id()))).isPresent();
        assertThat(groups.membership(gid(group), new UserId(carol.id()))).isEmpty();
        assertThat(groups.memberIds(gid(group))).hasSize(2);
        assertThat(events.of(MemberJoined.class))
                .anyMatch(e -> e.userId().value().equals(bob.id()));
    }

    @Test
    void capacityHoldsUnderConcurrentJoins() throws Exception {
        Api.Session owner = api.register("owner");
        Map<String, Object> body = GroupClient.settings();
        body.put("capacity", 5);
        JsonNode group = client().create(owner, body);
        List<Api.Session> joiners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            joiners.add(api.register("j" + i));
        }
        List<Callable<Api.Response>> calls = new ArrayList<>();
        joiners.forEach(j -> calls.add(() -> client().join(j, code(group))));

        List<Api.Response> results = Concurrently.run(20, calls);

        // Capacity 5 counts the owner: exactly 4 joins succeed, the other 16 find the group full.
        assertThat(results.stream().filter(r -> r.status() == 200)).hasSize(4);
        assertThat(results.stream().filter(r -> r.status() == 409))
                .hasSize(16)
                .allMatch(r -> r.code().equals("GROUP_FULL"));
        assertThat(groups.memberIds(gid(group))).hasSize(5);
        assertThat(api.get("/api/groups/" + id(group), owner.token())
                        .json()
                        .path("memberCount")
                        .asInt())
                .isEqualTo(5);

        Api.Response shrink = api.put("/api/groups/" + id(group), owner.token(), Map.of("capacity", 4));
        assertThat(shrink.status()).isEqualTo(400);
        assertThat(shrink.body()).contains("BELOW_SIZE");
    }

    @Test
    void rotatingTheInviteCodeInvalidatesTheOldOne() {
        Api.Session owner = api.register("owner");
        Api.Session dave = api.register("dave");
        JsonNode group = client().create(owner);
        Api.Response rotated = api.post("/api/groups/" + id(group) + "/invite/rotate", owner.token(), "");
        String fresh = rotated.json().path("inviteCode").asString();
        assertThat(fresh).isNotEqualTo(code(group));
        assertThat(rotated.json().path("inviteLink").asString()).endsWith("/g/" + fresh);

        assertThat(client().join(dave, code(group)).code()).isEqualTo("INVITE_CODE_INVALID");
        assertThat(api.get("/api/groups/preview?code=" + code(group), dave.token())
                        .status())
                .isEqualTo(404);
        assertThat(client().join(dave, fresh).status()).isEqualTo(200);
    }

    @Test
    void aKickedMemberMayRejoinButABannedOneMayNotUntilUnbanned() {
        Api.Session owner = api.register("owner");
        Api.Session kicked = api.register("kicked");
        Api.Session banned = api.register("banned");
        JsonNode group = client().create(owner);
        client().joinOk(kicked, code(group));
        client().joinOk(banned, code(group));

        client().actOk(group, owner, "kick", kicked, Map.of("reason", "spam"));
        client().actOk(group, owner, "ban", banned, Map.of("reason", "代砍广告"));
        assertThat(api.get("/api/groups/" + id(group), kicked.token()).code()).isEqualTo("GROUP_NOT_FOUND");
        assertThat(api.get("/api/groups/" + id(group), banned.token()).code()).isEqualTo("BANNED_FROM_GROUP");
        assertThat(events.of(MemberLeft.class))
                .anyMatch(e -> e.userId().value().equals(kicked.id()) && e.reason() == MemberLeft.Reason.KICKED)
                .anyMatch(e -> e.userId().value().equals(banned.id()) && e.reason() == MemberLeft.Reason.BANNED);

        assertThat(client().join(kicked, code(group)).status()).isEqualTo(200);
        Api.Response refused = client().join(banned, code(group));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("BANNED_FROM_GROUP");

        client().actOk(group, owner, "unban", banned, "");
        assertThat(client().join(banned, code(group)).status()).isEqualTo(200);
        assertThat(groups.memberIds(gid(group))).hasSize(3);
    }

    @Test
    void aMuteIsVisibleToAdminsAndTheMemberAndEndsOnTime() {
        Api.Session owner = api.register("owner");
        Api.Session loud = api.register("loud");
        JsonNode group = client().create(owner);
        client().joinOk(loud, code(group));

        Api.Response muted = client().act(group, owner, "mute", loud, Map.of("minutes", 30, "reason", "flood"));
        assertThat(muted.status()).isEqualTo(200);
        UserId loudId = new UserId(loud.id());
        assertThat(groups.membership(gid(group), loudId).orElseThrow().isMuted(clock.instant()))
                .isTrue();
        assertThat(events.of(MemberSanctioned.class))
                .anyMatch(e -> e.userId().equals(loudId) && e.kind() == MemberSanctioned.Kind.MUTE);

        String members = "/api/groups/" + id(group) + "/members";
        assertThat(api.get(members, owner.token()).body()).contains("mutedUntil");
        assertThat(api.get(members, loud.token()).body()).doesNotContain("mutedUntil");
        assertThat(api.get("/api/groups/" + id(group), loud.token()).json().has("myMutedUntil"))
                .isTrue();
        assertThat(client().act(group, owner, "mute", loud, Map.of("minutes", 0))
                        .status())
                .isEqualTo(400);

        clock.advance(Duration.ofMinutes(31));
        assertThat(groups.membership(gid(group), loudId).orElseThrow().isMuted(clock.instant()))
                .isFalse();
        client().actOk(group, owner, "mute", loud, Map.of("minutes", 10));
        client().actOk(group, owner, "unmute", loud, "");
        assertThat(groups.membership(gid(group), loudId).orElseThrow().mutedUntil())
                .isNull();
    }

    @Test
    void theOwnerLeavesOnlyAfterTransferringOwnership() {
        Api.Session owner = api.register("owner");
        Api.Session heir = api.register("heir");
        JsonNode group = client().create(owner);
        client().joinOk(heir, code(group));

        Api.Response stay = api.post("/api/groups/" + id(group) + "/leave", owner.token(), "");
        assertThat(stay.code()).isEqualTo("OWNER_CANNOT_LEAVE");
        client().actOk(group, owner, "transfer-ownership", heir, "");
        assertThat(api.get("/api/groups/" + id(group), heir.token())
                        .json()
                        .path("myRole")
                        .asString())
                .isEqualTo("OWNER");
        JsonNode details = api.get("/api/groups/" + id(group), owner.token()).json();
        assertThat(details.path("myRole").asString()).isEqualTo("ADMIN");
        assertThat(details.path("ownerId").asString()).isEqualTo(heir.id().toString());

        assertThat(api.post("/api/groups/" + id(group) + "/leave", owner.token(), "")
                        .status())
                .isEqualTo(204);
        assertThat(groups.memberIds(gid(group))).containsExactly(new UserId(heir.id()));
        assertThat(events.of(MemberLeft.class))
                .anyMatch(e -> e.userId().value().equals(owner.id()) && e.reason() == MemberLeft.Reason.LEFT);
    }

    @Test
    void promotedAdminsModerateAndARulesChangeBumpsTheVersion() {
        Api.Session owner = api.register("owner");
        Api.Session admin = api.register("gadmin");
        Api.Session member = api.register("member");
        JsonNode group = client().create(owner);
        client().joinOk(admin, code(group));
        client().joinOk(member, code(group));
        client().actOk(group, owner, "promote", admin, "");

        assertThat(client().act(group, admin, "kick", owner, "").code()).isEqualTo("MEMBER_PROTECTED");
        Api.Response updated =
                api.put("/api/groups/" + id(group), admin.token(), Map.of("rules", "新规则：如实确认助力", "joinApproval", true));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("rulesVersion").asInt()).isEqualTo(2);
        assertThat(updated.json().path("joinApproval").asBoolean()).isTrue();
        assertThat(updated.json().path("name").asString()).isEqualTo("砍一刀互助群");

        client().actOk(group, owner, "demote", admin, "");
        assertThat(client().act(group, admin, "kick", member, "").code()).isEqualTo("GROUP_ROLE_REQUIRED");
    }

    @Test
    void announcementsShowPinnedFirstThenNewest() {
        Api.Session owner = api.register("owner");
        Api.Session member = api.register("member");
        JsonNode group = client().create(owner);
        client().joinOk(member, code(group));
        String path = "/api/groups/" + id(group) + "/announcements";
        api.post(path, owner.token(), Map.of("title", "欢迎", "body", "Welcome", "pinned", true));
        clock.advance(Duration.ofSeconds(1));
        api.post(path, owner.token(), Map.of("title", "old", "body", "b"));
        clock.advance(Duration.ofSeconds(1));
        String newest = api.post(path, owner.token(), Map.of("title", "new", "body", "b"))
                .json()
                .path("id")
                .asString();

        assertThat(api.get(path, member.token()).json().findValuesAsString("title"))
                .containsExactly("欢迎", "new", "old");
        assertThat(api.post(path, owner.token(), Map.of("title", "", "body", "b"))
                        .status())
                .isEqualTo(400);
        assertThat(api.send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(api.base() + path + "/" + newest))
                                        .DELETE(),
                                owner.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.get(path, member.token()).json().size()).isEqualTo(2);

        String tips = "/api/groups/" + id(group) + "/tips";
        api.post(tips, owner.token(), Map.of("title", "技巧", "body", "先看规则", "pinned", true));
        JsonNode tip = api.get(tips, member.token()).json().path(0);
        assertThat(tip.path("kind").asString()).isEqualTo("TIP");
        assertThat(tip.path("pinned").asBoolean()).isFalse();
    }

    private static GroupId gid(JsonNode group) {
        return GroupId.of(UUID.fromString(id(group)));
    }
}
