package io.huzhu.identity;

import io.huzhu.shared.RateLimits;
import io.huzhu.shared.cluster.CounterStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfig {

    /** Argon2id; the parameters are settings so that tests can run cheaper and production can grow. */
    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new Argon2PasswordEncoder(16, 32, 1, properties.argon2MemoryKib(), properties.argon2Iterations());
    }

    @Bean
    LoginGuard loginGuard(IdentityProperties properties, Clock clock, RateLimits limits, CounterStore counters) {
        var login = properties.login();
        return new LoginGuard(
                login,
                clock,
                limits.limiter("sign-ins per address", login.attemptsPerAddressPerMinute(), Duration.ofMinutes(1)),
                counters);
    }
}
