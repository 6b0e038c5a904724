package io.huzhu.safety;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the gate: the personal-data detector, the spam detector and its sample store. */
@Configuration(proxyBeanMethods = false)
class SafetyConfig {

    @Bean
    SpamDetector spamDetector(SampleStore samples, Clock clock) {
        return new SpamDetector(samples, clock);
    }

    /** Personal data in a text. TODO(pii): {@code new PiiDetector()::find} once branch pii is merged. */
    @Bean
    Function<String, List<Finding>> piiFinder() {
        return text -> List.of();
    }

    /** Masks personal-data findings. TODO(pii): {@code PiiDetector::mask} once branch pii is merged. */
    @Bean
    BiFunction<String, List<Finding>, String> piiMasker() {
        return SafetyPipeline::maskWithStars;
    }
}
