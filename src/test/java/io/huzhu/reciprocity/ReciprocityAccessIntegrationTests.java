package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.reciprocity.ReciprocityScenario.Group;
import io.huzhu.support.Api;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may call what: non-member, banned, muted, member, admin, owner, for every reciprocity endpoint. */
class ReciprocityAccessIntegrationTests extends ReciprocityScenarioTests {

    Group group;
    Map<String, Api.Session> people;
    Api.Session requester;
    UUID message;

    @BeforeEach
    void setUp() {
        group = scenario.group(api.register("owner"));
        Api.Session admin = scenario.join(group, "deputy");
        scenario.moderate(group, admin, "promote", "");
        Api.Session muted = scenario.join(group, "muted");
        scenario.moderate(group, muted, "mute", Map.of("minutes", 60, "reason", "flooding"));
        Api.Session banned = scenario.join(group, "banned");
        scenario.moderate(group, banned, "ban", Map.of("reason", "spam"));
        people = new LinkedHashMap<>();
        people.put("non-member", api.register("stranger"));
        people.put("banned", banned);
        people.put("muted", muted);
        people.put("member", scenario.join(group, "member"));
        people.put("admin", admin);
        people.put("owner", group.owner());
        requester = scenario.join(group, "asker");
        message = scenario.post(group, requester, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=9");
    }

    @Test
    void membersIncludingMutedOnesReadTheQueueTheLedgerAndThePolicies() {
        for (String path : new String[] {"/help-queue", "/ledger", "/ledger/me", "/policies"}) {
            expect(
                    path,
                    s -> api.get(groupPath(path), s.token()),
                    "404 GROUP_NOT_FOUND",
                    "404 GROUP_NOT_FOUND",
                    "200",
                    "200",
                    "200",
                    "200");
        }
        assertThat(api.get(groupPath("/ledger"), null).status()).isEqualTo(401);
    }

    @Test
    void onlyTheOwnerSetsPoliciesAndOnlyAdminsSeeDisputes() {
        expect(
                "PUT policies",
                s -> api.put(groupPath("/policies"), s.token(), Map.of("maxPostsPerDay", 5)),
                "404 GROUP_NOT_FOUND",
                "404 GROUP_NOT_FOUND",
                "403 GROUP_ROLE_REQUIRED",
                "403 GROUP_ROLE_REQUIRED",
                "403 GROUP_ROLE_REQUIRED",
                "200");
        expect(
                "GET disputes",
                s -> api.get(groupPath("/disputes"), s.token()),
                "404 GROUP_NOT_FOUND",
                "404 GROUP_NOT_FOUND",
                "403 GROUP_ROLE_REQUIRED",
                "403 GROUP_ROLE_REQUIRED",
                "200",
                "200");
        String unknown = groupPath("/disputes/" + UUID.randomUUID() + "/resolve");
        Map<String, String> body = Map.of("decision", "REJECT", "note", "n");
        expect(
                "resolve",
                s -> api.post(unknown, s.token(), body),
                "404 GROUP_NOT_FOUND",
                "404 GROUP_NOT_FOUND",
                "403 GROUP_ROLE_REQUIRED",
                "403 GROUP_ROLE_REQUIRED",
                "404 HELP_REPORT_NOT_FOUND",
                "404 HELP_REPORT_NOT_FOUND");
    }

    @Test
    void membersReportHelpButOnlyTheRequesterConfirms() {
        String base = groupPath("/messages/" + message);
        expect(
                "helped",
                s -> api.post(base + "/helped", s.token(), ""),
                "404 GROUP_NOT_FOUND",
                "404 GROUP_NOT_FOUND",
                "201",
                "201",
                "201",
                "201");
        expect(
                "confirm",
                s -> api.post(
                        base + "/confirmations",
                        s.token(),
                        Map.of("helperId", people.get("member").id().toString(), "decision", "CONFIRM")),
                "404 GROUP_NOT_FOUND",
                "404 GROUP_NOT_FOUND",
                "403 NOT_REQUESTER",
                "403 NOT_REQUESTER",
                "403 NOT_REQUESTER",
                "403 NOT_REQUESTER");
        Api.Response confirmed = api.post(
                base + "/confirmations",
                requester.token(),
                Map.of("helperId", people.get("member").id().toString(), "decision", "CONFIRM"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(api.post(groupPath("/messages/" + UUID.randomUUID() + "/helped"), requester.token(), "")
                        .code())
                .isEqualTo("HELP_REQUEST_NOT_FOUND");
    }

    @Test
    void aKickedMembersOpenRequestsCloseAndLeaveTheQueue() throws Exception {
        var scenario = new ReciprocityScenario(api, helpRequests, transactions, jdbc, clock);
        scenario.moderate(group, requester, "kick", Map.of("reason", "left the platform"));
        ReciprocityScenario.await(
                "the request to close", () -> scenario.status(message).equals("CLOSED"));
        assertThat(api.get(groupPath("/help-queue"), people.get("member").token())
                        .body())
                .doesNotContain(message.toString());
    }

    private String groupPath(String suffix) {
        return "/api/groups/" + group.id() + suffix;
    }

    /** Expected "status CODE" (or just the status) per person, in the order of {@link #people}. */
    private void expect(String what, Function<Api.Session, Api.Response> call, String... outcomes) {
        int i = 0;
        for (var person : people.entrySet()) {
            Api.Response response = call.apply(person.getValue());
            String actual = response.status() + (outcomes[i].contains(" ") ? " " + response.code() : "");
            assertThat(actual)
                    .as(what + " as " + person.getKey() + ": " + response)
                    .isEqualTo(outcomes[i]);
            i++;
        }
    }
}
