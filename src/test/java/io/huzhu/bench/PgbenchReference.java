package io.huzhu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference row: {@code pgbench} running an assist-shaped transaction ({@code bench/pgbench/assist.sql}: insert
 * an assist, update one of {@code TASKS} task rows, durable commit) with as many clients as the HTTP scenarios have
 * connections, in the benchmark database. What PostgreSQL alone commits on this machine is the bound an assist
 * endpoint is measured against. Latency percentiles come from pgbench's per-transaction log.
 */
final class PgbenchReference {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private final Path scripts;
    private final Path logDir;
    private final String database;
    private final int tasks;

    PgbenchReference(Path scripts, Path logDir, String database, int tasks) {
        this.scripts = scripts;
        this.logDir = logDir;
        this.database = database;
        this.tasks = tasks;
    }

    record Result(long transactions, double seconds, double tps, double p50Ms, double p99Ms, long failed) {}

    void prepare() throws Exception {
        exec(List.of(
                "psql",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-v",
                "tasks=" + tasks,
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                database,
                "-f",
                scripts.resolve("setup.sql").toString()));
    }

    /** Starts pgbench for {@code seconds}; {@link #finish} waits for it and reads its figures. */
    /** Connections the PostgreSQL server can still accept now (max_connections minus the sessions open). */
    int freeConnections() throws Exception {
        String out = exec(List.of(
                "psql",
                "-Atq",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                database,
                "-c",
                "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int"
                        + " - (select count(*) from pg_stat_activity where backend_type = 'client backend')"));
        return Integer.parseInt(out.strip());
    }

    Process start(int seconds, String name, int clients) throws IOException {
        String prefix = logDir.resolve("pgbench-" + name).toString();
        List<String> command = List.of(
                "pgbench",
                "-n",
                "-M",
                "prepared",
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-D",
                "tasks=" + tasks,
                "-f",
                scripts.resolve("assist.sql").toString(),
                "-l",
                "--log-prefix=" + prefix,
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                database);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    Result finish(Process process, String name) throws Exception {
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + output);
        }
        List<Long> latencies = new ArrayList<>();
        long failed = 0;
        try (var files = Files.newDirectoryStream(logDir, "pgbench-" + name + ".*")) {
            for (Path file : files) {
                for (String line : Files.readAllLines(file)) {
                    // client_id transaction_no time script_no time_epoch time_us (time: latency in µs, or "failed")
                    String[] f = line.split(" ");
                    if (f.length >= 3 && f[2].chars().allMatch(Character::isDigit)) {
                        latencies.add(Long.parseLong(f[2]));
                    } else if (f.length >= 3) {
                        failed++;
                    }
                }
                Files.delete(file);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = Double.parseDouble(tps.group(1));
        return new Result(
                sorted.length,
                sorted.length / rate,
                rate,
                LoadGenerator.percentile(sorted, 0.50) * 1000,
                LoadGenerator.percentile(sorted, 0.99) * 1000,
                failed);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGCONNECT_TIMEOUT", "10"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
