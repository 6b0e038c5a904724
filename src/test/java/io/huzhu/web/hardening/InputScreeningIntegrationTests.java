package io.huzhu.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, findings 5 (names), 6 (passwords) and 7 (one screen for every text field): what used to be stored now
 * gets a field error naming the field and the reason.
 */
@IntegrationTest
class InputScreeningIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    private Api.Response register(String password, String displayName) {
        String username = "in_" + UUID.randomUUID().toString().substring(0, 8);
        return api.post(
                "/api/auth/register",
                null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"displayName\":\"" + displayName
                        + "\"}");
    }

    private static List<String> errors(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> reasons = new java.util.ArrayList<>();
        response.json().path("errors").forEach(e -> {
            if (e.path("field").asString().equals(field)) {
                reasons.add(e.path("reason").asString());
            }
        });
        assertThat(reasons).as(response.body()).isNotEmpty();
        return reasons;
    }

    @Test
    void commonPredictableAndControlCharacterPasswordsAreRefused() {
        assertThat(errors(register("12345678", "a"), "password")).contains("COMMON");
        assertThat(errors(register("password", "a"), "password")).contains("COMMON");
        assertThat(errors(register("Password", "a"), "password")).contains("COMMON");
        assertThat(errors(register("woaini1314", "a"), "password")).contains("COMMON");
        assertThat(errors(register("        ", "a"), "password")).isNotEmpty();
        assertThat(errors(register("\\u0000".repeat(8), "a"), "password")).isNotEmpty();
        assertThat(errors(register("zzzzzzzzzz", "a"), "password")).contains("PREDICTABLE");
        assertThat(errors(register("abcdefghij", "a"), "password")).contains("PREDICTABLE");
        assertThat(errors(register("98765432", "a"), "password")).isNotEmpty();
        assertThat(errors(register("short", "a"), "password")).contains("LENGTH");
        assertThat(register("correct horse battery", "a").status()).isEqualTo(201);
        assertThat(register("茶壶与月光的约定", "a").status())
                .as("any characters, no composition rules")
                .isEqualTo(201);
    }

    @Test
    void namesThatClaimStaffOrThePlatformAreRefused() {
        for (String name : List.of("管理员", "Huzhu 官方客服", "ＡＤＭＩＮ", "客 服 小 王", "Adm1n", "系統通知", "官方认证 店长")) {
            assertThat(errors(register("secret-password", name), "displayName")).contains("NAME_RESERVED");
        }
        for (String name : List.of("小王", "badminton fan", "时间管理达人", "宝妈互助")) {
            assertThat(register("secret-password", name).status()).as(name).isEqualTo(201);
        }
        Api.Session owner = api.register("owner");
        Api.Response platform = api.post("/api/groups", owner.token(), Map.of("name", "Huzhu 官方互助群", "rules", "互相助力"));
        assertThat(errors(platform, "name")).contains("NAME_RESERVED");
        Api.Response shop = api.post("/api/groups", owner.token(), Map.of("name", "宝妈互助群", "rules", "互相助力"));
        assertThat(shop.status()).isEqualTo(201);
    }

    @Test
    void everyTextFieldRefusesControlCharactersSurrogatesAndDirectionOverrides() {
        Api.Session owner = api.register("owner");
        var group = groups.create(owner);
        Api.Session member = groups.member(group, "m");
        String announcements = "/api/groups/" + group.id() + "/announcements";
        assertThat(errors(api.post(announcements, owner.token(), "{\"title\":\"a\\u0000b\",\"body\":\"x\"}"), "title"))
                .contains("CONTROL_CHARACTER");
        assertThat(errors(api.post(announcements, owner.token(), "{\"title\":\"t\",\"body\":\"\\u0007bell\"}"), "body"))
                .contains("CONTROL_CHARACTER");
        assertThat(errors(
                        api.post(
                                "/api/groups/" + group.id() + "/tips",
                                owner.token(),
                                "{\"title\":\"\\u001b[31m\",\"body\":\"x\"}"),
                        "title"))
                .contains("CONTROL_CHARACTER");
        assertThat(errors(
                        api.post(
                                "/api/groups/" + group.id() + "/moderation/actions",
                                owner.token(),
                                "{\"action\":\"WARN\",\"userId\":\"" + member.id() + "\",\"reason\":\"\\u0007\"}"),
                        "reason"))
                .contains("CONTROL_CHARACTER");
        String messages = "/api/groups/" + group.id() + "/messages";
        assertThat(errors(api.post(messages, member.token(), "{\"kind\":\"TEXT\",\"text\":\"hi \\ud800\"}"), "text"))
                .contains("INVALID_UNICODE");
        assertThat(errors(
                        api.post(messages, member.token(), "{\"kind\":\"TEXT\",\"text\":\"\\u202egnp.exe\"}"), "text"))
                .contains("DIRECTION_CONTROL");
        assertThat(errors(register("secret-password", "\\u202eevil"), "displayName"))
                .contains("DIRECTION_CONTROL");
        assertThat(errors(register("secret-password", "x\\udc00"), "displayName"))
                .contains("INVALID_UNICODE");
    }

    @Test
    void textIsStoredInNormalizationFormC() {
        Api.Response created = register("secret-password", "Cafe\\u0301");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("displayName").asString()).isEqualTo("Café");
    }
}
