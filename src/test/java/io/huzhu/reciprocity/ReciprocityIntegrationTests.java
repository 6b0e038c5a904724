package io.huzhu.reciprocity;

import static io.huzhu.reciprocity.ReciprocityScenario.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.reciprocity.ReciprocityScenario.Group;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.RecordedEvents;
import io.huzhu.task.AssistRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The ledger end to end: in-Huzhu assists, external-link reports, confirmations, disputes and lapses. */
@IntegrationTest
class ReciprocityIntegrationTests extends ReciprocityScenarioTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedEvents events;

    @Autowired
    AssistCredits credits;

    @Autowired
    ReciprocitySweeper sweeper;

    @Test
    void anAssistOnAPostedTaskBooksOneEntryAndAReplayBooksNothing() throws Exception {
        Group group = scenario.group(api.register("owner"));
        Api.Session requester = scenario.join(group, "asker");
        Api.Session helper = scenario.join(group, "helper");
        Api.Session outsider = api.register("outsider");
        String task = fixtures.start(requester, fixtures.publish(fixtures.bargain()))
                .path("id")
                .asString();
        UUID message = scenario.post(group, requester, HelpKind.TASK, task);

        assertThat(fixtures.assist(helper, task).status()).isEqualTo(201);
        assertThat(fixtures.assist(outsider, task).status()).isEqualTo(201);
        await("the helper's credit", () -> scenario.entries(group) == 1);
        // Both assists' events are handled asynchronously and in no particular order: wait for both.
        await(
                "both assists counted on the request",
                () -> jdbc.sql("select help_count from help_request where message_id = :m")
                                .param("m", message)
                                .query(Integer.class)
                                .single()
                        == 2);
        assertThat(scenario.entries(group, helper, requester)).isEqualTo(1);

        AssistRecorded recorded = events.of(AssistRecorded.class).stream()
                .filter(e -> e.taskId().toString().equals(task)
                        && e.helperId().value().equals(helper.id()))
                .findFirst()
                .orElseThrow();
        // The listener itself runs asynchronously; its body is called directly so the replay is observed.
        assertThat(credits.credit(recorded))
                .as("a replayed event books nothing")
                .isZero();
        assertThat(credits.credit(recorded)).isZero();
        assertThat(scenario.entries(group)).isEqualTo(1);
        assertThat(jdbc.sql("select help_count from help_request where message_id = :m")
                        .param("m", message)
                        .query(Integer.class)
                        .single())
                .as("both assists helped the task, the outsider's without a credit")
                .isEqualTo(2);

        JsonNode ledger = api.get("/api/groups/" + group.id() + "/ledger", requester.token())
                .json();
        assertThat(ledger.path("items").get(0).path("userId").asString())
                .isEqualTo(helper.id().toString());
        assertThat(ledger.path("items").get(0).path("balance").asInt()).isEqualTo(1);
        assertThat(ledger.path("items").get(0).path("displayName").asString()).isEqualTo("helper");
        assertThat(ledger.path("items").findValuesAsString("userId"))
                .contains(requester.id().toString(), group.owner().id().toString());

        JsonNode mine = api.get("/api/groups/" + group.id() + "/ledger/me", requester.token())
                .json();
        assertThat(mine.path("received").asInt()).isEqualTo(1);
        assertThat(mine.path("balance").asInt()).isEqualTo(-1);
        assertThat(mine.path("history").path("items").get(0).path("direction").asString())
                .isEqualTo("RECEIVED");
        assertThat(mine.path("history").path("items").get(0).path("source").asString())
                .isEqualTo("HUZHU_ASSIST");
        assertThat(mine.path("notHelpedBack").get(0).path("userId").asString())
                .isEqualTo(helper.id().toString());
        assertThat(mine.path("notHelpedBack").get(0).path("net").asInt()).isEqualTo(1);
    }

    @Test
    void theLastAssistCountsEvenThoughItEndsTheTaskAndClosesTheRequest() throws Exception {
        Group group = scenario.group(api.register("owner"));
        Api.Session requester = scenario.join(group, "asker");
        JsonNode started = fixtures.start(requester, fixtures.publish(fixtures.bargain()));
        String task = started.path("id").asString();
        UUID message = scenario.post(group, requester, HelpKind.TASK, task);
        int needed = started.path("maxAssistsRemaining").asInt();
        for (int i = 0; i < needed; i++) {
            Api.Response assist = fixtures.assist(scenario.join(group, "helper"), task);
            assertThat(assist.status()).as(assist.toString()).isEqualTo(201);
            if (assist.json().path("status").asString().equals("SUCCEEDED")) {
                needed = i + 1;
            }
        }
        int helps = needed;
        await("every helper's credit", () -> scenario.entries(group) == helps);
        await("the request to close", () -> scenario.status(message).equals("DONE"));
        assertThat(api.get("/api/groups/" + group.id() + "/ledger/me", requester.token())
                        .json()
                        .path("balance")
                        .asInt())
                .isEqualTo(-helps);
    }

    @Test
    void anAssistDeliveredAfterTheSuccessThatClosedItsRequestStillCountsButALaterOneDoesNot() {
        Group group = scenario.group(api.register("owner"));
        Api.Session requester = scenario.join(group, "asker");
        Api.Session last = scenario.join(group, "last");
        Api.Session late = scenario.join(group, "late");
        JsonNode started = fixtures.start(requester, fixtures.publish(fixtures.bargain()));
        TaskId task = TaskId.of(UUID.fromString(started.path("id").asString()));
        CampaignId campaign =
                CampaignId.of(UUID.fromString(started.path("campaignId").asString()));
        UUID message = scenario.post(group, requester, HelpKind.TASK, task.toString());
        Instant at = clock.instant();
        UserId asker = UserId.of(requester.id());

        // The registry may deliver the success before the assist that caused it.
        credits.closeTask(task, HelpStatus.DONE, at);
        assertThat(scenario.status(message)).isEqualTo("DONE");
        assertThat(credits.credit(new AssistRecorded(
                        Ids.next(),
                        task,
                        campaign,
                        UserId.of(last.id()),
                        asker,
                        0,
                        10_000,
                        10_000,
                        0,
                        0,
                        at,
                        null,
                        null)))
                .isEqualTo(1);
        assertThat(credits.credit(new AssistRecorded(
                        Ids.next(),
                        task,
                        campaign,
                        UserId.of(late.id()),
                        asker,
                        1,
                        1,
                        10_000,
                        0,
                        0,
                        at.plusSeconds(1),
                        null,
                        null)))
                .isZero();
        assertThat(scenario.entries(group, last, requester)).isEqualTo(1);
        assertThat(scenario.entries(group, late, requester)).isZero();
    }

    @Test
    void aConfirmedExternalHelpBooksADisputedOneWaitsForAdminsAndALapsedOneNever() throws Exception {
        Group group = scenario.group(api.register("owner"));
        Api.Session requester = scenario.join(group, "asker");
        Api.Session confirmed = scenario.join(group, "good");
        Api.Session disputed = scenario.join(group, "doubt");
        Api.Session rejected = scenario.join(group, "liar");
        Api.Session lapsed = scenario.join(group, "late");
        UUID message = scenario.post(group, requester, HelpKind.EXTERNAL_LINK, "https://mobile.yangkeduo.com/x?id=1");
        String base = "/api/groups/" + group.id() + "/messages/" + message;

        Api.Response reported = api.post(base + "/helped", confirmed.token(), "");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(api.post(base + "/helped", confirmed.token(), "").code()).isEqualTo("ALREADY_REPORTED");
        assertThat(api.post(base + "/helped", requester.token(), "").code()).isEqualTo("SELF_HELP");
        for (Api.Session helper : new Api.Session[] {disputed, rejected, lapsed}) {
            assertThat(api.post(base + "/helped", helper.token(), "").status()).isEqualTo(201);
        }
        assertThat(scenario.entries(group)).as("a report alone books nothing").isZero();
        assertThat(api.get(base + "/helped", requester.token())
                        .json()
                        .path("items")
                        .findValuesAsString("helperId"))
                .as("the requester sees who waits for an answer, oldest first")
                .containsExactly(
                        confirmed.id().toString(),
                        disputed.id().toString(),
                        rejected.id().toString(),
                        lapsed.id().toString());
        assertThat(api.get(base + "/helped", confirmed.token()).code()).isEqualTo("NOT_REQUESTER");

        Api.Response confirm = decide(base, requester, confirmed, "CONFIRM");
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(200);
        assertThat(confirm.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(scenario.entries(group, confirmed, requester)).isEqualTo(1);
        assertThat(decide(base, requester, confirmed, "CONFIRM").code()).isEqualTo("HELP_REPORT_NOT_PENDING");
        assertThat(scenario.entries(group)).isEqualTo(1);

        assertThat(decide(base, confirmed, disputed, "CONFIRM").code()).isEqualTo("NOT_REQUESTER");
        assertThat(decide(base, requester, disputed, "DISPUTE")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DISPUTED");
        assertThat(decide(base, requester, rejected, "DISPUTE").status()).isEqualTo(200);
        assertThat(scenario.entries(group)).as("a dispute books nothing").isEqualTo(1);

        JsonNode disputes = api.get(
                        "/api/groups/" + group.id() + "/disputes", group.owner().token())
                .json();
        assertThat(disputes.path("items").findValuesAsString("helperId"))
                .containsExactly(disputed.id().toString(), rejected.id().toString());
        String disputedReport = disputes.path("items").get(0).path("reportId").asString();
        String rejectedReport = disputes.path("items").get(1).path("reportId").asString();
        assertThat(resolve(group, rejectedReport, "REJECT")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("REJECTED");
        assertThat(scenario.entries(group)).isEqualTo(1);
        assertThat(resolve(group, disputedReport, "CONFIRM")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CONFIRMED");
        assertThat(scenario.entries(group, disputed, requester)).isEqualTo(1);
        assertThat(resolve(group, disputedReport, "CONFIRM").code()).isEqualTo("HELP_REPORT_NOT_PENDING");

        clock.advance(Duration.ofHours(49));
        assertThat(decide(base, requester, lapsed, "CONFIRM").code())
                .as("a lapsed report cannot be confirmed even before the sweeper runs")
                .isEqualTo("HELP_REPORT_NOT_PENDING");
        sweeper.sweep();
        assertThat(jdbc.sql("select status from help_report where helper_id = :h")
                        .param("h", lapsed.id())
                        .query(String.class)
                        .single())
                .isEqualTo("LAPSED");
        assertThat(scenario.status(message))
                .as("the link request expired at its deadline")
                .isEqualTo("EXPIRED");
        assertThat(scenario.entries(group)).isEqualTo(2);

        String me = "/api/groups/" + group.id() + "/ledger/me?limit=1";
        JsonNode first = api.get(me, requester.token()).json().path("history");
        String cursor = first.path("nextCursor").asString();
        JsonNode second =
                api.get(me + "&cursor=" + cursor, requester.token()).json().path("history");
        assertThat(first.path("items").get(0).path("counterpartId").asString())
                .isEqualTo(disputed.id().toString());
        assertThat(second.path("items").get(0).path("counterpartId").asString())
                .isEqualTo(confirmed.id().toString());
        assertThat(second.path("items").get(0).path("source").asString()).isEqualTo("CONFIRMED_LINK");
    }

    private Api.Response decide(String base, Api.Session requester, Api.Session helper, String decision) {
        return api.post(
                base + "/confirmations",
                requester.token(),
                Map.of("helperId", helper.id().toString(), "decision", decision, "note", "checked my app"));
    }

    private Api.Response resolve(Group group, String report, String decision) {
        return api.post(
                "/api/groups/" + group.id() + "/disputes/" + report + "/resolve",
                group.owner().token(),
                Map.of("decision", decision, "note", "screenshot checked"));
    }
}
