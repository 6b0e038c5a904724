package io.huzhu.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class FeedIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Test
    void membersPostAndReadTextInOrderFromACursor() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        String path = "/api/groups/" + group.id() + "/messages";
        long first = api.post(path, member.token(), Map.of("kind", "TEXT", "text", "大家好"))
                .json()
                .path("seq")
                .asLong();
        api.post(path, group.owner().token(), Map.of("kind", "TEXT", "text", "欢迎 <b>新人</b>"));

        JsonNode page = api.get(path + "?after=" + first, member.token()).json();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("text").asString()).isEqualTo("欢迎 <b>新人</b>");
        assertThat(page.path("items").get(0).path("seq").asLong()).isEqualTo(first + 1);
        assertThat(page.path("cursor").asLong()).isEqualTo(first + 1);
        assertThat(api.get(path + "?after=" + (first + 1), member.token())
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void nonMembersSeeNothingMutedMembersOnlyRead() {
        var group = groups.create(api.register("owner"));
        Api.Session muted = groups.member(group, "muted");
        Api.Session banned = groups.member(group, "banned");
        groups.act(group, group.owner(), muted, "mute", Map.of("minutes", 60, "reason", "flood"));
        groups.act(group, group.owner(), banned, "ban", Map.of("reason", "ads"));
        String path = "/api/groups/" + group.id() + "/messages";

        Api.Response outsider = api.get(path, api.register("x").token());
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.code()).isEqualTo("GROUP_NOT_FOUND");
        assertThat(api.get(path, banned.token()).status()).isEqualTo(404);
        assertThat(api.post(path, banned.token(), Map.of("kind", "TEXT", "text", "hi"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get(path, muted.token()).status()).isEqualTo(200);
        Api.Response mutedPost = api.post(path, muted.token(), Map.of("kind", "TEXT", "text", "hi"));
        assertThat(mutedPost.status()).isEqualTo(403);
        assertThat(mutedPost.code()).isEqualTo("MEMBER_MUTED");
    }

    @Test
    void aTaskPostCarriesALiveCardAndOnlyTheOwnerMayPostIt() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        Api.Session other = groups.member(group, "o");
        UUID campaign = fixtures.publish(fixtures.bargain());
        String task = fixtures.start(member, campaign).path("id").asString();
        String path = "/api/groups/" + group.id() + "/messages";

        Api.Response notMine = api.post(path, other.token(), Map.of("kind", "TASK", "taskId", task));
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.code()).isEqualTo("NOT_YOUR_TASK");

        JsonNode posted = api.post(path, member.token(), Map.of("kind", "TASK", "taskId", task, "text", "帮我砍一刀"))
                .json();
        assertThat(posted.path("task").path("remaining").asLong()).isEqualTo(10_000);
        long cut = fixtures.assist(other, task).json().path("cut").asLong();
        JsonNode card = api.get(path + "?after=0", member.token())
                .json()
                .path("items")
                .get(0)
                .path("task");
        assertThat(card.path("remaining").asLong()).isEqualTo(10_000 - cut);
    }

    @Test
    void externalLinksMustBeAllowlisted() {
        var group = groups.create(api.register("owner"), List.of("jd.com"));
        Api.Session member = groups.member(group, "m");
        String path = "/api/groups/" + group.id() + "/messages";

        Api.Response pdd = api.post(
                path,
                member.token(),
                Map.of("kind", "LINK", "link", "https://Mobile.YangKeDuo.com/x?id=1", "text", "帮我点一下"));
        assertThat(pdd.status()).isEqualTo(201);
        assertThat(pdd.json().path("link").asString()).isEqualTo("https://mobile.yangkeduo.com/x?id=1");
        assertThat(api.post(path, member.token(), Map.of("kind", "LINK", "link", "https://item.jd.com/1.html"))
                        .status())
                .as("the group adds jd.com to the platform list")
                .isEqualTo(201);
        Api.Response evil =
                api.post(path, member.token(), Map.of("kind", "LINK", "link", "https://yangkeduo.com@evil.net/"));
        assertThat(evil.status()).isEqualTo(422);
        assertThat(evil.code()).isEqualTo("LINK_NOT_ALLOWED");
        assertThat(evil.json().path("errors").get(0).path("field").asString()).isEqualTo("link");
    }

    @Test
    void badPostsAreRefusedWithFieldErrors() {
        var group = groups.create(api.register("owner"));
        String path = "/api/groups/" + group.id() + "/messages";
        String token = group.owner().token();
        assertThat(api.post(path, token, Map.of("kind", "TEXT", "text", "  ")).code())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(api.post(path, token, Map.of("kind", "TEXT", "text", "x".repeat(2001)))
                        .code())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(api.post(path, token, Map.of("kind", "SHOUT", "text", "hi")).status())
                .isEqualTo(400);
        assertThat(api.post(path, token, Map.of("kind", "TASK")).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aSucceededTaskBecomesASuccessStory() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        var terms = fixtures.bargain();
        terms.put("minAssists", 1);
        terms.put("maxAssists", 1);
        String task = fixtures.start(member, fixtures.publish(terms)).path("id").asString();
        String path = "/api/groups/" + group.id() + "/messages";
        api.post(path, member.token(), Map.of("kind", "TASK", "taskId", task));
        fixtures.assist(groups.member(group, "h"), task);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode items = api.get(path + "?after=0", member.token()).json().path("items");
            assertThat(items.size()).isEqualTo(2);
            assertThat(items.get(1).path("kind").asString()).isEqualTo("SUCCESS");
            assertThat(items.get(1).path("task").path("status").asString()).isEqualTo("SUCCEEDED");
        });
    }
}
