package io.huzhu.identity;

import io.huzhu.shared.RateLimiter;
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
    LoginThrottle loginThrottle(IdentityProperties properties) {
        int perMinute = properties.loginAttemptsPerMinute();
        return new LoginThrottle(
                new RateLimiter("login per account", perMinute, Duration.ofMinutes(1)),
                new RateLimiter("login per address", perMinute * 3, Duration.ofMinutes(1)));
    }

    /** Login attempts are limited per account (guessing one password) and per address (spraying many). */
    record LoginThrottle(RateLimiter perAccount, RateLimiter perAddress) {
        void acquire(String username, String address) {
            perAddress.acquire(address);
            perAccount.acquire(AccountRepository.key(username));
        }
    }
}
