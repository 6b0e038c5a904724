package io.huzhu.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionDatabaseGuardUnitTests {

    private final ProductionDatabaseGuard guard = new ProductionDatabaseGuard();

    @Test
    void refusesTheProdProfileOnTheEmbeddedDatabase() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/huzhu");
        environment.setActiveProfiles("prod");
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL only");
    }

    @Test
    void acceptsTheProdProfileOnPostgres() {
        var environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/huzhu");
        environment.setActiveProfiles("prod");
        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void leavesDevelopmentAlone() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/huzhu");
        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
