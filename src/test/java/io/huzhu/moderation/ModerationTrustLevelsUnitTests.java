package io.huzhu.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModerationTrustLevelsUnitTests {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final TrustLevels levels = new TrustLevels(ModerationProperties.defaults());

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void newMembersStartAtZeroUntilThreeDaysAndTenMessages() {
        assertThat(levels.level(daysAgo(2), 100, null, NOW)).isEqualTo(TrustLevels.NEW);
        assertThat(levels.level(daysAgo(10), 9, null, NOW)).isEqualTo(TrustLevels.NEW);
        assertThat(levels.level(daysAgo(3), 10, null, NOW)).isEqualTo(TrustLevels.MEMBER);
    }

    @Test
    void aSanctionWithinThirtyDaysKeepsAMemberAtZero() {
        assertThat(levels.level(daysAgo(10), 20, daysAgo(29), NOW)).isEqualTo(TrustLevels.NEW);
        assertThat(levels.level(daysAgo(10), 20, daysAgo(31), NOW)).isEqualTo(TrustLevels.MEMBER);
    }

    @Test
    void trustedNeedsThirtyDaysFiftyMessagesAndNoSanctionInNinetyDays() {
        assertThat(levels.level(daysAgo(30), 50, null, NOW)).isEqualTo(TrustLevels.TRUSTED);
        assertThat(levels.level(daysAgo(29), 50, null, NOW)).isEqualTo(TrustLevels.MEMBER);
        assertThat(levels.level(daysAgo(100), 49, null, NOW)).isEqualTo(TrustLevels.MEMBER);
        assertThat(levels.level(daysAgo(100), 500, daysAgo(60), NOW)).isEqualTo(TrustLevels.MEMBER);
        assertThat(levels.level(daysAgo(100), 500, daysAgo(91), NOW)).isEqualTo(TrustLevels.TRUSTED);
        assertThat(TrustLevels.label(2)).isEqualTo("TRUSTED");
    }
}
