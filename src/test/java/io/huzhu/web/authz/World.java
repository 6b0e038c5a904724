package io.huzhu.web.authz;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.web.authz.Matrix.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The world the rows act on, built once through the HTTP API: the group (owner, admin, the member, a second admin who
 * moderates, two helpers), two published campaigns of the operator, the member's tasks, an external-link help request
 * with a pending and a disputed "helped" report, a warning by the second admin and the member's appeal against it,
 * two risk cases opened by a scan after two small farms assisted ({@link Farms}: one names the member and stays open
 * for reading and appealing, the other is for the operators to decide), and the member's risk appeal. Every id names
 * a resource that exists, so a 404 says something.
 *
 * <p>Requests that change the world act on resources of their own, made here: a {@link #sandbox} group of the same
 * owner, admin and member, a fresh {@link #target} member, {@link #draftCampaign draft}, {@link #item announcement},
 * {@link #applicant} or {@link #bystander} account.
 */
final class World {

    private final Api api;
    private final Fixtures fixtures;
    private final GroupFixtures groups;

    /** The callers, one per role; the anonymous one has no session. */
    final Map<Role, Actor> actors;

    final Api.Session operator;
    final GroupFixtures.Group group;
    final Api.Session helper;
    final String campaign;
    final String busyCampaign;
    final String task;
    final String taskCode;
    final String assistTask;
    final String linkMessage;
    final String pendingHelper;
    final String dispute;
    final String warning;
    final String appeal;
    final String riskCase;
    final String decidableRiskCase;
    final String riskAppeal;

    World(Api api, Fixtures fixtures, GroupFixtures groups) {
        this.api = api;
        this.fixtures = fixtures;
        this.groups = groups;
        Api.Session admin = api.admin();
        operator = api.operator();
        Api.Session owner = api.register("owner");
        Api.Session groupAdmin = api.register("gadmin");
        Api.Session member = api.register("member");
        Api.Session other = api.register("other");
        Map<Role, Actor> callers = new EnumMap<>(Role.class);
        callers.put(Role.ANONYMOUS, new Actor(Role.ANONYMOUS, null, ""));
        callers.put(Role.MEMBER, new Actor(Role.MEMBER, member, "secret-password"));
        callers.put(Role.OTHER, new Actor(Role.OTHER, other, "secret-password"));
        callers.put(Role.GROUP_ADMIN, new Actor(Role.GROUP_ADMIN, groupAdmin, "secret-password"));
        callers.put(Role.GROUP_OWNER, new Actor(Role.GROUP_OWNER, owner, "secret-password"));
        callers.put(Role.OPERATOR, new Actor(Role.OPERATOR, operator, "secret-password"));
        callers.put(Role.ADMIN, new Actor(Role.ADMIN, admin, "ops-secret-passphrase-1"));
        actors = Collections.unmodifiableMap(callers);

        // The group: owner, admin, the member, a second admin who moderates, two helpers.
        group = groups.create(owner);
        groups.join(group, groupAdmin);
        groups.join(group, member);
        groups.act(group, owner, groupAdmin, "promote", Map.of());
        Api.Session moderator = groups.member(group, "keeper");
        groups.act(group, owner, moderator, "promote", Map.of());
        helper = groups.member(group, "helper");
        Api.Session doubtful = groups.member(group, "doubtful");

        // Campaigns of the operator, and the member's tasks.
        campaign = publishedCampaign(fixtures.bargain());
        Map<String, Object> busy = fixtures.bargain();
        busy.put("minAssists", 12);
        busy.put("maxAssists", 12);
        busy.put("limits", new HashMap<>(Map.of("maxActiveTasksPerUser", 50, "maxSuccessesPerUser", 50)));
        busyCampaign = publishedCampaign(busy);
        JsonNode started = fixtures.start(member, UUID.fromString(campaign));
        task = started.path("id").asString();
        taskCode = started.path("shareCode").asString();
        assistTask =
                fixtures.start(member, UUID.fromString(busyCampaign)).path("id").asString();

        // The member's external-link help request: one helper's report waits, another's is disputed.
        linkMessage = ok(
                        api.post(
                                groupPath() + "/messages",
                                member.token(),
                                Map.of("kind", "LINK", "link", "https://mobile.yangkeduo.com/goods.html?id=11")),
                        201)
                .path("id")
                .asString();
        ok(api.post(helpedPath(), helper.token(), ""), 201);
        pendingHelper = helper.id().toString();
        dispute = ok(api.post(helpedPath(), doubtful.token(), ""), 201)
                .path("reportId")
                .asString();
        ok(
                api.post(
                        groupPath() + "/messages/" + linkMessage + "/confirmations",
                        member.token(),
                        Map.of("helperId", doubtful.id().toString(), "decision", "DISPUTE", "note", "没看到助力")),
                200);

        // A warning the second admin gave the member, and the member's appeal against it.
        warning = ok(
                        api.post(
                                groupPath() + "/moderation/actions",
                                moderator.token(),
                                Map.of("action", "WARN", "userId", member.id().toString(), "reason", "刷屏")),
                        200)
                .path("auditEntryId")
                .asString();
        appeal = ok(api.post("/api/appeals", member.token(), Map.of("auditEntryId", warning, "text", "我只发了一条消息")), 201)
                .path("id")
                .asString();

        // Two farms on one device each: one on a task of the member (the case names the member), one on another
        // member's task (a case for the operators to decide). Another operator scans.
        String riskTask =
                fixtures.start(member, UUID.fromString(busyCampaign)).path("id").asString();
        String bystanderTask = fixtures.start(api.register("bystander"), UUID.fromString(busyCampaign))
                .path("id")
                .asString();
        Farms farms = new Farms(api);
        Set<String> farm = farms.farm(riskTask);
        Set<String> secondFarm = farms.farm(bystanderTask);
        Api.Session scanner = api.operator();
        JsonNode report = ok(api.post("/api/admin/risk/scan", scanner.token(), ""), 200);
        riskCase = farms.caseNaming(scanner, report, farm);
        decidableRiskCase = farms.caseNaming(scanner, report, secondFarm);
        if (riskCase.equals(decidableRiskCase)) {
            throw new IllegalStateException("both farms ended up in one case: " + report);
        }
        riskAppeal = ok(
                        api.post("/api/risk/appeals", member.token(), Map.of("caseId", riskCase, "text", "帮我助力的是我的同学")),
                        201)
                .path("id")
                .asString();
    }

    Actor actor(Role role) {
        return actors.get(role);
    }

    Api.Session session(Role role) {
        return Objects.requireNonNull(actor(role).session(), role + " has no session");
    }

    /** The fixture group's API path. */
    String groupPath() {
        return "/api/groups/" + group.id();
    }

    /** The member's external-link help request's "helped" reports. */
    String helpedPath() {
        return groupPath() + "/messages/" + linkMessage + "/helped";
    }

    /** Valid terms of a bargain campaign. */
    Map<String, Object> bargain() {
        return fixtures.bargain();
    }

    String publishedCampaign(Map<String, Object> terms) {
        String id = ok(api.post("/api/campaigns", operator.token(), terms), 201)
                .path("id")
                .asString();
        ok(api.post("/api/campaigns/" + id + "/publish", operator.token(), ""), 200);
        return id;
    }

    String draftCampaign() {
        return ok(api.post("/api/campaigns", operator.token(), fixtures.bargain()), 201)
                .path("id")
                .asString();
    }

    /** A group of the same owner, with the same admin and member: for rows that change the group. */
    GroupFixtures.Group sandbox(boolean joinApproval) {
        GroupFixtures.Group sandbox = groups.create(session(Role.GROUP_OWNER));
        groups.join(sandbox, session(Role.GROUP_ADMIN));
        groups.join(sandbox, session(Role.MEMBER));
        groups.act(sandbox, sandbox.owner(), session(Role.GROUP_ADMIN), "promote", Map.of());
        if (joinApproval) {
            ok(api.put("/api/groups/" + sandbox.id(), sandbox.owner().token(), Map.of("joinApproval", true)), 200);
        }
        return sandbox;
    }

    /** A fresh plain member of the group, to act on. */
    String target(GroupFixtures.Group in) {
        return groups.member(in, "target").id().toString();
    }

    /** A fresh applicant waiting for approval in a group that needs it. */
    String applicant(GroupFixtures.Group in) {
        Api.Session applicant = api.register("applicant");
        ok(
                api.post(
                        "/api/groups/join",
                        applicant.token(),
                        Map.of("inviteCode", in.inviteCode(), "acceptRules", true)),
                200);
        return applicant.id().toString();
    }

    /** A fresh announcement or tip by the owner, to delete. */
    String item(String board) {
        return ok(
                        api.post(
                                groupPath() + "/" + board,
                                group.owner().token(),
                                Map.of("title", "本周活动", "body", "周五晚八点一起助力")),
                        201)
                .path("id")
                .asString();
    }

    /** A fresh account with no relation to anything, to act on. */
    String bystander() {
        return api.register("bystander").id().toString();
    }

    static JsonNode ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("building the world: expected " + status + " but got " + response);
        }
        return response.json();
    }
}
