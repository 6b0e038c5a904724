package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyCheckIntegrationTests {

    private static final String ID = "11010519491231002X";

    @Autowired
    Api api;

    private GroupFixtures.Group group;
    private Api.Session owner;
    private Api.Session admin;
    private Api.Session member;
    private Api.Session outsider;
    private Api.Session operator;

    @BeforeAll
    void setUp() {
        GroupFixtures groups = new GroupFixtures(api);
        owner = api.register("owner");
        group = groups.create(owner, List.of("example-shop.com"));
        admin = groups.member(group, "gadmin");
        groups.act(group, owner, admin, "promote", Map.of());
        member = groups.member(group, "member");
        outsider = api.register("outsider");
        operator = api.operator();
    }

    private Api.Response check(Api.Session caller, String text, boolean withGroup) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (withGroup) {
            body.put("groupId", group.id().toString());
        }
        return api.post("/api/safety/check", caller.token(), body);
    }

    @Test
    void anOperatorChecksAnyText() {
        String text = "代砍私聊，身份证 " + ID + " 谢谢";
        Api.Response response = check(operator, text, false);
        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("verdict").asString()).isEqualTo("REJECT");
        JsonNode id = null;
        for (JsonNode f : json.path("findings")) {
            if (f.path("type").asString().equals("ID_CARD")) {
                id = f;
            }
        }
        assertThat(id).isNotNull();
        assertThat(id.path("action").asString()).isEqualTo("REJECT");
        assertThat(text.substring(id.path("start").asInt(), id.path("end").asInt()))
                .isEqualTo(ID);
        assertThat(id.path("explanationZh").asString()).isNotBlank();
        assertThat(id.path("explanationEn").asString()).isNotBlank();
        assertThat(id.path("rule").asString()).isNotBlank();
        assertThat(json.path("masked").asString()).isEqualTo("代砍私聊，身份证 " + "*".repeat(18) + " 谢谢");
        assertThat(response.body()).doesNotContain(ID).doesNotContain("1949");
    }

    @Test
    void aGroupAdminAndTheOwnerCheckWithTheGroupsAllowlist() {
        String text = "看看这个https://www.example-shop.com/x";
        assertThat(check(operator, text, false).json().path("verdict").asString())
                .isEqualTo("HOLD");
        for (Api.Session moderator : List.of(admin, owner)) {
            Api.Response response = check(moderator, text, true);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("verdict").asString()).isEqualTo("ALLOW");
            assertThat(response.json().path("masked").asString()).isEqualTo(text);
        }
    }

    @Test
    void aDryRunLeavesNoMemory() {
        for (int i = 0; i < 12; i++) {
            assertThat(check(admin, "已助力，求回助", true).json().path("verdict").asString())
                    .isEqualTo("ALLOW");
        }
    }

    @Test
    void plainMembersOutsidersAndAnonymousCallersMayNot() {
        assertThat(check(member, "代砍私聊", true).status()).isEqualTo(403);
        assertThat(check(member, "代砍私聊", false).status()).isEqualTo(403);
        assertThat(check(outsider, "代砍私聊", true).status()).isEqualTo(403);
        assertThat(check(admin, "代砍私聊", false).status()).isEqualTo(403);
        assertThat(api.post("/api/safety/check", null, Map.of("text", "x")).status())
                .isEqualTo(401);
    }

    @Test
    void anOversizedTextIsInvalid() {
        assertThat(check(operator, "字".repeat(4001), false).status()).isEqualTo(400);
    }
}
