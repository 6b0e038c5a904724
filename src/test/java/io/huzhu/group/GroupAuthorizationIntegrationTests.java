package io.huzhu.group;

import static io.huzhu.group.GroupClient.code;
import static io.huzhu.group.GroupClient.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * For every group endpoint: what a non-member, a muted member, a banned user, a member, an admin and the owner get.
 * Each endpoint runs against a fresh group; the owner goes last, so an owner-only change cannot affect the others.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupAuthorizationIntegrationTests {

    private static final List<String> ACTORS = List.of("non-member", "muted", "banned", "member", "admin", "owner");

    @Autowired
    Api api;

    private GroupClient groups;
    private Api.Session owner;
    private Api.Session admin;
    private Api.Session member;
    private Api.Session muted;
    private Api.Session banned;
    private Api.Session outsider;

    /** One endpoint call: the fresh group, the caller and a target prepared for this caller. */
    interface Call {
        Api.Response send(JsonNode group, Api.Session caller, String target);
    }

    @BeforeAll
    void actors() {
        groups = new GroupClient(api);
        owner = api.register("owner");
        admin = api.register("gadmin");
        member = api.register("member");
        muted = api.register("muted");
        banned = api.register("banned");
        outsider = api.register("outsider");
    }

    private JsonNode freshGroup() {
        JsonNode group = groups.create(owner);
        for (Api.Session s : List.of(admin, member, muted, banned)) {
            groups.joinOk(s, code(group));
        }
        groups.actOk(group, owner, "promote", admin, "");
        groups.actOk(group, owner, "mute", muted, Map.of("minutes", 60, "reason", "test"));
        groups.actOk(group, owner, "ban", banned, Map.of("reason", "test"));
        return group;
    }

    /** A fresh plain member to act on. */
    private String memberTarget(JsonNode group) {
        Api.Session target = api.register("target");
        groups.joinOk(target, code(group));
        return target.id().toString();
    }

    /** A fresh applicant waiting for approval. */
    private String applicantTarget(JsonNode group) {
        api.put("/api/groups/" + id(group), owner.token(), Map.of("joinApproval", true));
        Api.Session target = api.register("applicant");
        groups.joinOk(target, code(group));
        return target.id().toString();
    }

    private String itemTarget(JsonNode group, String board) {
        return api.post("/api/groups/" + id(group) + "/" + board, owner.token(), Map.of("title", "t", "body", "b"))
                .json()
                .path("id")
                .asString();
    }

    private Api.Response delete(String path, String token) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).DELETE(), token);
    }

    private static String g(JsonNode group) {
        return "/api/groups/" + id(group);
    }

    /** Expected statuses in the order of {@link #ACTORS}. */
    private void check(
            List<String> failures, String name, Function<JsonNode, String> target, Call call, int... expected) {
        JsonNode group = freshGroup();
        List<Api.Session> callers = List.of(outsider, muted, banned, member, admin, owner);
        for (int i = 0; i < callers.size(); i++) {
            Api.Response response = call.send(group, callers.get(i), target.apply(group));
            boolean codeOk = switch (ACTORS.get(i)) {
                case "non-member" -> expected[i] != 404 || response.code().equals("GROUP_NOT_FOUND");
                case "banned" -> expected[i] != 403 || response.code().equals("BANNED_FROM_GROUP");
                default -> true;
            };
            if (response.status() != expected[i] || !codeOk) {
                failures.add(name + " as " + ACTORS.get(i) + ": expected " + expected[i] + " but got " + response);
            }
        }
    }

    @Test
    void everyGroupEndpointAuthorisesByGroupRole() {
        List<String> f = new ArrayList<>();
        Function<JsonNode, String> none = g -> "";
        Function<JsonNode, String> m = this::memberTarget;
        check(f, "GET group", none, (g, s, t) -> api.get(g(g), s.token()), 404, 200, 403, 200, 200, 200);
        check(
                f,
                "PUT group",
                none,
                (g, s, t) -> api.put(g(g), s.token(), Map.of("description", "new")),
                404,
                403,
                403,
                403,
                200,
                200);
        check(f, "GET members", none, (g, s, t) -> api.get(g(g) + "/members", s.token()), 404, 200, 403, 200, 200, 200);
        check(
                f,
                "GET join-requests",
                none,
                (g, s, t) -> api.get(g(g) + "/join-requests", s.token()),
                404,
                403,
                403,
                403,
                200,
                200);
        check(
                f,
                "approve",
                this::applicantTarget,
                (g, s, t) -> api.post(g(g) + "/join-requests/" + t + "/approve", s.token(), ""),
                404,
                403,
                403,
                403,
                200,
                200);
        check(
                f,
                "reject",
                this::applicantTarget,
                (g, s, t) -> api.post(g(g) + "/join-requests/" + t + "/reject", s.token(), ""),
                404,
                403,
                403,
                403,
                204,
                204);
        memberActions(f, m);
        check(f, "leave", none, (g, s, t) -> api.post(g(g) + "/leave", s.token(), ""), 404, 204, 403, 204, 204, 409);
        check(
                f,
                "rotate invite",
                none,
                (g, s, t) -> api.post(g(g) + "/invite/rotate", s.token(), ""),
                404,
                403,
                403,
                403,
                200,
                200);
        check(
                f,
                "invite QR",
                none,
                (g, s, t) -> api.get(g(g) + "/invite/qr.png", s.token()),
                404,
                200,
                403,
                200,
                200,
                200);
        for (String board : List.of("announcements", "tips")) {
            check(
                    f,
                    "POST " + board,
                    none,
                    (g, s, t) -> api.post(g(g) + "/" + board, s.token(), Map.of("title", "t", "body", "b")),
                    404,
                    403,
                    403,
                    403,
                    201,
                    201);
            check(
                    f,
                    "GET " + board,
                    none,
                    (g, s, t) -> api.get(g(g) + "/" + board, s.token()),
                    404,
                    200,
                    403,
                    200,
                    200,
                    200);
            check(
                    f,
                    "DELETE " + board,
                    g -> itemTarget(g, board),
                    (g, s, t) -> delete(g(g) + "/" + board + "/" + t, s.token()),
                    404,
                    403,
                    403,
                    403,
                    204,
                    204);
        }
        assertThat(f).isEmpty();
    }

    private void memberActions(List<String> f, Function<JsonNode, String> target) {
        for (String action : List.of("promote", "demote", "transfer-ownership")) {
            check(
                    f,
                    action,
                    target,
                    (g, s, t) -> api.post(g(g) + "/members/" + t + "/" + action, s.token(), ""),
                    404,
                    403,
                    403,
                    403,
                    403,
                    204);
        }
        check(
                f,
                "mute",
                target,
                (g, s, t) -> api.post(g(g) + "/members/" + t + "/mute", s.token(), Map.of("minutes", 5)),
                404,
                403,
                403,
                403,
                200,
                200);
        for (String action : List.of("unmute", "kick", "ban", "unban")) {
            check(
                    f,
                    action,
                    target,
                    (g, s, t) -> api.post(g(g) + "/members/" + t + "/" + action, s.token(), Map.of("reason", "r")),
                    404,
                    403,
                    403,
                    403,
                    204,
                    204);
        }
    }

    @Test
    void byInviteCodeEveryoneSignedInMayPreviewAndOnlyNewcomersJoin() {
        JsonNode group = freshGroup();
        for (Api.Session s : List.of(outsider, muted, banned, member, admin, owner)) {
            assertThat(api.get("/api/groups/preview?code=" + code(group), s.token())
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/groups/mine", s.token()).status()).isEqualTo(200);
        }
        assertThat(groups.join(banned, code(group)).code()).isEqualTo("BANNED_FROM_GROUP");
        for (Api.Session s : List.of(muted, member, admin, owner)) {
            assertThat(groups.join(s, code(group)).code()).isEqualTo("ALREADY_MEMBER");
        }
        assertThat(groups.join(outsider, code(group)).status()).isEqualTo(200);
    }

    @Test
    void adminsCannotActOnTheOwnerOrOtherAdminsAndNobodyOnThemselves() {
        JsonNode group = freshGroup();
        Api.Session second = api.register("gadmin2");
        groups.joinOk(second, code(group));
        groups.actOk(group, owner, "promote", second, "");
        for (String action : List.of("mute", "kick", "ban")) {
            Object body = Map.of("minutes", 5, "reason", "r");
            assertThat(groups.act(group, admin, action, owner, body).code()).isEqualTo("MEMBER_PROTECTED");
            assertThat(groups.act(group, admin, action, second, body).code()).isEqualTo("MEMBER_PROTECTED");
            assertThat(groups.act(group, admin, action, admin, body).code()).isEqualTo("NOT_ON_YOURSELF");
            assertThat(groups.act(group, owner, action, owner, body).code()).isEqualTo("NOT_ON_YOURSELF");
        }
        assertThat(groups.act(group, owner, "mute", second, Map.of("minutes", 5))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anonymousCallersAreRefused() {
        JsonNode group = freshGroup();
        assertThat(api.get(g(group), null).status()).isEqualTo(401);
        assertThat(api.get("/api/groups/preview?code=" + code(group), null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/groups/rule-templates", null).status()).isEqualTo(401);
        assertThat(api.post("/api/groups/join", null, Map.of("inviteCode", code(group), "acceptRules", true))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anUnknownGroupLooksLikeAGroupYouAreNotIn() {
        String unknown = "/api/groups/" + java.util.UUID.randomUUID();
        assertThat(api.get(unknown, member.token()).code()).isEqualTo("GROUP_NOT_FOUND");
        assertThat(api.get(unknown + "/members", member.token()).code()).isEqualTo("GROUP_NOT_FOUND");
    }
}
