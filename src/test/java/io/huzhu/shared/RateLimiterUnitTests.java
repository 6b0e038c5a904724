package io.huzhu.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterUnitTests {

    @Test
    void allowsTheCapacityThenRefusesWithARetryDelay() {
        var limiter = new RateLimiter("login per account", 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> limiter.acquire("alice")).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> limiter.acquire("alice")).isInstanceOfSatisfying(HuzhuException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            org.assertj.core.api.Assertions.assertThat((Long) e.properties().get("retryAfterSeconds"))
                    .isBetween(1L, 61L);
        });
    }

    @Test
    void keysAreIndependent() {
        var limiter = new RateLimiter("login per address", 1, Duration.ofMinutes(1));
        limiter.acquire("10.0.0.1");
        assertThatCode(() -> limiter.acquire("10.0.0.2")).doesNotThrowAnyException();
    }
}
