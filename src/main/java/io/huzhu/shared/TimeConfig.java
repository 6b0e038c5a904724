package io.huzhu.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All time goes through an injected clock so tests can move it. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** Ticks in microseconds, the precision both databases store, so a value read back equals the one written. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
