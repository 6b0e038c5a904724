package io.huzhu.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The inline gate's rules, each on its own, with the defaults operators get. */
class InlineGateUnitTests {

    static final Instant T0 = Instant.parse("2030-03-01T08:00:00Z");
    static final Instant OLD = T0.minus(Duration.ofDays(200));

    /** The production defaults, bound the way Spring binds them. */
    static RiskProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(java.util.Map.of("huzhu.risk.scan-enabled", "true")))
                .bindOrCreate("huzhu.risk", Bindable.of(RiskProperties.class));
    }

    final InlineGate gate = new InlineGate(defaults().inline());
    final Fingerprints fingerprints = Fingerprints.withKey(new byte[16]);

    RiskDecision assist(
            UserId helper, Instant since, UserId initiator, TaskId task, String device, String ip, Instant at) {
        ClientInfo client = new ClientInfo(device, ip);
        return gate.assess(
                new AssistCheck(helper, since, initiator, task, client), fingerprints.of(client), at.toEpochMilli());
    }

    @Test
    void manyAccountsOnOneDeviceAreHeldThenRefused() {
        TaskId task = TaskId.next();
        UserId owner = UserId.next();
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            RiskDecision d = assist(UserId.next(), OLD, owner, task, "phone-1", "10.0.0." + i, T0.plusSeconds(i * 60));
            outcomes.append(d.outcome().name().charAt(0));
        }
        assertThat(outcomes.toString()).isEqualTo("AAARRRRDD");
    }

    @Test
    void aDeviceForgetsAccountsAfterItsWindow() {
        TaskId task = TaskId.next();
        UserId owner = UserId.next();
        for (int i = 0; i < 3; i++) {
            assist(UserId.next(), OLD, owner, task, "phone-2", "10.0.1.1", T0);
        }
        RiskDecision nextDay =
                assist(UserId.next(), OLD, owner, task, "phone-2", "10.0.1.1", T0.plus(Duration.ofHours(25)));
        assertThat(nextDay.outcome()).isEqualTo(RiskDecision.Outcome.ALLOW);
    }

    @Test
    void aScriptThatAssistsEverySecondIsRefused() {
        UserId helper = UserId.next();
        RiskDecision last = null;
        for (int i = 0; i < 12; i++) {
            last = assist(helper, OLD, UserId.next(), TaskId.next(), "phone-3", "10.0.2.1", T0.plusSeconds(i));
        }
        assertThat(last.outcome()).isEqualTo(RiskDecision.Outcome.DENY);
        assertThat(last.reason()).isEqualTo("HELPER_TOO_FAST");
    }

    @Test
    void aBusyHonestHelperIsOnlyHeldPastSixtyAnHour() {
        UserId helper = UserId.next();
        RiskDecision decision = null;
        for (int i = 0; i < 59; i++) {
            decision =
                    assist(helper, OLD, UserId.next(), TaskId.next(), "phone-4", "10.0.3.1", T0.plusSeconds(i * 55L));
            assertThat(decision.outcome()).as("assist " + i).isEqualTo(RiskDecision.Outcome.ALLOW);
        }
        decision = assist(helper, OLD, UserId.next(), TaskId.next(), "phone-4", "10.0.3.1", T0.plusSeconds(59 * 55L));
        assertThat(decision.outcome()).isEqualTo(RiskDecision.Outcome.REVIEW);
    }

    @Test
    void anAssistFromTheInitiatorsOwnDeviceIsHeld() {
        UserId owner = UserId.next();
        ClientInfo ownerPhone = new ClientInfo("owner-phone", "10.0.4.1");
        gate.observe(owner, fingerprints.of(ownerPhone), T0.toEpochMilli());
        RiskDecision d =
                assist(UserId.next(), OLD, owner, TaskId.next(), "owner-phone", "10.0.4.1", T0.plusSeconds(60));
        assertThat(d.outcome()).isEqualTo(RiskDecision.Outcome.REVIEW);
        assertThat(d.reason()).isEqualTo("SAME_DEVICE_AS_INITIATOR");
    }

    @Test
    void brandNewAccountsPilingOntoOneTaskAreHeld() {
        TaskId task = TaskId.next();
        UserId owner = UserId.next();
        RiskDecision d = null;
        for (int i = 0; i < 5; i++) {
            Instant at = T0.plusSeconds(i * 120L);
            d = assist(UserId.next(), at.minus(Duration.ofMinutes(5)), owner, task, "new-" + i, "172.16.9." + i, at);
        }
        assertThat(d.outcome()).isEqualTo(RiskDecision.Outcome.REVIEW);
        assertThat(d.reason()).isEqualTo("NEW_ACCOUNT_BURST");
        RiskDecision veteran = assist(UserId.next(), OLD, owner, task, "veteran", "172.16.9.99", T0.plusSeconds(700));
        assertThat(veteran.outcome())
                .as("an old account helping the same task is not held for the burst")
                .isEqualTo(RiskDecision.Outcome.ALLOW);
    }

    @Test
    void whenDisabledEverythingIsAllowedButStillRecorded() {
        var off = new InlineGate(
                new RiskProperties.Inline(false, Duration.ofHours(24), 4, 8, 12, 60, Duration.ofHours(24), 5, 5, true));
        for (int i = 0; i < 10; i++) {
            ClientInfo c = new ClientInfo("shared", "10.0.5.1");
            RiskDecision d = off.assess(
                    new AssistCheck(UserId.next(), OLD, UserId.next(), TaskId.next(), c),
                    fingerprints.of(c),
                    T0.toEpochMilli());
            assertThat(d.outcome()).isEqualTo(RiskDecision.Outcome.ALLOW);
        }
    }

    @Test
    void fingerprintsKeepNeitherTheDeviceIdNorTheAddress() {
        Fingerprint f = fingerprints.of(new ClientInfo("my-device-1234", "203.0.113.77"));
        assertThat(f.device()).hasSize(16).doesNotContain("1234");
        assertThat(f.address()).hasSize(16).doesNotContain("203");
        assertThat(f.network()).isEqualTo("203.0.113.0/24");
        assertThat(Fingerprints.masked(f.network())).isEqualTo("203.0.113.*");
        assertThat(fingerprints.of(new ClientInfo(null, "2001:db8:1:2:3:4:5:6")).network())
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(Fingerprints.masked("2001:db8:1:2::/64")).isEqualTo("2001:db8:1:*");
        assertThat(fingerprints.of(new ClientInfo(null, "::ffff:198.51.100.3")).network())
                .isEqualTo("198.51.100.0/24");
        assertThat(fingerprints.of(new ClientInfo(null, "not an address")).address())
                .isNull();
        assertThat(Fingerprints.withKey(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
                        .of(new ClientInfo("my-device-1234", null))
                        .device())
                .as("another installation's key hashes differently")
                .isNotEqualTo(f.device());
    }
}
