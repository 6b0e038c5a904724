package io.huzhu.web;

import io.huzhu.identity.Tokens;
import io.huzhu.shared.ErrorCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_OPERATOR
                ROLE_OPERATOR > ROLE_MEMBER
                """);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, Tokens tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(PERMISSIONS_POLICY))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.POST,
                                "/api/auth/register",
                                "/api/auth/login",
                                "/api/session",
                                "/api/session/logout")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/campaigns",
                                "/api/campaigns/*",
                                "/api/campaigns/*/rules",
                                "/api/tasks/*",
                                "/api/tasks/by-code/*",
                                "/api/tasks/*/qr.png",
                                "/api/tasks/*/timeline",
                                "/api/tasks/*/timeline.csv")
                        .permitAll()
                        // Probes are public; metrics (prometheus included) are for the admin's scraper only.
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (request, response, ex) -> problems.write(response, ErrorCode.UNAUTHENTICATED, null))
                        .accessDeniedHandler(
                                (request, response, ex) -> problems.write(response, ErrorCode.FORBIDDEN, null)));
        return http.build();
    }

    /**
     * Requests Spring Security's firewall refuses ({@code ..}, {@code //}, {@code ;}, a backslash or an encoded
     * separator in the path, a non-standard method) get a problem detail like every other error.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, ex) -> problems.write(
                response,
                ProblemWriter.problem(
                        ErrorCode.REQUEST_REJECTED,
                        "The path may not contain '..', '//', ';', a backslash or an encoded separator, and the method"
                                + " must be a standard one"));
    }

    /**
     * No page of Huzhu uses the camera, microphone, location, payment or USB, and none may be used from it; FLoC and
     * Topics are off. (HSTS comes with Spring Security's defaults on every secure request, which includes requests a
     * trusted proxy forwards with {@code X-Forwarded-Proto: https}.)
     */
    static final StaticHeadersWriter PERMISSIONS_POLICY = new StaticHeadersWriter(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()");

    /** API responses are data, never documents: nothing may load from them, nothing may frame them. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * The web app: scripts, styles, images and connections from this origin only (no inline script or style, no
     * eval), QR codes as images from the API, nothing framed, forms posting nowhere else.
     */
    static final String APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    /** Everything that is not the API: the web app's static files and the share and invite links. */
    @Bean
    @Order(2)
    SecurityFilterChain webAppSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(APP_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(PERMISSIONS_POLICY))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
