package io.huzhu.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModerationSafetyScoreUnitTests {

    private static SafetyScore.Inputs healthy() {
        return new SafetyScore.Inputs(true, 100, 100, 2, 2, Duration.ofMinutes(30), 1000, 0, 0, 1000, 0, 0);
    }

    private static Map<String, SafetyScore.Component> byName(SafetyScore.Score score) {
        return score.components().stream().collect(Collectors.toMap(SafetyScore.Component::name, c -> c));
    }

    @Test
    void weightsAddUpToOneHundredAndAHealthyGroupScoresFull() {
        SafetyScore.Score score = SafetyScore.of(healthy());
        assertThat(score.components().stream()
                        .mapToInt(SafetyScore.Component::weight)
                        .sum())
                .isEqualTo(100);
        assertThat(score.score()).isEqualTo(100);
        assertThat(score.components())
                .extracting(SafetyScore.Component::name)
                .containsExactly(
                        "rules",
                        "adminTeam",
                        "adminActivity",
                        "responseTime",
                        "heldShare",
                        "piiIncidents",
                        "offTopic",
                        "churn");
        assertThat(score.components()).allSatisfy(c -> {
            assertThat(c.explanationZh()).isNotBlank();
            assertThat(c.explanationEn()).isNotBlank();
        });
    }

    @Test
    void eachComponentLosesItsPointsWhenBad() {
        var bad = new SafetyScore.Inputs(false, 100, 0, 0, 0, Duration.ofDays(2), 100, 20, 10, 100, 10, 30);
        SafetyScore.Score score = SafetyScore.of(bad);
        assertThat(score.score()).isZero();
        assertThat(score.components()).allSatisfy(c -> assertThat(c.points()).isEqualByComparingTo("0"));
    }

    @Test
    void partialValuesScaleLinearly() {
        // Half acknowledged, one of two admins active, 12.5 h median, 10% held, 5 incidents, 5% off-topic, 15% churn.
        var half = new SafetyScore.Inputs(true, 100, 50, 2, 1, Duration.ofMinutes(750), 100, 10, 5, 100, 5, 15);
        Map<String, SafetyScore.Component> parts = byName(SafetyScore.of(half));
        assertThat(parts.get("rules").points()).isEqualByComparingTo("7.5");
        assertThat(parts.get("adminTeam").points()).isEqualByComparingTo("15");
        assertThat(parts.get("adminActivity").points()).isEqualByComparingTo("7.5");
        assertThat(parts.get("responseTime").points()).isEqualByComparingTo("7.5");
        assertThat(parts.get("responseTime").value()).isEqualByComparingTo(BigDecimal.valueOf(750));
        assertThat(parts.get("heldShare").points()).isEqualByComparingTo("5");
        assertThat(parts.get("piiIncidents").points()).isEqualByComparingTo("5");
        assertThat(parts.get("offTopic").points()).isEqualByComparingTo("5");
        assertThat(parts.get("churn").points()).isEqualByComparingTo("5");
        assertThat(SafetyScore.of(half).score()).isEqualTo(58);
    }

    @Test
    void aLargeGroupNeedsMoreAdminsAndNoReportsIsNoPenalty() {
        var big = new SafetyScore.Inputs(true, 400, 400, 2, 2, null, 0, 0, 0, 0, 0, 0);
        Map<String, SafetyScore.Component> parts = byName(SafetyScore.of(big));
        assertThat(parts.get("adminTeam").points()).isEqualByComparingTo("7.5");
        assertThat(parts.get("responseTime").points()).isEqualByComparingTo("15");
    }

    @Test
    void medianOfResponseTimes() {
        assertThat(SafetyScores.median(List.of())).isNull();
        assertThat(SafetyScores.median(List.of(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(9))))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(SafetyScores.median(List.of(Duration.ofMinutes(2), Duration.ofMinutes(4))))
                .isEqualTo(Duration.ofMinutes(3));
    }
}
