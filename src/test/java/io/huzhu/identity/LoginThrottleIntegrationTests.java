package io.huzhu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, finding 3: wrong passwords slow down the address that sends them, for that account only. The owner's
 * correct password from another address goes through at once, and the guessing address is slowed, never locked.
 * Addresses come from {@code X-Forwarded-For}, trusted because the test client is a loopback proxy.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MutableClock clock;

    private Api.Response login(String username, String password, String address) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        Api.json(Map.of("username", username, "password", password)), StandardCharsets.UTF_8));
        return api.send(builder, null);
    }

    /** Wrong passwords from {@code address} until it is told to wait; returns that answer. */
    private Api.Response guessUntilSlowed(String username, String address) {
        for (int i = 0; i < 30; i++) {
            Api.Response r = login(username, "wrong-guess-" + i, address);
            if (r.status() == 429) {
                return r;
            }
            assertThat(r.code()).isEqualTo("BAD_CREDENTIALS");
        }
        throw new AssertionError("never slowed down");
    }

    @Test
    void guessingFromOneAddressDoesNotLockTheOwnerOut() {
        Api.Session owner = api.register("owner");
        Api.Response slowed = guessUntilSlowed(owner.username(), "203.0.113.7");
        assertThat(slowed.code()).isEqualTo("RATE_LIMITED");
        assertThat(slowed.header("Retry-After")).isNotNull();

        assertThat(login(owner.username(), "secret-password", "198.51.100.20").status())
                .as("the owner's correct password from their own address")
                .isEqualTo(200);
        assertThat(login(owner.username(), "secret-password", "203.0.113.7").status())
                .as("the guessing address waits; its password is not even checked")
                .isEqualTo(429);

        clock.advance(Duration.ofSeconds(Long.parseLong(slowed.header("Retry-After")) + 1));
        assertThat(login(owner.username(), "secret-password", "203.0.113.7").status())
                .as("slowed, not locked: after the wait a try is evaluated again")
                .isEqualTo(200);
    }

    @Test
    void oneAddressCannotKeepTheAdminOut() {
        guessUntilSlowed("admin", "203.0.113.8");
        assertThat(login("admin", "ops-secret-passphrase-1", "198.51.100.21").status())
                .isEqualTo(200);
    }

    @Test
    void theWaitGrowsWithEveryFurtherFailure() {
        Api.Session owner = api.register("grow");
        String address = "203.0.113.9";
        long first = Long.parseLong(guessUntilSlowed(owner.username(), address).header("Retry-After"));
        clock.advance(Duration.ofSeconds(first + 1));
        assertThat(login(owner.username(), "another-wrong-guess", address).code())
                .isEqualTo("BAD_CREDENTIALS");
        Api.Response next = login(owner.username(), "yet-another-guess", address);
        assertThat(next.status()).isEqualTo(429);
        assertThat(Long.parseLong(next.header("Retry-After"))).isGreaterThan(first);
    }
}
