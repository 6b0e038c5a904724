package io.huzhu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@code wrk} (the Debian package) with one of the Lua scripts in {@code bench/wrk} and reads the summary line
 * the script prints. wrk is a C event loop: on this machine it drives several times the requests per CPU second that
 * the Java generator does, so the ceiling measured is the server's, not the client's.
 */
final class WrkDriver {

    private static final Pattern LINE = Pattern.compile("^BENCH (.*)$", Pattern.MULTILINE);
    private final Path luaDir;
    private final Path dataDir;
    private final String base;
    private final int connections;
    private final int threads;

    WrkDriver(Path luaDir, Path dataDir, String base, int connections, int threads) {
        this.luaDir = luaDir;
        this.dataDir = dataDir;
        this.base = base;
        this.connections = connections;
        this.threads = threads;
    }

    /** What one wrk invocation reported. Latencies in microseconds. */
    record Result(
            long requests,
            double seconds,
            double p50Micros,
            double p99Micros,
            long socketErrors,
            long acks,
            long replays,
            long next,
            Map<Integer, Long> statuses) {

        long ok(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        long notStatus(int status) {
            return statuses.entrySet().stream()
                            .filter(e -> e.getKey() != status)
                            .mapToLong(Map.Entry::getValue)
                            .sum()
                    + socketErrors;
        }
    }

    void writeLines(String file, List<?> lines) throws IOException {
        Files.write(dataDir.resolve(file), lines.stream().map(Object::toString).toList());
    }

    /**
     * Runs {@code script} for {@code seconds}; {@code run} names the invocation (it prefixes the Idempotency-Keys and
     * the ack files), {@code offset} is the first request number, {@code tasksFile} the task list (assists only).
     */
    Result run(String script, int seconds, String run, long offset, String tasksFile) throws Exception {
        List<String> command = List.of(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "30s",
                "-s",
                luaDir.resolve(script).toString(),
                base);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("BENCH_LUA", luaDir.toString());
        env.put("BENCH_DIR", dataDir.toString());
        env.put("BENCH_TASKS", tasksFile);
        env.put("BENCH_OFFSET", Long.toString(offset));
        env.put("BENCH_THREADS", Integer.toString(threads));
        env.put("BENCH_RUN", run);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no summary from wrk: " + output);
        }
        Map<String, String> f = new TreeMap<>();
        for (String pair : m.group(1).split(" ")) {
            int eq = pair.indexOf('=');
            f.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        for (String s : f.get("statuses").split(",")) {
            if (!s.isEmpty()) {
                String[] kv = s.split(":");
                statuses.put(Integer.parseInt(kv[0]), Long.parseLong(kv[1]));
            }
        }
        long socketErrors = Stream.of("connect", "read", "write", "timeout")
                .mapToLong(k -> Long.parseLong(f.get(k)))
                .sum();
        return new Result(
                Long.parseLong(f.get("requests")),
                Long.parseLong(f.get("duration_us")) / 1e6,
                Double.parseDouble(f.get("p50_us")),
                Double.parseDouble(f.get("p99_us")),
                socketErrors,
                Long.parseLong(f.get("acks")),
                Long.parseLong(f.get("replays")),
                Long.parseLong(f.getOrDefault("next", "0")),
                statuses);
    }

    /** The assist ids acknowledged by the invocations named {@code run}, duplicates included. */
    List<UUID> acks(String run) throws IOException {
        List<UUID> ids = new ArrayList<>();
        try (var files = Files.newDirectoryStream(dataDir, "acks-" + run + "-*.txt")) {
            for (Path file : files) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        ids.add(UUID.fromString(line.strip()));
                    }
                }
            }
        }
        return ids;
    }
}
