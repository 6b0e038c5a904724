package io.huzhu.support;

import io.huzhu.HuzhuApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One more application node in this JVM, on the run's database (the same H2 in-memory database or PostgreSQL schema
 * as the {@link IntegrationTest} context) and a random port, with the test configuration of {@link IntegrationTest}
 * plus {@code extra} properties: several nodes behind no load balancer, each reached by its own {@link #api()}.
 */
public final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new Api(context.getEnvironment());
    }

    public static Node start(String id, Map<String, String> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String pair :
                IntegrationTest.class.getAnnotation(SpringBootTest.class).properties()) {
            int eq = pair.indexOf('=');
            properties.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        TestDatabase.register(new DynamicPropertyRegistry() {
            @Override
            public void add(String name, java.util.function.Supplier<Object> value) {
                properties.put(name, value.get());
            }
        });
        properties.put("server.port", "0");
        properties.put("huzhu.cluster.node-id", id);
        // The first context of the run owns the event publications left over from earlier contexts.
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        properties.put("management.endpoint.health.show-details", "always");
        properties.putAll(extra);
        var builder = new SpringApplicationBuilder(HuzhuApplication.class, IntegrationTestConfig.class);
        builder.application().setAllowBeanDefinitionOverriding(true); // the test clock replaces the system clock
        ConfigurableApplicationContext context = builder.initializers(c -> c.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("huzhu-node-" + id, properties)))
                .run();
        return new Node(context);
    }

    public Api api() {
        return api;
    }

    public GroupFixtures groups() {
        return context.getBean(GroupFixtures.class);
    }

    public Fixtures fixtures() {
        return context.getBean(Fixtures.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** {@code /actuator/health}'s status: UP, DEGRADED (Redis unreachable) … */
    public String health() {
        return api.get("/actuator/health", null).json().path("status").asString();
    }

    @Override
    public void close() {
        context.close();
    }
}
