package io.huzhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The per-request HTTP metric stays; Spring Security's per-filter observations (costly on every request) are off. */
@IntegrationTest
class RequestMetricsIntegrationTests {

    @Autowired
    Api api;

    @Test
    void requestsAreTimedWithoutSecurityFilterObservations() {
        Api.Session admin = api.admin();
        assertThat(api.get("/api/ping", admin.token()).status()).isEqualTo(200);

        Api.Response requests = api.get("/actuator/metrics/http.server.requests?tag=uri:/api/ping", admin.token());
        assertThat(requests.status()).isEqualTo(200);
        assertThat(requests.json().path("measurements").get(0).path("value").asDouble())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/actuator/metrics/spring.security.filterchains", admin.token())
                        .status())
                .isEqualTo(404);
    }
}
