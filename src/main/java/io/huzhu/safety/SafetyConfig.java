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

    /** Personal data in a text. */
    @Bean
    Function<String, List<Finding>> piiFinder(Clock clock) {
        return new PiiDetector(clock)::find;
    }

    /** Masks personal-data findings (phones keep their first three and last four digits). */
    @Bean
    BiFunction<String, List<Finding>, String> piiMasker() {
        return PiiDetector::mask;
    }
}
