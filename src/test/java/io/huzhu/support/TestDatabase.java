package io.huzhu.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an integration test run uses, chosen by the system property {@code huzhu.test.database} ({@code h2}
 * or {@code postgres}; Maven's failsafe runs the suite once for each). PostgreSQL runs are isolated in a schema of
 * their own, dropped when the JVM exits.
 */
public final class TestDatabase {

    public static final String PROPERTY = "huzhu.test.database";
    private static final String PG_HOST = System.getenv().getOrDefault("HUZHU_TEST_PG_HOST", "127.0.0.1");
    private static final int PG_PORT = Integer.parseInt(System.getenv().getOrDefault("HUZHU_TEST_PG_PORT", "5432"));
    private static final String PG_DB = System.getenv().getOrDefault("HUZHU_TEST_PG_DATABASE", "test");
    private static final String PG_USER = System.getenv().getOrDefault("HUZHU_TEST_PG_USER", "postgres");
    private static final String SCHEMA =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static volatile boolean dropHookInstalled;

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty(PROPERTY, "h2"));
    }

    public static String name() {
        return isPostgres() ? "PostgreSQL" : "H2";
    }

    static boolean postgresReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(PG_HOST, PG_PORT), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public static String postgresBaseUrl() {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DB;
    }

    /** Puts the run's database settings in front of every other property source, before the context starts. */
    public static final class Initializer
            implements org.springframework.context.ApplicationContextInitializer<
                    org.springframework.context.ConfigurableApplicationContext> {
        @Override
        public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
            java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
            register(new DynamicPropertyRegistry() {
                @Override
                public void add(String name, java.util.function.Supplier<Object> value) {
                    properties.put(name, value.get());
                }
            });
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new org.springframework.core.env.MapPropertySource("huzhu-test-database", properties));
        }
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (isPostgres()) {
            installDropHook();
            registry.add("spring.datasource.url", () -> postgresBaseUrl() + "?currentSchema=" + SCHEMA);
            registry.add("spring.datasource.username", () -> PG_USER);
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> SCHEMA);
            registry.add("spring.flyway.create-schemas", () -> "true");
        } else {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:mem:huzhu-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                            + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    private static synchronized void installDropHook() {
        if (dropHookInstalled) {
            return;
        }
        dropHookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var connection = DriverManager.getConnection(postgresBaseUrl(), PG_USER, "");
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
            } catch (Exception ignored) {
                // best effort: a leftover schema only costs space in the test database
            }
        }));
    }
}
