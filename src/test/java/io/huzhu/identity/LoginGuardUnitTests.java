package io.huzhu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.shared.HuzhuException;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sign-in guard on its own: free failures, doubling waits up to a cap, and the distributed-guess mode. */
class LoginGuardUnitTests {

    private final MutableClock clock = new MutableClock();
    private final IdentityProperties.Login settings = new IdentityProperties.Login(
            5, Duration.ofMinutes(15), 20, Duration.ofMinutes(15), 1000, Duration.ofDays(90));
    private final LoginGuard guard = new LoginGuard(settings, clock);

    private boolean allowed(String user, String address) {
        try {
            guard.check(user, address);
            return true;
        } catch (HuzhuException e) {
            return false;
        }
    }

    @Test
    void fiveFreeFailuresThenDoublingWaitsUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            assertThat(allowed("alice", "203.0.113.1")).isTrue();
            guard.failed("alice", "203.0.113.1");
        }
        assertThat(allowed("alice", "203.0.113.1")).isFalse();
        assertThat(guard.delay(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(guard.delay(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(guard.delay(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(guard.delay(100)).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofSeconds(2));
        assertThat(allowed("alice", "203.0.113.1")).isTrue();
    }

    @Test
    void anotherAddressAndAnotherAccountAreUnaffected() {
        for (int i = 0; i < 10; i++) {
            guard.failed("alice", "203.0.113.1");
        }
        assertThat(allowed("alice", "203.0.113.1")).isFalse();
        assertThat(allowed("alice", "198.51.100.1")).isTrue();
        assertThat(allowed("bob", "203.0.113.1")).isTrue();
        assertThat(allowed("ALICE", "203.0.113.1"))
                .as("usernames are matched as the accounts are")
                .isFalse();
    }

    @Test
    void aSuccessClearsThePairAndRemembersTheAddress() {
        guard.succeeded("alice", "198.51.100.1");
        for (int i = 0; i < 25; i++) { // a distributed guess: many addresses, one account
            guard.failed("alice", "203.0.113." + i);
        }
        assertThat(allowed("alice", "192.0.2.50"))
                .as("a fresh address gets its first try")
                .isTrue();
        guard.failed("alice", "192.0.2.50");
        assertThat(allowed("alice", "192.0.2.50"))
                .as("under attack an unknown address has one free try")
                .isFalse();
        guard.failed("alice", "198.51.100.1");
        assertThat(allowed("alice", "198.51.100.1"))
                .as("the owner's known address keeps its free tries")
                .isTrue();
    }

    @Test
    void ipv6AddressesAreCountedByTheirSlash64() {
        for (int i = 0; i < 6; i++) {
            guard.failed("alice", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(allowed("alice", "2001:db8:1:2:ffff::9")).isFalse();
        assertThat(allowed("alice", "2001:db8:1:3::1")).isTrue();
    }

    @Test
    void theRefusalSaysHowLongToWait() {
        for (int i = 0; i < 6; i++) {
            guard.failed("carol", "203.0.113.5");
        }
        assertThatThrownBy(() -> guard.check("carol", "203.0.113.5"))
                .isInstanceOfSatisfying(
                        HuzhuException.class, e -> assertThat(e.properties()).containsKey("retryAfterSeconds"));
    }
}
