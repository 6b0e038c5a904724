package io.huzhu.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.moderation.WarnLadder.Consequence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModerationWarnLadderUnitTests {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final WarnLadder ladder = WarnLadder.of(ModerationProperties.defaults());

    @Test
    void climbsWarningThenOneHourThenADayThenAWeekThenBan() {
        List<Instant> earlier = new ArrayList<>();
        List<WarnLadder.Step> steps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            steps.add(ladder.next(earlier, NOW));
            earlier.add(NOW.minus(Duration.ofHours(1)));
        }
        assertThat(steps.get(0)).isEqualTo(new WarnLadder.Step(1, Consequence.WARNING_ONLY, null));
        assertThat(steps.get(1)).isEqualTo(new WarnLadder.Step(2, Consequence.MUTE, Duration.ofHours(1)));
        assertThat(steps.get(2)).isEqualTo(new WarnLadder.Step(3, Consequence.MUTE, Duration.ofHours(24)));
        assertThat(steps.get(3)).isEqualTo(new WarnLadder.Step(4, Consequence.MUTE, Duration.ofDays(7)));
        assertThat(steps.get(4)).isEqualTo(new WarnLadder.Step(5, Consequence.BAN, null));
        assertThat(steps.get(5).consequence()).isEqualTo(Consequence.BAN);
    }

    @Test
    void warningsOlderThanThirtyDaysDecay() {
        List<Instant> old =
                List.of(NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(30)));
        assertThat(ladder.next(old, NOW).consequence()).isEqualTo(Consequence.WARNING_ONLY);

        List<Instant> mixed = List.of(NOW.minus(Duration.ofDays(45)), NOW.minus(Duration.ofDays(29)));
        assertThat(ladder.next(mixed, NOW)).isEqualTo(new WarnLadder.Step(2, Consequence.MUTE, Duration.ofHours(1)));
    }

    @Test
    void followsConfiguredMutes() {
        var custom = new WarnLadder(Duration.ofDays(7), List.of(Duration.ofHours(12)));
        assertThat(custom.next(List.of(NOW.minusSeconds(60)), NOW).mute()).isEqualTo(Duration.ofHours(12));
        assertThat(custom.next(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW)
                        .consequence())
                .isEqualTo(Consequence.BAN);
        assertThat(custom.next(List.of(NOW.minus(Duration.ofDays(8))), NOW).consequence())
                .isEqualTo(Consequence.WARNING_ONLY);
    }
}
