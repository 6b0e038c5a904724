package io.huzhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The authorisation matrix (issue 11): every operation of the OpenAPI document ({@code /v3/api-docs}) and the
 * Actuator endpoints, against seven callers, each with the outcome it must get. An operation without a row, or a row
 * whose operation the document no longer has, fails {@link #theMatrixHasExactlyOneRowPerOperationOfTheApiDocument};
 * a caller who gets another outcome fails {@link #everyCallerGetsTheExpectedOutcomeOnEveryOperation}, which lists
 * every mismatch at once.
 *
 * <p>The callers (columns of {@link #MATRIX}, in this order):
 *
 * <ul>
 *   <li>{@code anon}: no {@code Authorization} header.
 *   <li>{@code member}: a signed-in member with the role MEMBER in the fixture group, and the owner of every
 *       member-owned resource of the world: the tasks, the external-link help request (and the helpers' reports on
 *       it that wait for the requester), the appeal against a warning a moderator gave them, the risk appeal, and the
 *       risk case that names them (as the initiator of the task a farm assisted).
 *   <li>{@code other} ("another member"): a signed-in member with no relation to anything: not in the group (so group
 *       resources are hidden from them) and owner of no task, appeal, help request or case.
 *   <li>{@code gadmin}: an admin of the fixture group; owns no member resource (not the requester, not the
 *       appellant, not the moderator whose action is appealed).
 *   <li>{@code owner}: the owner of the fixture group; otherwise like {@code gadmin}.
 *   <li>{@code operator}: a platform operator, the operator of the fixture campaigns; in no group; decided no risk
 *       case (another operator scanned and decides, so the appeal rule "not the operator who decided" does not bite).
 *   <li>{@code admin}: the platform admin (bootstrapped from the configuration); in no group.
 * </ul>
 *
 * <p>Outcomes: {@code A} allow (authorisation passed: any status but 401, 403 and a hiding 404 — a 409 for an
 * already-decided appeal or an own help request is an allow); {@code U} unauthenticated (401); {@code F} forbidden
 * (403, whatever the code: {@code SELF_ASSIST} and {@code NOT_TASK_OWNER} included); {@code H} hidden (a 404 whose code
 * pretends that a resource which exists is not there: {@link #HIDING}). A 400 is never an outcome: it means this test
 * sent a bad request, which could hide the authorisation outcome, so it fails the row; so does a 5xx.
 *
 * <p>The world is built once through the HTTP API ({@link #world}): the group (owner, admin, the member, a second
 * admin who moderates, two helpers), two published campaigns of the operator, the member's tasks, an external-link
 * help request with a pending and a disputed "helped" report, a warning by the second admin and the member's appeal
 * against it, two risk cases opened by a scan after two small farms (four accounts on one {@code X-Device-Id} each)
 * assisted (one names the member and stays open for reading and appealing, the other is for the operators to
 * decide), and the member's risk appeal. No path uses a made-up id: every one names a resource that exists, so a 404
 * says something. Requests that change the world act on resources of their own: a sandbox group of the same owner,
 * admin and member for a row that changes a group (leave, settings, policies, invite, join, ownership), a
 * {@link Fresh} resource for a request that changes its target (a member to kick, a draft to publish, an announcement
 * to delete, an account to restrict), a fresh token to log out. So no row depends on another and the rows may run
 * in any order; they run shuffled, and {@code -Dhuzhu.test.seed=<seed>} replays an order.
 *
 * <p>To add an endpoint: a line in {@link #MATRIX} and its request in {@link #requests()}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    enum Role {
        ANONYMOUS("anon"),
        MEMBER("member"),
        OTHER("other"),
        GROUP_ADMIN("gadmin"),
        GROUP_OWNER("owner"),
        OPERATOR("operator"),
        ADMIN("admin");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    enum Outcome {
        ALLOW,
        UNAUTHENTICATED,
        FORBIDDEN,
        HIDDEN,
        /** Never expected: the request was invalid (400), so the row says nothing about authorisation. */
        BAD_REQUEST,
        /** Never expected: a server error. */
        ERROR;

        static Outcome of(char c) {
            return switch (c) {
                case 'A' -> ALLOW;
                case 'U' -> UNAUTHENTICATED;
                case 'F' -> FORBIDDEN;
                case 'H' -> HIDDEN;
                default -> throw new IllegalArgumentException("unknown outcome " + c);
            };
        }
    }

    /** 404 codes that hide a resource from a caller who may not see it (the resources in the world all exist). */
    static final Set<String> HIDING = Set.of(
            "GROUP_NOT_FOUND",
            "APPEAL_NOT_FOUND",
            "RISK_CASE_NOT_FOUND",
            "RISK_APPEAL_NOT_FOUND",
            "TASK_NOT_FOUND",
            "CAMPAIGN_NOT_FOUND");

    /** Rows for endpoints that are not in the OpenAPI document. */
    static final Set<String> OUTSIDE_DOCUMENT =
            Set.of("GET /actuator/health", "GET /actuator/metrics", "GET /actuator/prometheus");

    /** One line per operation: method, path template, then the outcome per caller. A allow, U 401, F 403, H hidden. */
    static final String MATRIX = """
            #                                                           anon member other gadmin owner operator admin
            # accounts and administration
            POST   /api/auth/register                                     A    A      A     A      A     A        A
            POST   /api/auth/login                                        A    A      A     A      A     A        A
            POST   /api/auth/logout                                       U    A      A     A      A     A        A
            POST   /api/session                                           A    A      A     A      A     A        A
            POST   /api/session/logout                                    A    A      A     A      A     A        A
            GET    /api/me                                                U    A      A     A      A     A        A
            GET    /api/ping                                              U    A      A     A      A     A        A
            GET    /api/admin/users/{id}                                  U    F      F     F      F     F        A
            POST   /api/admin/users/{id}/roles                            U    F      F     F      F     F        A
            POST   /api/admin/users/{id}/status                           U    F      F     F      F     F        A
            # campaigns
            GET    /api/campaigns                                         A    A      A     A      A     A        A
            POST   /api/campaigns                                         U    F      F     F      F     A        A
            POST   /api/campaigns/validate                                U    F      F     F      F     A        A
            GET    /api/campaigns/{id}                                    A    A      A     A      A     A        A
            PUT    /api/campaigns/{id}                                    U    F      F     F      F     A        A
            POST   /api/campaigns/{id}/publish                            U    F      F     F      F     A        A
            POST   /api/campaigns/{id}/end                                U    F      F     F      F     A        A
            GET    /api/campaigns/{id}/rules                              A    A      A     A      A     A        A
            POST   /api/campaigns/{campaignId}/tasks                      U    A      A     A      A     A        A
            # tasks and assists (the member owns the task)
            GET    /api/tasks/{id}                                        A    A      A     A      A     A        A
            GET    /api/tasks/by-code/{code}                              A    A      A     A      A     A        A
            GET    /api/tasks/{id}/qr.png                                 A    A      A     A      A     A        A
            GET    /api/tasks/{id}/timeline                               A    A      A     A      A     A        A
            GET    /api/tasks/{id}/timeline.csv                           A    A      A     A      A     A        A
            POST   /api/tasks/{id}/assists                                U    F      A     A      A     A        A
            POST   /api/tasks/{id}/claim                                  U    A      F     F      F     F        F
            POST   /api/tasks/{id}/settle                                 U    A      F     F      F     F        F
            GET    /api/me/tasks                                          U    A      A     A      A     A        A
            GET    /api/me/assists                                        U    A      A     A      A     A        A
            # groups
            GET    /api/groups/rule-templates                             U    A      A     A      A     A        A
            POST   /api/groups                                            U    A      A     A      A     A        A
            GET    /api/groups/mine                                       U    A      A     A      A     A        A
            GET    /api/groups/preview                                    U    A      A     A      A     A        A
            POST   /api/groups/join                                       U    A      A     A      A     A        A
            GET    /api/groups/{id}                                       U    A      H     A      A     H        H
            PUT    /api/groups/{id}                                       U    F      H     A      A     H        H
            POST   /api/groups/{id}/leave                                 U    A      H     A      A     H        H
            POST   /api/groups/{id}/invite/rotate                         U    F      H     A      A     H        H
            GET    /api/groups/{id}/invite/qr.png                         U    A      H     A      A     H        H
            GET    /api/groups/{id}/members                               U    A      H     A      A     H        H
            GET    /api/groups/{id}/join-requests                         U    F      H     A      A     H        H
            POST   /api/groups/{id}/join-requests/{userId}/approve        U    F      H     A      A     H        H
            POST   /api/groups/{id}/join-requests/{userId}/reject         U    F      H     A      A     H        H
            POST   /api/groups/{id}/members/{userId}/promote              U    F      H     F      A     H        H
            POST   /api/groups/{id}/members/{userId}/demote               U    F      H     F      A     H        H
            POST   /api/groups/{id}/members/{userId}/transfer-ownership   U    F      H     F      A     H        H
            POST   /api/groups/{id}/members/{userId}/mute                 U    F      H     A      A     H        H
            POST   /api/groups/{id}/members/{userId}/unmute               U    F      H     A      A     H        H
            POST   /api/groups/{id}/members/{userId}/kick                 U    F      H     A      A     H        H
            POST   /api/groups/{id}/members/{userId}/ban                  U    F      H     A      A     H        H
            POST   /api/groups/{id}/members/{userId}/unban                U    F      H     A      A     H        H
            GET    /api/groups/{id}/announcements                         U    A      H     A      A     H        H
            POST   /api/groups/{id}/announcements                         U    F      H     A      A     H        H
            DELETE /api/groups/{id}/announcements/{itemId}                U    F      H     A      A     H        H
            GET    /api/groups/{id}/tips                                  U    A      H     A      A     H        H
            POST   /api/groups/{id}/tips                                  U    F      H     A      A     H        H
            DELETE /api/groups/{id}/tips/{itemId}                         U    F      H     A      A     H        H
            # group feed
            POST   /api/groups/{id}/messages                              U    A      H     A      A     H        H
            GET    /api/groups/{id}/messages                              U    A      H     A      A     H        H
            GET    /api/groups/{id}/stream                                U    A      H     A      A     H        H
            # reciprocity (the member posted the external-link request)
            GET    /api/groups/{id}/help-queue                            U    A      H     A      A     H        H
            GET    /api/groups/{id}/ledger                                U    A      H     A      A     H        H
            GET    /api/groups/{id}/ledger/me                             U    A      H     A      A     H        H
            GET    /api/groups/{id}/policies                              U    A      H     A      A     H        H
            PUT    /api/groups/{id}/policies                              U    F      H     F      A     H        H
            POST   /api/groups/{id}/messages/{messageId}/helped           U    A      H     A      A     H        H
            GET    /api/groups/{id}/messages/{messageId}/helped           U    A      H     F      F     H        H
            POST   /api/groups/{id}/messages/{messageId}/confirmations    U    A      H     F      F     H        H
            GET    /api/groups/{id}/disputes                              U    F      H     A      A     H        H
            POST   /api/groups/{id}/disputes/{reportId}/resolve           U    F      H     A      A     H        H
            # moderation (the member appealed a warning another admin gave them)
            POST   /api/safety/check                                      U    F      F     A      A     A        A
            POST   /api/groups/{id}/reports                               U    A      H     A      A     H        H
            GET    /api/groups/{id}/moderation/queue                      U    F      H     A      A     H        H
            POST   /api/groups/{id}/moderation/actions                    U    F      H     A      A     H        H
            GET    /api/groups/{id}/audit                                 U    F      H     A      A     H        H
            GET    /api/groups/{id}/members/{userId}/trust                U    A      H     A      A     H        H
            GET    /api/groups/{id}/safety-score                          U    A      H     A      A     H        H
            GET    /api/groups/{id}/appeals                               U    F      H     A      A     H        H
            POST   /api/appeals                                           U    A      F     F      F     F        F
            GET    /api/appeals/{id}                                      U    A      H     A      A     H        H
            POST   /api/appeals/{id}/decision                             U    F      H     A      A     H        H
            GET    /api/me/appeals                                        U    A      A     A      A     A        A
            # risk control (the case names the member as the initiator of the task a farm assisted)
            POST   /api/admin/risk/scan                                   U    F      F     F      F     A        A
            GET    /api/risk/cases                                        U    F      F     F      F     A        A
            GET    /api/risk/cases/{id}                                   U    F      F     F      F     A        A
            POST   /api/risk/cases/{id}/decision                          U    F      F     F      F     A        A
            GET    /api/risk/stats                                        U    F      F     F      F     A        A
            GET    /api/risk/audit                                        U    F      F     F      F     A        A
            GET    /api/risk/appeals                                      U    F      F     F      F     A        A
            POST   /api/risk/appeals/{id}/decision                        U    F      F     F      F     A        A
            POST   /api/risk/appeals                                      U    A      F     F      F     F        F
            GET    /api/risk/appeals/{id}                                 U    A      H     H      H     A        A
            GET    /api/me/risk/cases/{id}                                U    A      H     H      H     H        H
            GET    /api/me/risk/appeals                                   U    A      A     A      A     A        A
            # analytics (issue 16): operators for the platform and campaigns, a group's owner and admins for the group
            GET    /api/analytics/platform/{chart}                        U    F      F     F      F     A        A
            GET    /api/analytics/campaigns/{id}/{chart}                  U    F      F     F      F     A        A
            GET    /api/analytics/groups/{id}/{chart}                     U    F      H     A      A     H        H
            # outside the OpenAPI document: Actuator. Health is public; metrics are for platform admins, in either format
            # (Prometheus's text carries the same meters, the risk gate's and detectors' counters among them).
            GET    /actuator/health                                       A    A      A     A      A     A        A
            GET    /actuator/metrics                                      U    F      F     F      F     F        A
            GET    /actuator/prometheus                                   U    F      F     F      F     F        A
            """;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** The callers; the anonymous one has no session. */
    private final Map<Role, Actor> actors = new LinkedHashMap<>();

    private Api.Session operator;
    private GroupFixtures.Group group;
    private Api.Session helper;
    private String campaign;
    private String busyCampaign;
    private String task;
    private String taskCode;
    private String assistTask;
    private String linkMessage;
    private String pendingHelper;
    private String dispute;
    private String appeal;
    private String warning;
    private String riskCase;
    private String decidableRiskCase;
    private String riskAppeal;

    /** A caller: its role and, unless anonymous, its session and password (for a fresh token). */
    record Actor(Role role, Api.@Nullable Session session, String password) {
        @Nullable
        String token() {
            return session == null ? null : session.token();
        }
    }

    /** One request as one caller. */
    interface Call {
        Api.Response send(Actor actor);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The world

    @BeforeAll
    void world() {
        Api.Session admin = api.admin();
        operator = api.operator();
        Api.Session owner = api.register("owner");
        Api.Session groupAdmin = api.register("gadmin");
        Api.Session member = api.register("member");
        Api.Session other = api.register("other");
        actors.put(Role.ANONYMOUS, new Actor(Role.ANONYMOUS, null, ""));
        actors.put(Role.MEMBER, new Actor(Role.MEMBER, member, "secret-password"));
        actors.put(Role.OTHER, new Actor(Role.OTHER, other, "secret-password"));
        actors.put(Role.GROUP_ADMIN, new Actor(Role.GROUP_ADMIN, groupAdmin, "secret-password"));
        actors.put(Role.GROUP_OWNER, new Actor(Role.GROUP_OWNER, owner, "secret-password"));
        actors.put(Role.OPERATOR, new Actor(Role.OPERATOR, operator, "secret-password"));
        actors.put(Role.ADMIN, new Actor(Role.ADMIN, admin, "ops-secret-passphrase-1"));

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
                                "/api/groups/" + group.id() + "/messages",
                                member.token(),
                                Map.of("kind", "LINK", "link", "https://mobile.yangkeduo.com/goods.html?id=11")),
                        201)
                .path("id")
                .asString();
        String helped = "/api/groups/" + group.id() + "/messages/" + linkMessage + "/helped";
        ok(api.post(helped, helper.token(), ""), 201);
        pendingHelper = helper.id().toString();
        dispute =
                ok(api.post(helped, doubtful.token(), ""), 201).path("reportId").asString();
        ok(
                api.post(
                        "/api/groups/" + group.id() + "/messages/" + linkMessage + "/confirmations",
                        member.token(),
                        Map.of("helperId", doubtful.id().toString(), "decision", "DISPUTE", "note", "没看到助力")),
                200);

        // A warning the second admin gave the member, and the member's appeal against it.
        warning = ok(
                        api.post(
                                "/api/groups/" + group.id() + "/moderation/actions",
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
        Set<String> farm = farm(riskTask);
        Set<String> secondFarm = farm(bystanderTask);
        Api.Session scanner = api.operator();
        JsonNode report = ok(api.post("/api/admin/risk/scan", scanner.token(), ""), 200);
        riskCase = caseNaming(scanner, report, farm);
        decidableRiskCase = caseNaming(scanner, report, secondFarm);
        if (riskCase.equals(decidableRiskCase)) {
            throw new IllegalStateException("both farms ended up in one case: " + report);
        }
        riskAppeal = ok(
                        api.post("/api/risk/appeals", member.token(), Map.of("caseId", riskCase, "text", "帮我助力的是我的同学")),
                        201)
                .path("id")
                .asString();
    }

    private String publishedCampaign(Map<String, Object> terms) {
        String id = ok(api.post("/api/campaigns", operator.token(), terms), 201)
                .path("id")
                .asString();
        ok(api.post("/api/campaigns/" + id + "/publish", operator.token(), ""), 200);
        return id;
    }

    private String draftCampaign() {
        return ok(api.post("/api/campaigns", operator.token(), fixtures.bargain()), 201)
                .path("id")
                .asString();
    }

    /** Four fresh accounts on one phone (each behind an address of its own) assist the task; returns their ids. */
    private Set<String> farm(String taskId) {
        String device = "authz-" + UUID.randomUUID();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < 4; i++) {
            int n = ADDRESSES.getAndIncrement();
            String address = "198.18." + (n % 250) + "." + (1 + n / 250);
            String username = "farm" + i + "_" + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> credentials = Map.of("username", username, "password", "secret-password");
            ok(withDevice("/api/auth/register", null, credentials, device, address), 201);
            JsonNode login = ok(withDevice("/api/auth/login", null, credentials, device, address), 200);
            ids.add(login.path("user").path("id").asString());
            ok(
                    withDevice(
                            "/api/tasks/" + taskId + "/assists",
                            login.path("token").asString(),
                            "",
                            device,
                            address),
                    201);
        }
        return ids;
    }

    private Api.Response withDevice(String path, @Nullable String token, Object body, String device, String address) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", device)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : Api.json(body), StandardCharsets.UTF_8));
        return api.send(builder, token);
    }

    /** The device-cluster case the scan opened (or grew) whose helpers include all of these accounts. */
    private String caseNaming(Api.Session scanner, JsonNode report, Set<String> helpers) {
        for (String part : List.of("opened", "grown")) {
            for (JsonNode touched : report.path(part)) {
                if (!touched.path("detector").asString().equals("DEVICE_CLUSTER")) {
                    continue;
                }
                String id = touched.path("caseId").asString();
                Set<String> named = new LinkedHashSet<>();
                ok(api.get("/api/risk/cases/" + id, scanner.token()), 200)
                        .path("helpers")
                        .forEach(h -> named.add(h.path("id").asString()));
                if (named.containsAll(helpers)) {
                    return id;
                }
            }
        }
        throw new IllegalStateException("no case names the farm " + helpers + ": " + report);
    }

    /** A group of the same owner, with the same admin and member: for rows that change the group. */
    private GroupFixtures.Group sandbox(boolean joinApproval) {
        GroupFixtures.Group sandbox = groups.create(actors.get(Role.GROUP_OWNER).session());
        groups.join(sandbox, actors.get(Role.GROUP_ADMIN).session());
        groups.join(sandbox, actors.get(Role.MEMBER).session());
        groups.act(sandbox, sandbox.owner(), actors.get(Role.GROUP_ADMIN).session(), "promote", Map.of());
        if (joinApproval) {
            ok(api.put("/api/groups/" + sandbox.id(), sandbox.owner().token(), Map.of("joinApproval", true)), 200);
        }
        return sandbox;
    }

    /** A fresh plain member of the group, to act on. */
    private String target(GroupFixtures.Group in) {
        return groups.member(in, "target").id().toString();
    }

    /** A fresh applicant waiting for approval in a group that needs it. */
    private String applicant(GroupFixtures.Group in) {
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
    private String item(String board) {
        return ok(
                        api.post(
                                "/api/groups/" + group.id() + "/" + board,
                                group.owner().token(),
                                Map.of("title", "本周活动", "body", "周五晚八点一起助力")),
                        201)
                .path("id")
                .asString();
    }

    private static JsonNode ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("building the world: expected " + status + " but got " + response);
        }
        return response.json();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The requests, one per row

    private String g() {
        return "/api/groups/" + group.id();
    }

    private static Supplier<Call> each(Call call) {
        return () -> call;
    }

    /** The same request for every caller, on a resource it may change: see {@link Fresh}. */
    private static Supplier<Call> fresh(Supplier<String> make, BiFunction<String, Actor, Api.Response> request) {
        return () -> {
            Fresh resource = new Fresh(make);
            return a -> resource.use(id -> request.apply(id, a));
        };
    }

    /**
     * A resource for requests that change it (a member to kick, a draft to publish, an announcement to delete): made
     * when the row first needs it and made again after every request that succeeded on it, so that each caller meets
     * it as it was made.
     */
    private static final class Fresh {
        private final Supplier<String> make;
        private @Nullable String current;

        Fresh(Supplier<String> make) {
            this.make = make;
        }

        Api.Response use(Function<String, Api.Response> request) {
            String resource = current == null ? make.get() : current;
            current = resource;
            Api.Response response = request.apply(resource);
            if (response.status() / 100 == 2) {
                current = null;
            }
            return response;
        }
    }

    private Map<String, Supplier<Call>> requests() {
        Map<String, Supplier<Call>> r = new LinkedHashMap<>();
        Map<String, Object> noteText = Map.of("text", "求助：这个链接还差一刀");

        // accounts and administration
        r.put("POST /api/auth/register", each(a -> post("/api/auth/register", a, registration())));
        r.put("POST /api/auth/login", each(a -> post("/api/auth/login", a, credentials(a))));
        r.put("POST /api/auth/logout", each(a -> post("/api/auth/logout", freshToken(a), "")));
        r.put("POST /api/session", each(a -> post("/api/session", a, credentials(a))));
        r.put("POST /api/session/logout", each(a -> post("/api/session/logout", a, "")));
        r.put("GET /api/me", each(a -> get("/api/me", a)));
        r.put("GET /api/ping", each(a -> get("/api/ping", a)));
        r.put("GET /api/admin/users/{id}", each(a -> get("/api/admin/users/" + member().id(), a)));
        r.put(
                "POST /api/admin/users/{id}/roles",
                fresh(
                        this::bystander,
                        (id, a) -> post("/api/admin/users/" + id + "/roles", a, Map.of("role", "OPERATOR"))));
        r.put(
                "POST /api/admin/users/{id}/status",
                fresh(
                        this::bystander,
                        (id, a) -> post(
                                "/api/admin/users/" + id + "/status",
                                a,
                                Map.of("status", "RESTRICTED", "reason", "授权矩阵测试"))));

        // campaigns
        r.put("GET /api/campaigns", each(a -> get("/api/campaigns", a)));
        r.put("POST /api/campaigns", each(a -> post("/api/campaigns", a, fixtures.bargain())));
        r.put("POST /api/campaigns/validate", each(a -> post("/api/campaigns/validate", a, fixtures.bargain())));
        r.put("GET /api/campaigns/{id}", each(a -> get("/api/campaigns/" + campaign, a)));
        r.put(
                "PUT /api/campaigns/{id}",
                fresh(this::draftCampaign, (id, a) -> put("/api/campaigns/" + id, a, fixtures.bargain())));
        r.put(
                "POST /api/campaigns/{id}/publish",
                fresh(this::draftCampaign, (id, a) -> post("/api/campaigns/" + id + "/publish", a, "")));
        r.put(
                "POST /api/campaigns/{id}/end",
                fresh(
                        () -> publishedCampaign(fixtures.bargain()),
                        (id, a) -> post("/api/campaigns/" + id + "/end", a, "")));
        r.put("GET /api/campaigns/{id}/rules", each(a -> get("/api/campaigns/" + campaign + "/rules?lang=en", a)));
        r.put(
                "POST /api/campaigns/{campaignId}/tasks",
                each(a -> post("/api/campaigns/" + busyCampaign + "/tasks", a, "")));

        // tasks and assists
        r.put("GET /api/tasks/{id}", each(a -> get("/api/tasks/" + task, a)));
        r.put("GET /api/tasks/by-code/{code}", each(a -> get("/api/tasks/by-code/" + taskCode, a)));
        r.put("GET /api/tasks/{id}/qr.png", each(a -> get("/api/tasks/" + task + "/qr.png", a)));
        r.put("GET /api/tasks/{id}/timeline", each(a -> get("/api/tasks/" + task + "/timeline", a)));
        r.put("GET /api/tasks/{id}/timeline.csv", each(a -> get("/api/tasks/" + task + "/timeline.csv", a)));
        r.put("POST /api/tasks/{id}/assists", each(a -> post("/api/tasks/" + assistTask + "/assists", a, "")));
        r.put("POST /api/tasks/{id}/claim", each(a -> post("/api/tasks/" + task + "/claim", a, "")));
        r.put("POST /api/tasks/{id}/settle", each(a -> post("/api/tasks/" + task + "/settle", a, "")));
        r.put("GET /api/me/tasks", each(a -> get("/api/me/tasks", a)));
        r.put("GET /api/me/assists", each(a -> get("/api/me/assists", a)));

        // groups
        r.put("GET /api/groups/rule-templates", each(a -> get("/api/groups/rule-templates", a)));
        r.put(
                "POST /api/groups",
                each(a -> post(
                        "/api/groups", a, Map.of("name", "新的互助群", "description", "一起助力", "rules", "先助力再求助；不发广告。"))));
        r.put("GET /api/groups/mine", each(a -> get("/api/groups/mine", a)));
        r.put("GET /api/groups/preview", each(a -> get("/api/groups/preview?code=" + group.inviteCode(), a)));
        r.put("POST /api/groups/join", () -> {
            GroupFixtures.Group s = sandbox(false);
            return a -> post("/api/groups/join", a, Map.of("inviteCode", s.inviteCode(), "acceptRules", true));
        });
        r.put("GET /api/groups/{id}", each(a -> get(g(), a)));
        r.put("PUT /api/groups/{id}", () -> {
            GroupFixtures.Group s = sandbox(false);
            return a -> put("/api/groups/" + s.id(), a, Map.of("description", "互相助力，诚信第一"));
        });
        r.put("POST /api/groups/{id}/leave", () -> {
            GroupFixtures.Group s = sandbox(false);
            return a -> post("/api/groups/" + s.id() + "/leave", a, "");
        });
        r.put("POST /api/groups/{id}/invite/rotate", () -> {
            GroupFixtures.Group s = sandbox(false);
            return a -> post("/api/groups/" + s.id() + "/invite/rotate", a, "");
        });
        r.put("GET /api/groups/{id}/invite/qr.png", each(a -> get(g() + "/invite/qr.png", a)));
        r.put("GET /api/groups/{id}/members", each(a -> get(g() + "/members", a)));
        r.put("GET /api/groups/{id}/join-requests", each(a -> get(g() + "/join-requests", a)));
        for (String decision : List.of("approve", "reject")) {
            r.put("POST /api/groups/{id}/join-requests/{userId}/" + decision, () -> {
                GroupFixtures.Group s = sandbox(true);
                Fresh applicant = new Fresh(() -> applicant(s));
                return a -> applicant.use(
                        id -> post("/api/groups/" + s.id() + "/join-requests/" + id + "/" + decision, a, ""));
            });
        }
        Map<String, Object> reason = Map.of("reason", "授权矩阵测试");
        for (String action : List.of("promote", "demote", "unmute", "unban")) {
            r.put(
                    "POST /api/groups/{id}/members/{userId}/" + action,
                    fresh(() -> target(group), (id, a) -> post(g() + "/members/" + id + "/" + action, a, "")));
        }
        for (String action : List.of("kick", "ban")) {
            r.put(
                    "POST /api/groups/{id}/members/{userId}/" + action,
                    fresh(() -> target(group), (id, a) -> post(g() + "/members/" + id + "/" + action, a, reason)));
        }
        r.put(
                "POST /api/groups/{id}/members/{userId}/mute",
                fresh(
                        () -> target(group),
                        (id, a) -> post(g() + "/members/" + id + "/mute", a, Map.of("minutes", 5, "reason", "刷屏"))));
        r.put("POST /api/groups/{id}/members/{userId}/transfer-ownership", () -> {
            GroupFixtures.Group s = sandbox(false);
            Fresh target = new Fresh(() -> target(s));
            return a ->
                    target.use(id -> post("/api/groups/" + s.id() + "/members/" + id + "/transfer-ownership", a, ""));
        });
        for (String board : List.of("announcements", "tips")) {
            r.put("GET /api/groups/{id}/" + board, each(a -> get(g() + "/" + board, a)));
            r.put(
                    "POST /api/groups/{id}/" + board,
                    each(a -> post(g() + "/" + board, a, Map.of("title", "新规", "body", "助力后请在群里说一声"))));
            r.put(
                    "DELETE /api/groups/{id}/" + board + "/{itemId}",
                    fresh(() -> item(board), (id, a) -> delete(g() + "/" + board + "/" + id, a)));
        }

        // group feed
        r.put(
                "POST /api/groups/{id}/messages",
                each(a -> post(g() + "/messages", a, Map.of("kind", "TEXT", "text", "今天也一起加油，谢谢大家"))));
        r.put("GET /api/groups/{id}/messages", each(a -> get(g() + "/messages?after=0", a)));
        r.put("GET /api/groups/{id}/stream", each(a -> stream(g() + "/stream", a)));

        // reciprocity
        r.put("GET /api/groups/{id}/help-queue", each(a -> get(g() + "/help-queue", a)));
        r.put("GET /api/groups/{id}/ledger", each(a -> get(g() + "/ledger", a)));
        r.put("GET /api/groups/{id}/ledger/me", each(a -> get(g() + "/ledger/me", a)));
        r.put("GET /api/groups/{id}/policies", each(a -> get(g() + "/policies", a)));
        r.put("PUT /api/groups/{id}/policies", () -> {
            GroupFixtures.Group s = sandbox(false);
            return a -> put("/api/groups/" + s.id() + "/policies", a, Map.of("helpBeforePost", 1, "maxPostsPerDay", 3));
        });
        String message = "/messages/{messageId}";
        r.put("POST /api/groups/{id}" + message + "/helped", each(a -> post(helpedPath(), a, "")));
        r.put("GET /api/groups/{id}" + message + "/helped", each(a -> get(helpedPath(), a)));
        r.put(
                "POST /api/groups/{id}" + message + "/confirmations",
                each(a -> post(
                        g() + "/messages/" + linkMessage + "/confirmations",
                        a,
                        Map.of("helperId", pendingHelper, "decision", "CONFIRM", "note", "收到了"))));
        r.put("GET /api/groups/{id}/disputes", each(a -> get(g() + "/disputes", a)));
        r.put(
                "POST /api/groups/{id}/disputes/{reportId}/resolve",
                each(a -> post(
                        g() + "/disputes/" + dispute + "/resolve",
                        a,
                        Map.of("decision", "REJECT", "note", "截图里没有这次助力"))));

        // moderation
        r.put(
                "POST /api/safety/check",
                each(a -> post(
                        "/api/safety/check",
                        a,
                        Map.of("text", "加我微信领红包", "groupId", group.id().toString()))));
        r.put(
                "POST /api/groups/{id}/reports",
                each(a -> post(
                        g() + "/reports",
                        a,
                        Map.of("userId", helper.id().toString(), "reason", "OFF_TOPIC", "note", "一直发无关内容"))));
        r.put("GET /api/groups/{id}/moderation/queue", each(a -> get(g() + "/moderation/queue", a)));
        r.put(
                "POST /api/groups/{id}/moderation/actions",
                fresh(
                        () -> target(group),
                        (id, a) -> post(
                                g() + "/moderation/actions",
                                a,
                                Map.of("action", "WARN", "userId", id, "reason", "发广告"))));
        r.put("GET /api/groups/{id}/audit", each(a -> get(g() + "/audit", a)));
        r.put(
                "GET /api/groups/{id}/members/{userId}/trust",
                each(a -> get(g() + "/members/" + helper.id() + "/trust", a)));
        r.put("GET /api/groups/{id}/safety-score", each(a -> get(g() + "/safety-score", a)));
        r.put("GET /api/groups/{id}/appeals", each(a -> get(g() + "/appeals", a)));
        r.put(
                "POST /api/appeals",
                each(a -> post("/api/appeals", a, Map.of("auditEntryId", warning, "text", "我没有刷屏"))));
        r.put("GET /api/appeals/{id}", each(a -> get("/api/appeals/" + appeal, a)));
        r.put(
                "POST /api/appeals/{id}/decision",
                each(a ->
                        post("/api/appeals/" + appeal + "/decision", a, Map.of("decision", "UPHOLD", "note", "确有刷屏"))));
        r.put("GET /api/me/appeals", each(a -> get("/api/me/appeals", a)));

        // risk control
        r.put("POST /api/admin/risk/scan", each(a -> post("/api/admin/risk/scan", a, "")));
        r.put("GET /api/analytics/platform/{chart}", each(a -> get("/api/analytics/platform/active", a)));
        r.put(
                "GET /api/analytics/campaigns/{id}/{chart}",
                each(a -> get("/api/analytics/campaigns/" + campaign + "/funnel", a)));
        r.put(
                "GET /api/analytics/groups/{id}/{chart}",
                each(a -> get("/api/analytics/groups/" + group.id() + "/activity", a)));
        r.put("GET /api/risk/cases", each(a -> get("/api/risk/cases?status=OPEN", a)));
        r.put("GET /api/risk/cases/{id}", each(a -> get("/api/risk/cases/" + riskCase, a)));
        r.put(
                "POST /api/risk/cases/{id}/decision",
                each(a -> post(
                        "/api/risk/cases/" + decidableRiskCase + "/decision",
                        a,
                        Map.of("decision", "DISMISS", "reason", "同一家人的旧手机"))));
        r.put("GET /api/risk/stats", each(a -> get("/api/risk/stats", a)));
        r.put("GET /api/risk/audit", each(a -> get("/api/risk/audit", a)));
        r.put("GET /api/risk/appeals", each(a -> get("/api/risk/appeals", a)));
        r.put(
                "POST /api/risk/appeals/{id}/decision",
                each(a -> post(
                        "/api/risk/appeals/" + riskAppeal + "/decision",
                        a,
                        Map.of("decision", "UPHOLD", "note", "证据充分"))));
        r.put(
                "POST /api/risk/appeals",
                each(a -> post("/api/risk/appeals", a, Map.of("caseId", riskCase, "text", "真实的同学帮忙"))));
        r.put("GET /api/risk/appeals/{id}", each(a -> get("/api/risk/appeals/" + riskAppeal, a)));
        r.put("GET /api/me/risk/cases/{id}", each(a -> get("/api/me/risk/cases/" + riskCase, a)));
        r.put("GET /api/me/risk/appeals", each(a -> get("/api/me/risk/appeals", a)));

        // Actuator
        r.put("GET /actuator/health", each(a -> get("/actuator/health", a)));
        r.put("GET /actuator/metrics", each(a -> get("/actuator/metrics", a)));
        r.put("GET /actuator/prometheus", each(a -> get("/actuator/prometheus", a)));
        return r;
    }

    private Api.Session member() {
        return actors.get(Role.MEMBER).session();
    }

    private String bystander() {
        return api.register("bystander").id().toString();
    }

    private String helpedPath() {
        return g() + "/messages/" + linkMessage + "/helped";
    }

    private static Map<String, String> registration() {
        return Map.of(
                "username",
                "new_" + UUID.randomUUID().toString().substring(0, 8),
                "password",
                "secret-password",
                "displayName",
                "新人");
    }

    /** The caller's own credentials; the anonymous caller uses a fresh account's. */
    private Map<String, String> credentials(Actor a) {
        if (a.session() == null) {
            Api.Session fresh = api.register("visitor");
            return Map.of("username", fresh.username(), "password", "secret-password");
        }
        return Map.of("username", a.session().username(), "password", a.password());
    }

    /** The caller with a token of its own for this request, so that logging it out keeps the caller's token. */
    private Actor freshToken(Actor a) {
        if (a.session() == null) {
            return a;
        }
        return new Actor(a.role(), api.login(a.session().username(), a.password()), a.password());
    }

    private Api.Response get(String path, Actor a) {
        return api.get(path, a.token());
    }

    private Api.Response post(String path, Actor a, Object body) {
        return api.post(path, a.token(), body);
    }

    private Api.Response put(String path, Actor a, Object body) {
        return api.put(path, a.token(), body);
    }

    private Api.Response delete(String path, Actor a) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).DELETE(), a.token());
    }

    /** Server-sent events: the status and, for a refusal, the problem; an open stream is closed at once. */
    private Api.Response stream(String path, Actor a) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (a.token() != null) {
            builder.header("Authorization", "Bearer " + a.token());
        }
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text =
                        response.statusCode() == 200 ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new Api.Response(
                        response.statusCode(), text, response.headers().map());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The matrix and the checks

    record Row(String operation, Map<Role, Outcome> expected) {}

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String line : MATRIX.strip().split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != 2 + Role.values().length) {
                throw new IllegalStateException("a matrix row needs a method, a path and 7 outcomes: " + line);
            }
            String operation = cells[0] + " " + cells[1];
            if (!seen.add(operation)) {
                throw new IllegalStateException("two rows for " + operation);
            }
            Map<Role, Outcome> expected = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                String cell = cells[2 + role.ordinal()];
                if (cell.length() != 1) {
                    throw new IllegalStateException("not an outcome: " + cell + " in " + line);
                }
                expected.put(role, Outcome.of(cell.charAt(0)));
            }
            rows.add(new Row(operation, expected));
        }
        return rows;
    }

    /** Every operation of the OpenAPI document, as "METHOD /path/{template}". */
    private Set<String> documentedOperations() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).as("GET /v3/api-docs").isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        JsonNode paths = docs.json().path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                        .contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }

    static Outcome classify(Api.Response response) {
        int status = response.status();
        if (status == 401) {
            return Outcome.UNAUTHENTICATED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404 && HIDING.contains(code(response))) {
            return Outcome.HIDDEN;
        }
        if (status == 400) {
            return Outcome.BAD_REQUEST;
        }
        if (status >= 500) {
            return Outcome.ERROR;
        }
        return Outcome.ALLOW;
    }

    @Test
    void theMatrixHasExactlyOneRowPerOperationOfTheApiDocument() {
        Set<String> documented = documentedOperations();
        Set<String> rows = new TreeSet<>();
        matrix().forEach(row -> rows.add(row.operation()));
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(documented);
        stale.removeAll(OUTSIDE_DOCUMENT);
        Set<String> withoutRequest = new TreeSet<>(rows);
        withoutRequest.removeAll(requests().keySet());
        Set<String> requestWithoutRow = new TreeSet<>(requests().keySet());
        requestWithoutRow.removeAll(rows);

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(withoutRow)
                    .as(
                            "operations of /v3/api-docs without a row in the authorisation matrix (add one, with its request)")
                    .isEmpty();
            soft.assertThat(stale)
                    .as("matrix rows for operations /v3/api-docs no longer has (remove them)")
                    .isEmpty();
            soft.assertThat(withoutRequest)
                    .as("matrix rows without a request in requests()")
                    .isEmpty();
            soft.assertThat(requestWithoutRow)
                    .as("requests without a matrix row")
                    .isEmpty();
            soft.assertThat(rows).as("the Actuator rows").containsAll(OUTSIDE_DOCUMENT);
        });
    }

    @Test
    void everyCallerGetsTheExpectedOutcomeOnEveryOperation() {
        long seed = Long.getLong("huzhu.test.seed", System.nanoTime());
        List<Row> rows = new ArrayList<>(matrix());
        java.util.Collections.shuffle(rows, new java.util.Random(seed));
        Map<String, Supplier<Call>> requests = requests();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Row row : rows) {
            Supplier<Call> request = requests.get(row.operation());
            assertThat(request).as("a request for " + row.operation()).isNotNull();
            Call call = request.get();
            for (Role role : Role.values()) {
                Api.Response response = call.send(actors.get(role));
                Outcome actual = classify(response);
                Outcome expected = row.expected().get(role);
                checked++;
                if (actual != expected) {
                    mismatches.add(String.format(
                            "%-62s %-8s expected %-15s got %-15s %d %s",
                            row.operation(), role.label, expected, actual, response.status(), describe(response)));
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " of " + checked
                    + " authorisation outcomes differ from the matrix (rows in order -Dhuzhu.test.seed=" + seed
                    + "):\n  "
                    + String.join("\n  ", mismatches.stream().sorted().toList()));
        }
    }

    /** The problem's code, or "" for a body that is not a problem (an image, a CSV file, metrics). */
    private static String code(Api.Response response) {
        try {
            return response.code();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String describe(Api.Response response) {
        String code = code(response);
        if (!code.isEmpty()) {
            return code;
        }
        String type = response.header("Content-Type");
        if (type != null && type.startsWith("image/")) {
            return "(" + type + ", " + response.body().length() + " characters)";
        }
        String body = response.body().replaceAll("\\s+", " ");
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
