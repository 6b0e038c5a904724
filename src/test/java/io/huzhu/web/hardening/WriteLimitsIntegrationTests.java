package io.huzhu.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11, finding 5: registration, group creation, joins and group setting changes are limited per account and per
 * address. Runs in its own application context with the shipped defaults for registrations and groups (the shared
 * test context lifts them, since every test writes from one address) and small join and update limits.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "huzhu.limits.registrations-per-address-per-hour=10",
            "huzhu.limits.groups-per-account-per-day=5",
            "huzhu.limits.groups-per-address-per-day=20",
            "huzhu.limits.joins-per-account-per-hour=3",
            "huzhu.limits.group-updates-per-account-per-hour=3"
        })
class WriteLimitsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A fresh signed-in member registered from an address of its own (the limits here are per address). */
    private Api.Session member(String prefix) {
        int n = ADDRESSES.incrementAndGet();
        String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(register(username, "198.18." + (n / 250) + "." + (n % 250 + 1))
                        .status())
                .isEqualTo(201);
        return api.login(username, "secret-password");
    }

    private Api.Response register(String address) {
        return register("lim_" + UUID.randomUUID().toString().substring(0, 8), address);
    }

    private Api.Response register(String username, String address) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + "/api/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        Api.json(Map.of("username", username, "password", "secret-password")), StandardCharsets.UTF_8));
        return api.send(builder, null);
    }

    private Api.Response createGroup(Api.Session owner, String address) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + "/api/groups"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        Api.json(Map.of(
                                "name", "互助测试群",
                                "description", "Write limits test group",
                                "rules", "先助力再求助；不发广告；不发个人信息。")),
                        StandardCharsets.UTF_8));
        return api.send(builder, owner.token());
    }

    @Test
    void oneAddressRegistersTenAccountsAnHour() {
        for (int i = 0; i < 10; i++) {
            assertThat(register("203.0.113.60").status()).isEqualTo(201);
        }
        Api.Response refused = register("203.0.113.60");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(register("203.0.113.61").status()).as("another address").isEqualTo(201);
    }

    @Test
    void oneAccountCreatesFiveGroupsADayAndOneAddressTwenty() {
        Api.Session owner = member("creator");
        for (int i = 0; i < 5; i++) {
            Api.Response created = createGroup(owner, "203.0.113.70");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        assertThat(createGroup(owner, "203.0.113.71").code()).isEqualTo("RATE_LIMITED");

        for (int i = 0; i < 15; i++) {
            assertThat(createGroup(member("c" + i), "203.0.113.72").status()).isEqualTo(201);
        }
        assertThat(createGroup(member("c_last"), "203.0.113.72").status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            createGroup(member("d" + i), "203.0.113.72");
        }
        assertThat(createGroup(member("d_last"), "203.0.113.72").code())
                .as("the twenty-first group from one address in a day")
                .isEqualTo("RATE_LIMITED");
    }

    @Test
    void joinLeaveCyclesRunIntoTheJoinLimit() {
        var group = groups.create(member("owner"));
        Api.Session member = member("cycler");
        String leave = "/api/groups/" + group.id() + "/leave";
        Map<String, Object> join = Map.of("inviteCode", group.inviteCode(), "acceptRules", true);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/groups/join", member.token(), join).status())
                    .isEqualTo(200);
            assertThat(api.post(leave, member.token(), Map.of()).status()).isEqualTo(204);
        }
        assertThat(api.post("/api/groups/join", member.token(), join).code()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void groupSettingChangesAreLimited() {
        Api.Session owner = member("renamer");
        var group = groups.create(owner);
        for (int i = 0; i < 3; i++) {
            Api.Response renamed = api.put(
                    "/api/groups/" + group.id(), owner.token(), Map.of("name", "新名字 " + i, "rules", "互相助力，不发广告"));
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        }
        assertThat(api.put("/api/groups/" + group.id(), owner.token(), Map.of("name", "又改名"))
                        .code())
                .isEqualTo("RATE_LIMITED");
    }
}
