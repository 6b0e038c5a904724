package io.huzhu.web;

import io.huzhu.shared.ClientInfo;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /** Runs inside the security chain's order so that the caller is known, before any controller. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store, ProblemWriter problems, WebProperties properties) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, problems, properties));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    static {
        // ClientInfo is resolved from headers and the connection, not from the query: keep it out of the document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ClientInfo.class);
    }

    /** Every operation that records where a request came from documents the {@code X-Device-Id} header. */
    @Bean
    OperationCustomizer deviceHeader() {
        return (operation, handler) -> {
            boolean records = java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == ClientInfo.class);
            if (records) {
                operation.addParametersItem(new HeaderParameter()
                        .name(ClientInfoResolver.DEVICE_HEADER)
                        .required(false)
                        .description("The client's device id: any opaque string of 1 to 128 visible characters, the"
                                + " same for every request of one device (for risk control; kept only as a keyed"
                                + " hash)")
                        .schema(new StringSchema().maxLength(ClientInfo.MAX_DEVICE_ID)));
            }
            return operation;
        };
    }

    /** Controllers take the caller's device id and address as a {@code ClientInfo} parameter. */
    @Bean
    WebMvcConfigurer clientInfoArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ClientInfoResolver());
            }

            /** Times in queries and paths are bounded like those in bodies. */
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(String.class, java.time.Instant.class, new InstantBounds.FromString());
            }
        };
    }

    @Bean
    OpenAPI huzhuOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Huzhu API")
                        .version("v1")
                        .description("Assist campaigns, tasks and assists. Errors are RFC 9457 problem details with"
                                + " a stable `code`; money is integer cents; effect-producing POSTs honour"
                                + " `Idempotency-Key`."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
