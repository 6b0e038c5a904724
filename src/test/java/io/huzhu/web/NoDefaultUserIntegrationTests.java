package io.huzhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Spring Security's default in-memory user ("Using generated security password") is never created. */
@IntegrationTest
class NoDefaultUserIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Api api;

    @Test
    void noUserDetailsServiceIsCreated() {
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }

    @Test
    void basicCredentialsOfTheDefaultUserAreNotAccepted() {
        String basic = Base64.getEncoder().encodeToString("user:password".getBytes(StandardCharsets.UTF_8));
        Api.Response me = api.send(
                HttpRequest.newBuilder(URI.create(api.base() + "/api/me"))
                        .header("Authorization", "Basic " + basic)
                        .GET(),
                null);
        assertThat(me.status()).isEqualTo(401);
    }
}
