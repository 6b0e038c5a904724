package io.huzhu.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfig {

    @Bean
    static QuietMembers quietMembers() {
        return new QuietMembers();
    }

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }

    @Bean
    Fixtures fixtures(Api api, MutableClock clock) {
        return new Fixtures(api, clock);
    }

    @Bean
    GroupFixtures groupFixtures(Api api) {
        return new GroupFixtures(api);
    }

    @Bean
    RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }

    @Bean
    Api testApi(org.springframework.core.env.Environment environment) {
        return new Api(environment);
    }
}
