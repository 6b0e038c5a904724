package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.reciprocity.ReciprocityScenario.Group;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.support.Api;
import io.huzhu.support.Concurrently;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Posting policies and the fair help queue. */
@IntegrationTest
class ReciprocityPolicyIntegrationTests extends ReciprocityScenarioTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void helpFirstAndDailyLimitsRefuseWithWhatToDo() {
        Group group = scenario.group(api.register("owner"));
        Api.Session asker = scenario.join(group, "asker");
        Api.Session member = scenario.join(group, "member");
        String policies = "/api/groups/" + group.id() + "/policies";
        JsonNode defaults = api.get(policies, member.token()).json();
        assertThat(defaults.path("helpBeforePost").asInt()).isZero();
        assertThat(defaults.path("maxPostsPerDay").asInt()).isZero();
        assertThat(defaults.has("balanceFloor")).isFalse();
        assertThat(api.put(policies, group.owner().token(), Map.of("helpBeforePost", -1))
                        .code())
                .isEqualTo("VALIDATION_FAILED");

        // The asker posts while the group has no policy; the member helps and is confirmed.
        UUID link = scenario.post(group, asker, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=2");
        Api.Response put = api.put(policies, group.owner().token(), Map.of("helpBeforePost", 2, "maxPostsPerDay", 2));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(refusal(group, member).code()).isEqualTo(io.huzhu.shared.ErrorCode.POLICY_HELP_FIRST);
        assertThat(refusal(group, member).getMessage()).contains("2 more helps are needed");

        String base = "/api/groups/" + group.id() + "/messages/" + link;
        assertThat(api.post(base + "/helped", member.token(), "").status()).isEqualTo(201);
        assertThat(api.post(
                                base + "/confirmations",
                                asker.token(),
                                Map.of("helperId", member.id().toString(), "decision", "CONFIRM"))
                        .status())
                .isEqualTo(200);
        assertThat(refusal(group, member).getMessage()).contains("1 more help is needed");

        api.put(policies, group.owner().token(), Map.of("helpBeforePost", 1, "maxPostsPerDay", 2));
        scenario.post(group, member, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=3");
        scenario.post(group, member, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=4");
        HuzhuException third = refusal(group, member);
        assertThat(third.code()).isEqualTo(io.huzhu.shared.ErrorCode.POLICY_DAILY_POSTS);
        assertThat(third.getMessage()).contains("next post is possible at");
        assertThat(third.properties()).containsKey("nextPostAt");
    }

    @Test
    void ofTenConcurrentPostsOnTheLastAllowanceExactlyOnePasses() throws Exception {
        Group group = scenario.group(api.register("owner"));
        Api.Session member = scenario.join(group, "busy");
        api.put("/api/groups/" + group.id() + "/policies", group.owner().token(), Map.of("maxPostsPerDay", 1));
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String link = "https://mobile.yangkeduo.com/x?id=c" + i;
            calls.add(() -> {
                try {
                    scenario.post(group, member, HelpKind.EXTERNAL_LINK, link);
                    return true;
                } catch (HuzhuException e) {
                    assertThat(e.code()).isEqualTo(io.huzhu.shared.ErrorCode.POLICY_DAILY_POSTS);
                    return false;
                }
            });
        }
        List<Boolean> results = Concurrently.run(10, calls);
        assertThat(results.stream().filter(Boolean::booleanValue)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from help_request where requester_id = :u")
                        .param("u", member.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theQueueIsRankedByFairQueueAndHidesOwnAndAlreadyHelpedRequests() throws Exception {
        Group group = scenario.group(api.register("owner"));
        Api.Session viewer = scenario.join(group, "viewer");
        List<UUID> visible = new ArrayList<>();
        Api.Session taskAsker = scenario.join(group, "tasker");
        JsonNode task = fixtures.start(taskAsker, fixtures.publish(fixtures.bargain()));
        UUID taskRequest =
                scenario.post(group, taskAsker, HelpKind.TASK, task.path("id").asString());
        // Minutes apart, so that the few milliseconds between the test's clock reading and the server's cannot
        // reorder requests whose freshness (which falls with time) differs by less than that.
        for (int i = 0; i < 6; i++) {
            clock.advance(java.time.Duration.ofMinutes(7));
            visible.add(scenario.post(
                    group, scenario.join(group, "asker" + i), HelpKind.EXTERNAL_LINK, "https://p.example/" + i));
        }
        UUID own = scenario.post(group, viewer, HelpKind.EXTERNAL_LINK, "https://p.example/mine");
        UUID helped = scenario.post(group, scenario.join(group, "helped"), HelpKind.EXTERNAL_LINK, "https://p.e/h");
        assertThat(api.post("/api/groups/" + group.id() + "/messages/" + helped + "/helped", viewer.token(), "")
                        .status())
                .isEqualTo(201);

        List<FairQueue.Candidate> expected = FairQueue.rank(candidates(group, viewer), clock.instant());
        JsonNode queue = api.get("/api/groups/" + group.id() + "/help-queue", viewer.token())
                .json()
                .path("items");
        List<String> shown = queue.findValuesAsString("messageId");
        assertThat(shown).doesNotContain(own.toString(), helped.toString());
        assertThat(shown)
                .containsExactlyElementsOf(
                        expected.stream().map(c -> c.requestId().toString()).toList());
        assertThat(shown).hasSize(7).contains(taskRequest.toString());
        JsonNode taskItem = queue.get(shown.indexOf(taskRequest.toString()));
        assertThat(taskItem.path("task").path("remaining").asLong()).isEqualTo(10_000);
        assertThat(taskItem.path("task").path("maxAssistsRemaining").asInt())
                .isEqualTo(task.path("maxAssistsRemaining").asInt());
        assertThat(taskItem.path("task").path("deadline").asString()).isNotEmpty();
        JsonNode linkItem = queue.get(shown.indexOf(visible.getFirst().toString()));
        assertThat(linkItem.path("link").asString()).isEqualTo("https://p.example/0");
        assertThat(linkItem.path("note").asString()).isEqualTo("帮我砍一刀");

        List<String> exposed = jdbc
                .sql("select message_id from help_request where group_id = :g and exposures = 1")
                .param("g", group.id().value())
                .query(UUID.class)
                .list()
                .stream()
                .map(UUID::toString)
                .toList();
        assertThat(exposed)
                .as("the top five shown count one exposure each")
                .containsExactlyInAnyOrderElementsOf(shown.subList(0, 5));

        assertThat(fixtures.assist(viewer, task.path("id").asString()).status()).isEqualTo(201);
        ReciprocityScenario.await(
                "the assist to hide the task",
                () -> !api.get("/api/groups/" + group.id() + "/help-queue", viewer.token())
                        .body()
                        .contains(taskRequest.toString()));
    }

    private HuzhuException refusal(Group group, Api.Session member) {
        try {
            transactions.executeWithoutResult(
                    s -> helpRequests.checkMayPost(group.id(), io.huzhu.shared.UserId.of(member.id())));
        } catch (HuzhuException e) {
            return e;
        }
        try {
            scenario.post(group, member, HelpKind.EXTERNAL_LINK, "https://p.example/" + Ids.next());
        } catch (HuzhuException e) {
            throw new AssertionError("checkMayPost passed but open refused", e);
        }
        throw new AssertionError("expected a refusal");
    }

    /** The candidates as the service builds them, from the database state before the queue is read. */
    private List<FairQueue.Candidate> candidates(Group group, Api.Session viewer) {
        return jdbc.sql("""
                        select r.message_id, r.requester_id, r.created_at, r.deadline, r.exposures,
                               coalesce(b.given, 0) as given, coalesce(b.received, 0) as received,
                               coalesce(t.cut_count - t.assists_done, 1) as still_needed
                        from help_request r
                        left join ledger_balance b on b.group_id = r.group_id and b.user_id = r.requester_id
                        left join task t on t.id = r.task_id
                        where r.group_id = :g and r.status = 'OPEN' and r.requester_id <> :v
                          and not exists (select 1 from help_given h where h.message_id = r.message_id
                                          and h.helper_id = :v)
                        """)
                .param("g", group.id().value())
                .param("v", viewer.id())
                .query((rs, n) -> new FairQueue.Candidate(
                        rs.getObject("message_id", UUID.class),
                        io.huzhu.shared.UserId.of(rs.getObject("requester_id", UUID.class)),
                        io.huzhu.shared.Sql.requiredInstant(rs, "created_at"),
                        io.huzhu.shared.Sql.requiredInstant(rs, "deadline"),
                        rs.getInt("given"),
                        rs.getInt("received"),
                        rs.getInt("exposures"),
                        false,
                        rs.getInt("still_needed")))
                .list();
    }
}
