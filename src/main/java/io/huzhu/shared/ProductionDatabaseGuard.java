package io.huzhu.shared;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile on the embedded database: a development default must never silently
 * become production. Runs before any bean is created, so nothing touches the wrong database.
 */
public class ProductionDatabaseGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        String url = environment.getProperty("spring.datasource.url", "");
        if (prod && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("The prod profile runs on PostgreSQL only, but spring.datasource.url is '"
                    + url + "'. Set HUZHU_DB_URL to a jdbc:postgresql:// URL, or drop the prod profile to run on"
                    + " the embedded database.");
        }
    }
}
