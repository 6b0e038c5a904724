package io.huzhu.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.GroupId;
import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every message passes the content pipeline before it is stored or shown. */
@IntegrationTest
class FeedScreeningIntegrationTests {

    private static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    @Autowired
    FeedModeration moderation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageWithAnIdNumberIsRefusedExplainedAndNeverStored() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        String text = "我的身份证号是 " + ID_NUMBER + "，帮我看看";
        Api.Response refused = api.post(
                "/api/groups/" + group.id() + "/messages", member.token(), Map.of("kind", "TEXT", "text", text));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("CONTENT_REJECTED");
        JsonNode finding = refused.json().path("findings").get(0);
        assertThat(finding.path("type").asString()).isEqualTo("ID_CARD");
        assertThat(text.substring(
                        finding.path("start").asInt(), finding.path("end").asInt()))
                .contains("110105");
        assertThat(finding.path("explanationZh").asString()).isNotBlank();
        assertThat(refused.body()).doesNotContain(ID_NUMBER);
        assertThat(jdbc.sql("select count(*) from feed_message where body like :p")
                        .param("p", "%" + ID_NUMBER.substring(0, 10) + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.get("/api/groups/" + group.id() + "/messages", member.token())
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void aPhoneNumberIsMaskedBeforeItIsStored() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        JsonNode posted = api.post(
                        "/api/groups/" + group.id() + "/messages",
                        member.token(),
                        Map.of("kind", "TEXT", "text", "有事打我电话 13800138000"))
                .json();
        assertThat(posted.path("text").asString()).doesNotContain("13800138000");
        assertThat(jdbc.sql("select body from feed_message where id = :id")
                        .param("id", UUID.fromString(posted.path("id").asString()))
                        .query(String.class)
                        .single())
                .doesNotContain("13800138000");
    }

    @Test
    void aHeldMessageReachesNoMemberUntilApproved() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        Api.Session reader = groups.member(group, "r");
        String path = "/api/groups/" + group.id() + "/messages";
        JsonNode held = api.post(path, member.token(), Map.of("kind", "TEXT", "text", "代砍 有偿助力 加V详聊 价格便宜"))
                .json();
        assertThat(held.path("status").asString()).isEqualTo("HELD");
        assertThat(held.has("seq")).isFalse();
        assertThat(api.get(path + "?after=0", reader.token())
                        .json()
                        .path("items")
                        .size())
                .isZero();

        assertThat(moderation.approve(
                        new GroupId(group.id()), UUID.fromString(held.path("id").asString())))
                .isTrue();
        JsonNode items = api.get(path + "?after=0", reader.token()).json().path("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("status").asString()).isEqualTo("VISIBLE");
        assertThat(items.get(0).path("seq").asLong()).isPositive();
    }

    @Test
    void aRemovedMessageDisappearsFromTheFeed() {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        String path = "/api/groups/" + group.id() + "/messages";
        String id = api.post(path, member.token(), Map.of("kind", "TEXT", "text", "hello"))
                .json()
                .path("id")
                .asString();
        assertThat(moderation.remove(new GroupId(group.id()), UUID.fromString(id)))
                .isTrue();
        assertThat(api.get(path + "?after=0", member.token())
                        .json()
                        .path("items")
                        .size())
                .isZero();
        assertThat(moderation.restore(new GroupId(group.id()), UUID.fromString(id)))
                .isTrue();
        assertThat(api.get(path + "?after=0", member.token())
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
    }
}
