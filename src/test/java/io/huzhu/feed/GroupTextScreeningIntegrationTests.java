package io.huzhu.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Group names, descriptions, rules and announcements pass the same pipeline as messages. */
@IntegrationTest
class GroupTextScreeningIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    @Test
    void aDescriptionWithAnIdNumberIsRefusedWithAFieldError() {
        Api.Response response = api.post(
                "/api/groups",
                api.register("owner").token(),
                Map.of("name", "互助群", "description", "群主身份证 11010519491231002X", "rules", "互相帮助"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("description");
        assertThat(response.json().path("errors").get(0).path("reason").asString())
                .isEqualTo("CONTENT_ID_CARD");
        assertThat(response.body()).doesNotContain("11010519491231002X");
    }

    @Test
    void anAnnouncementWithAnAdIsRefused() {
        var group = groups.create(api.register("owner"));
        Api.Response response = api.post(
                "/api/groups/" + group.id() + "/announcements",
                group.owner().token(),
                Map.of("title", "福利", "body", "兼职日结，足不出户轻松月入过万，加V详聊"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("body");
    }

    @Test
    void rulesThatForbidPaidAssistsAreFine() {
        var group = groups.create(api.register("owner"));
        Api.Response response = api.post(
                "/api/groups/" + group.id() + "/announcements",
                group.owner().token(),
                Map.of("title", "群规提醒", "body", "本群严禁代砍和刷单，请勿私下交易。"));
        assertThat(response.status()).isEqualTo(201);
    }
}
