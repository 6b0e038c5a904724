package io.huzhu.demo;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the embedded database (never on PostgreSQL) and, once the server is up, says where it is
 * and how to sign in.
 */
@Component
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);
    private final DemoData data;
    private final DemoProperties properties;
    private final DataSource dataSource;
    private final Environment environment;
    private boolean loaded;

    DemoRunner(DemoData data, DemoProperties properties, DataSource dataSource, Environment environment) {
        this.data = data;
        this.properties = properties;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!properties.enabled()) {
            return;
        }
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
        if (!"H2".equalsIgnoreCase(product)) {
            log.info("Demo data is only loaded on the embedded database; this is {}", product);
            return;
        }
        data.load();
        loaded = true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String url = "http://localhost:" + port;
        StringBuilder message = new StringBuilder()
                .append("\n\n  Huzhu is running at ")
                .append(url)
                .append(" (web app, 中文 / English)")
                .append("\n  API documentation: ")
                .append(url)
                .append("/swagger-ui.html")
                .append("\n  Health: ")
                .append(url)
                .append("/actuator/health");
        if (loaded) {
            message.append("\n  Demo accounts (password '")
                    .append(properties.password())
                    .append("'):")
                    .append("\n    operator: ")
                    .append(DemoData.OPERATOR)
                    .append("\n    members:  ")
                    .append(String.join(", ", DemoData.MEMBERS))
                    .append("\n    group:    ")
                    .append(DemoData.GROUP)
                    .append(" (owner demo_li, admin demo_zhang)")
                    .append("\n    risk:     demo_farm_1..")
                    .append(DemoData.FARM_ACCOUNTS)
                    .append(" share one phone; the first risk scan, a minute after start, opens a case (运营 → 风控)");
        }
        log.info("{}\n", message);
    }
}
