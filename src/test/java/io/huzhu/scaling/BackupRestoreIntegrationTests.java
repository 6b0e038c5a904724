package io.huzhu.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bin/backup} and {@code bin/restore} on the real PostgreSQL: data made through the API is exported, restored
 * into a new, empty database (the stand-in for the dropped one: this run's schema serves other tests), and every
 * table is there with every row. PostgreSQL runs only.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Autowired
    DataSource dataSource;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRowOfEveryTable() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "backup and restore are PostgreSQL's tools");
        Api.Session owner = api.register("keeper");
        var group = groups.create(owner);
        api.post("/api/groups/" + group.id() + "/messages", owner.token(), Map.of("kind", "TEXT", "text", "备份前的消息"));
        String task = fixtures.start(owner, fixtures.publish(fixtures.bargain()))
                .path("id")
                .asString();
        assertThat(fixtures.assist(api.register("helper"), task).status()).isEqualTo(201);

        Path dump = Files.createTempFile("huzhu-backup", ".dump");
        String restored = "huzhu_restore_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            // Listeners finish after commit (signals, event publications): back up once the counts hold still.
            Map<String, Long> before = Map.of();
            for (int attempt = 0; attempt < 10; attempt++) {
                before = counts(connection, schema);
                run(List.of("bin/backup", "test", "--schema=" + schema), null, dump.toFile());
                if (before.equals(counts(connection, schema))) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(Files.size(dump)).isPositive();
            run(List.of("bin/restore", restored), dump.toFile(), null);
            String url = TestDatabase.postgresBaseUrl().replaceAll("/[^/]+$", "/" + restored);
            try (Connection copy = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(counts(copy, schema)).isEqualTo(before);
                try (var rs = copy.createStatement()
                        .executeQuery("select sum(cut) from " + schema + ".assist where task_id = '" + task + "'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isPositive();
                }
            }
        } finally {
            Files.deleteIfExists(dump);
            try (Connection admin = DriverManager.getConnection(
                    TestDatabase.postgresBaseUrl().replaceAll("/[^/]+$", "/postgres"), "postgres", "")) {
                admin.createStatement().execute("drop database if exists " + restored);
            }
        }
    }

    private static Map<String, Long> counts(Connection connection, String schema) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables;
        try (var rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            var names = new java.util.ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            tables = names;
        }
        for (String table : tables) {
            try (var rs = connection.createStatement().executeQuery("select count(*) from " + schema + "." + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        assertThat(counts).containsKeys("assist", "feed_message", "app_user", "flyway_schema_history");
        return counts;
    }

    private static void run(List<String> command, File in, File out) throws Exception {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (in != null) {
            builder.redirectInput(in);
        }
        if (out != null) {
            builder.redirectOutput(out);
        }
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
