package io.huzhu.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * H2 binds a check constraint to the session that created it: once that session closes, every insert checked by the
 * constraint fails ("Check constraint invalid"). When an extra {@link Node} is the first to reach the run's
 * in-memory database and is closed later, its pool takes the creating session with it. So the schema is migrated
 * here, once, through one connection that stays open until the JVM exits.
 */
final class H2Keeper {

    private static boolean migrated;

    private H2Keeper() {}

    static synchronized void migrate(String url) {
        if (migrated) {
            return;
        }
        var keeper = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure()
                .dataSource(keeper)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        migrated = true;
    }
}
