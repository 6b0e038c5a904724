package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PostingPolicyUnitTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void defaultPolicyLetsEveryonePostWithoutLimit() {
        assertThat(PostingPolicy.OFF.helpsMissing(0)).isZero();
        assertThat(PostingPolicy.OFF.dailyLimitReached(1_000)).isFalse();
        assertThat(PostingPolicy.OFF.belowFloor(-1_000)).isFalse();
    }

    @Test
    void helpFirstCountsTheHelpsStillMissing() {
        PostingPolicy policy = new PostingPolicy(3, 0, null);
        assertThat(policy.helpsMissing(0)).isEqualTo(3);
        assertThat(policy.helpsMissing(2)).isEqualTo(1);
        assertThat(policy.helpsMissing(3)).isZero();
        assertThat(policy.helpsMissing(7)).isZero();
    }

    @Test
    void helpFirstRefusalSaysHowManyMoreHelpsAreNeeded() {
        HuzhuException refusal = new PostingPolicy(3, 0, null).helpFirst(1);
        assertThat(refusal.code()).isEqualTo(ErrorCode.POLICY_HELP_FIRST);
        assertThat(refusal.getMessage()).contains("2 more helps are needed");
        assertThat(refusal.properties()).containsEntry("missing", 2).containsEntry("required", 3);
        assertThat(new PostingPolicy(3, 0, null).helpFirst(2).getMessage()).contains("1 more help is needed");
    }

    @Test
    void dailyLimitIsReachedAtTheLimitNotBefore() {
        PostingPolicy policy = new PostingPolicy(0, 3, null);
        assertThat(policy.dailyLimitReached(2)).isFalse();
        assertThat(policy.dailyLimitReached(3)).isTrue();
        assertThat(policy.dailyBound()).isEqualTo(3);
        assertThat(PostingPolicy.OFF.dailyBound()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theDayTurnsAtMidnightInTheGroupsZoneNotInUtc() {
        // 16:30 UTC is 00:30 the next day in Shanghai.
        Instant lateUtc = Instant.parse("2026-03-01T16:30:00Z");
        assertThat(PostingPolicy.day(lateUtc, SHANGHAI)).hasToString("2026-03-02");
        assertThat(PostingPolicy.nextDay(lateUtc, SHANGHAI)).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        Instant earlyUtc = Instant.parse("2026-03-01T15:59:59Z");
        assertThat(PostingPolicy.nextDay(earlyUtc, SHANGHAI)).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
    }

    @Test
    void dailyRefusalSaysWhenTheNextPostIsPossible() {
        HuzhuException refusal =
                new PostingPolicy(0, 2, null).dailyPosts(Instant.parse("2026-03-01T10:00:00Z"), SHANGHAI);
        assertThat(refusal.code()).isEqualTo(ErrorCode.POLICY_DAILY_POSTS);
        assertThat(refusal.getMessage()).contains("2026-03-01T16:00:00Z");
        assertThat(refusal.properties()).containsEntry("nextPostAt", "2026-03-01T16:00:00Z");
    }

    @Test
    void balanceBelowTheFloorLosesPriority() {
        PostingPolicy policy = new PostingPolicy(0, 0, -2);
        assertThat(policy.belowFloor(-3)).isTrue();
        assertThat(policy.belowFloor(-2)).isFalse();
        assertThat(policy.belowFloor(5)).isFalse();
    }

    @Test
    void rejectsNegativeOrHugeRules() {
        assertThatThrownBy(() -> PostingPolicy.validated(-1, 0, null))
                .isInstanceOfSatisfying(
                        HuzhuException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(HuzhuException.FieldError::field)
                                .containsExactly("helpBeforePost"));
        assertThatThrownBy(() -> PostingPolicy.validated(0, 101, 20_000))
                .isInstanceOfSatisfying(
                        HuzhuException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(HuzhuException.FieldError::field)
                                .containsExactly("maxPostsPerDay", "balanceFloor"));
        assertThat(PostingPolicy.validated(3, 3, -5)).isEqualTo(new PostingPolicy(3, 3, -5));
    }
}
