package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.RecordedEvents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TaskLifecycleIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void startsATaskWithAShareCodeALinkAQrCodeAndACommitment() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session member = api.register("starter");
        JsonNode task = fixtures.start(member, campaign);

        assertThat(task.path("status").asString()).isEqualTo("OPEN");
        assertThat(task.path("unit").asString()).isEqualTo("CENTS");
        assertThat(task.path("targetAmount").asLong()).isEqualTo(10_000);
        assertThat(task.path("remaining").asLong()).isEqualTo(10_000);
        assertThat(task.path("currentPriceCents").asLong()).isEqualTo(10_000);
        assertThat(task.path("maxAssistsRemaining").asInt()).isBetween(3, 5);
        assertThat(task.path("shareCode").asString()).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(task.path("shareLink").asString())
                .endsWith("/t/" + task.path("shareCode").asString());
        assertThat(task.path("seedCommitment").asString()).matches("[0-9a-f]{64}");
        assertThat(task.has("seed"))
                .as("the seed stays secret while the task is open")
                .isFalse();

        String code = task.path("shareCode").asString().toLowerCase();
        JsonNode landing = api.get("/api/tasks/by-code/" + code, null).json();
        assertThat(landing.path("id").asString()).isEqualTo(task.path("id").asString());
        assertThat(landing.path("initiatorName").asString())
                .as("a helper sees whom they help: the initiator's display name")
                .isEqualTo("starter");

        Api.Response qr = api.get("/api/tasks/" + task.path("id").asString() + "/qr.png", null);
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).isEqualTo("image/png");
        assertThat(qr.body()).startsWith("\uFFFDPNG");
        assertThat(events.of(TaskStarted.class))
                .anyMatch(e -> e.taskId().toString().equals(task.path("id").asString()));
    }

    @Test
    void assistsTakeTheScheduleInOrderUntilSuccessAndRevealAVerifiableSeed() throws Exception {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session member = api.register("owner");
        JsonNode task = fixtures.start(member, campaign);
        String id = task.path("id").asString();
        int needed = task.path("maxAssistsRemaining").asInt();

        List<Long> cuts = new ArrayList<>();
        long progress = 0;
        for (int i = 0; i < needed; i++) {
            Api.Response assist = fixtures.assist(api.register("helper"), id);
            assertThat(assist.status()).as(assist.toString()).isEqualTo(201);
            long cut = assist.json().path("cut").asLong();
            progress += cut;
            cuts.add(cut);
            assertThat(cut).isGreaterThanOrEqualTo(1);
            assertThat(assist.json().path("seq").asInt()).isEqualTo(i);
            assertThat(assist.json().path("progress").asLong()).isEqualTo(progress);
            assertThat(assist.json().path("maxAssistsRemaining").asInt()).isEqualTo(needed - i - 1);
        }
        assertThat(progress).isEqualTo(10_000);

        JsonNode done = api.get("/api/tasks/" + id, null).json();
        assertThat(done.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("remaining").asLong()).isZero();
        assertThat(done.path("currentPriceCents").asLong()).isZero();
        String seed = done.path("seed").asString();
        assertThat(seed).matches("[0-9a-f]{64}");

        String commitment = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("huzhu/commitment/v1|" + id + "|" + seed).getBytes(StandardCharsets.UTF_8)));
        assertThat(commitment).isEqualTo(task.path("seedCommitment").asString());
        CutSchedule recomputed = CutSchedule.derive(HexFormat.of().parseHex(seed), id, 10_000, 3, 5, 1);
        assertThat(java.util.Arrays.stream(recomputed.toArray()).boxed().toList())
                .containsExactlyElementsOf(cuts);

        Api.Response late = fixtures.assist(api.register("late"), id);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("TASK_NOT_OPEN");
        assertThat(events.of(TaskSucceeded.class))
                .anyMatch(e -> e.taskId().toString().equals(id));
        assertThat(events.of(AssistRecorded.class).stream()
                        .filter(e -> e.taskId().toString().equals(id))
                        .count())
                .isEqualTo(needed);
    }

    @Test
    void refusesSelfAssistAndASecondAssistByTheSameHelper() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session member = api.register("owner");
        String id = fixtures.start(member, campaign).path("id").asString();

        Api.Response self = fixtures.assist(member, id);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.code()).isEqualTo("SELF_ASSIST");

        Api.Session helper = api.register("helper");
        assertThat(fixtures.assist(helper, id).status()).isEqualTo(201);
        Api.Response again = fixtures.assist(helper, id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_ASSISTED");
        assertThat(api.get("/api/tasks/" + id, null).json().path("assistsDone").asInt())
                .isEqualTo(1);
    }

    @Test
    void theOwnerClaimsTheRewardExactlyOnce() {
        var terms = fixtures.bargain();
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        UUID campaign = fixtures.publish(terms);
        Api.Session member = api.register("owner");
        String id = fixtures.start(member, campaign).path("id").asString();

        Api.Response early = api.post("/api/tasks/" + id + "/claim", member.token(), "");
        assertThat(early.code()).isEqualTo("TASK_NOT_SUCCEEDED");
        fixtures.assist(api.register("helper"), id);

        Api.Response stranger =
                api.post("/api/tasks/" + id + "/claim", api.register("x").token(), "");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.code()).isEqualTo("NOT_TASK_OWNER");

        Api.Response claimed = api.post("/api/tasks/" + id + "/claim", member.token(), "");
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().path("status").asString()).isEqualTo("CLAIMED");
        Api.Response twice = api.post("/api/tasks/" + id + "/claim", member.token(), "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_CLAIMED");
        assertThat(api.get("/api/campaigns/" + campaign, null)
                        .json()
                        .path("stockClaimed")
                        .asInt())
                .isEqualTo(1);
        assertThat(events.of(RewardClaimed.class).stream()
                        .filter(e -> e.taskId().toString().equals(id))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theTimelineListsEveryAssistAsJsonAndCsv() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        Api.Session member = api.register("owner");
        String id = fixtures.start(member, campaign).path("id").asString();
        Api.Session helper = api.register("helper");
        long cut = fixtures.assist(helper, id).json().path("cut").asLong();

        JsonNode timeline =
                api.get("/api/tasks/" + id + "/timeline", member.token()).json();
        assertThat(timeline.path("schedule").path("amount").asLong()).isEqualTo(10_000);
        assertThat(timeline.path("schedule").path("maxAssists").asInt()).isEqualTo(5);
        assertThat(timeline.path("task").path("rulesVersion").asInt()).isEqualTo(1);
        assertThat(timeline.path("task").path("termsHash").asString()).matches("[0-9a-f]{64}");
        JsonNode assist = timeline.path("entries").get(1);
        assertThat(assist.path("type").asString()).isEqualTo("ASSIST");
        assertThat(assist.path("cut").asLong()).isEqualTo(cut);
        assertThat(assist.path("helperId").asString()).isEqualTo(helper.id().toString());
        assertThat(assist.path("status").asString()).isEqualTo("COUNTED");
        assertThat(assist.path("slot").asInt()).isZero();

        // The public sees the same entries with a masked name and no helper id.
        JsonNode publicAssist = api.get("/api/tasks/" + id + "/timeline", null)
                .json()
                .path("entries")
                .get(1);
        assertThat(publicAssist.path("cut").asLong()).isEqualTo(cut);
        assertThat(publicAssist.has("helperId")).isFalse();
        assertThat(publicAssist.path("helperName").asString()).isEqualTo("h**");
        assertThat(api.get("/api/tasks/" + id + "/timeline", helper.token())
                        .json()
                        .path("entries")
                        .get(1)
                        .path("helperId")
                        .asString())
                .as("a helper sees their own assist")
                .isEqualTo(helper.id().toString());

        Api.Response csv = api.get("/api/tasks/" + id + "/timeline.csv", member.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body())
                .contains("seed_commitment,")
                .contains("type,at,seq,slot,helper_id,helper_name,cut,progress_after,remaining_after,status,"
                        + "correction,assists,reason")
                .contains("ASSIST,")
                .contains("," + cut + "," + cut + "," + (10_000 - cut) + ",COUNTED,");
    }

    @Test
    void listsMyTasksNewestFirstWithACursor() {
        var terms = fixtures.bargain();
        Fixtures.limits(terms).put("maxActiveTasksPerUser", 3);
        Fixtures.limits(terms).put("maxSuccessesPerUser", 3);
        UUID campaign = fixtures.publish(terms);
        Api.Session member = api.register("lister");
        String first = fixtures.start(member, campaign).path("id").asString();
        String second = fixtures.start(member, campaign).path("id").asString();
        String third = fixtures.start(member, campaign).path("id").asString();

        JsonNode page = api.get("/api/me/tasks?limit=2", member.token()).json();
        assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(third);
        assertThat(page.path("items").get(1).path("id").asString()).isEqualTo(second);
        String cursor = page.path("nextCursor").asString();
        JsonNode next = api.get("/api/me/tasks?limit=2&cursor=" + cursor, member.token())
                .json();
        assertThat(next.path("items").size()).isEqualTo(1);
        assertThat(next.path("items").get(0).path("id").asString()).isEqualTo(first);
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        Api.Session member = api.register("m");
        Api.Response unknown = fixtures.assist(member, UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("TASK_NOT_FOUND");
        Api.Response malformed = api.get("/api/tasks/not-a-uuid", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
        Api.Response noCampaign = api.post("/api/campaigns/" + UUID.randomUUID() + "/tasks", member.token(), "");
        assertThat(noCampaign.status()).isEqualTo(404);
        assertThat(noCampaign.code()).isEqualTo("CAMPAIGN_NOT_FOUND");
        Api.Response anonymous = api.post("/api/tasks/" + UUID.randomUUID() + "/assists", null, "");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/tasks/by-code/NOPE", null).status()).isEqualTo(404);
    }
}
