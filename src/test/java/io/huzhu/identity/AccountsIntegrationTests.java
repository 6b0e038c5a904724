package io.huzhu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccountsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersLogsInAndShowsTheAccount() {
        String username = "alice_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post(
                "/api/auth/register",
                null,
                Map.of("username", username, "password", "correct horse", "displayName", "爱丽丝"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("roles").toString()).contains("MEMBER");
        assertThat(created.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.body()).doesNotContain("correct horse").doesNotContain("password");

        Api.Session session = api.login(username, "correct horse");
        Api.Response me = api.get("/api/me", session.token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("displayName").asString()).isEqualTo("爱丽丝");
        assertThat(me.json().path("accountAgeDays").asLong()).isZero();
        assertThat(me.json().path("trustLevel").isNumber()).isTrue();
    }

    @Test
    void storesAnArgon2HashNotThePassword() {
        Api.Session session = api.register("hash");
        String hash = jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", session.id())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain("secret-password");
    }

    @Test
    void refusesATakenUsernameCaseInsensitively() {
        Api.Session session = api.register("dup");
        Api.Response again = api.post(
                "/api/auth/register",
                null,
                Map.of("username", session.username().toUpperCase(), "password", "another-password"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void rejectsInvalidRegistrationWithFieldErrors() {
        Api.Response response = api.post("/api/auth/register", null, Map.of("username", "a b", "password", "short"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").toString())
                .contains("username")
                .contains("password");
    }

    @Test
    void displayNamesPassTheContentPipeline() {
        Api.Response response = api.post(
                "/api/auth/register",
                null,
                Map.of(
                        "username", "ad_" + UUID.randomUUID().toString().substring(0, 8),
                        "password", "secret-password",
                        "displayName", "加V 13800138000"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("displayName");
        assertThat(response.body()).doesNotContain("13800138000");
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        Api.Session session = api.register("pw");
        Api.Response wrong =
                api.post("/api/auth/login", null, Map.of("username", session.username(), "password", "wrong-password"));
        Api.Response unknown =
                api.post("/api/auth/login", null, Map.of("username", "nobody_" + UUID.randomUUID(), "password", "x"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(unknown.code()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void logoutRevokesTheToken() {
        Api.Session session = api.register("out");
        assertThat(api.post("/api/auth/logout", session.token(), "").status()).isEqualTo(204);
        Api.Response after = api.get("/api/me", session.token());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("TOKEN_INVALID");
    }

    @Test
    void anonymousAndGarbageTokensAreRefused() {
        assertThat(api.get("/api/me", null).code()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.get("/api/me", "hz_not-a-real-token").code()).isEqualTo("TOKEN_INVALID");
    }

    @Test
    void onlyAnAdminGrantsTheOperatorRole() {
        Api.Session member = api.register("m");
        Api.Session other = api.register("o");
        Api.Response denied =
                api.post("/api/admin/users/" + other.id() + "/roles", member.token(), Map.of("role", "OPERATOR"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("FORBIDDEN");

        Api.Response granted = api.post(
                "/api/admin/users/" + other.id() + "/roles", api.admin().token(), Map.of("role", "OPERATOR"));
        assertThat(granted.status()).isEqualTo(200);
        assertThat(api.get("/api/me", other.token()).json().path("roles").toString())
                .contains("OPERATOR");
    }

    @Test
    void aRestrictedAccountReadsButCannotWrite() {
        Api.Session member = api.register("r");
        api.post(
                "/api/admin/users/" + member.id() + "/status",
                api.admin().token(),
                Map.of("status", "RESTRICTED", "reason", "spam"));
        assertThat(api.get("/api/me", member.token()).status()).isEqualTo(200);
        Api.Response write = api.post("/api/campaigns/" + UUID.randomUUID() + "/tasks", member.token(), "{}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("ACCOUNT_RESTRICTED");
    }

    @Test
    void aBannedAccountCannotLogInAndLosesItsTokens() {
        Api.Session member = api.register("b");
        api.post(
                "/api/admin/users/" + member.id() + "/status",
                api.admin().token(),
                Map.of("status", "BANNED", "reason", "assist farm"));
        assertThat(api.get("/api/me", member.token()).status()).isEqualTo(401);
        Api.Response login =
                api.post("/api/auth/login", null, Map.of("username", member.username(), "password", "secret-password"));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_BANNED");
        assertThat(login.json().path("detail").asString()).contains("assist farm");
    }

    @Test
    void malformedJsonIsAProblemNotAnError() {
        Api.Response response = api.post("/api/auth/register", null, "{\"username\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(response.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void wrongTypesAreAProblem() {
        Api.Response response = api.post("/api/auth/register", null, "{\"username\": [1,2], \"password\": {}}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void hugeBodiesAreRefused() {
        String huge = "{\"username\": \"" + "x".repeat(200_000) + "\", \"password\": \"p\"}";
        Api.Response response = api.post("/api/auth/register", null, huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }
}
