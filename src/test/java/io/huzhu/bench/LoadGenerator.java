package io.huzhu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Closed-loop load generator of {@code bench/run}: seeds accounts and tokens directly in the database (for speed),
 * prepares campaigns and tasks through the public API, runs each scenario for a fixed time with {@code CONNECTIONS}
 * requests in flight, checks the database afterwards and prints one Markdown table.
 *
 * <p>Environment: {@code BASE_URL}, {@code DB_URL}, {@code SERVER_PID}, {@code DURATION}, {@code WARMUP},
 * {@code CONNECTIONS}, {@code TASKS}, {@code HELPERS}, {@code SCENARIOS}.
 */
public final class LoadGenerator {

    private static final Pattern ASSIST_ID = Pattern.compile("\"assistId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final long TICK_MICROS = 10_000; // USER_HZ = 100 on Linux
    static final int TASKS_PER_CAMPAIGN = 250;
    static final String PASSWORD = "bench-password-1";

    final String base;
    final String dbUrl;
    final long serverPid;
    final int duration;
    final int warmup;
    final int connections;
    final int tasks;
    final int helpers;
    final List<String> scenarios;
    final int runs;
    final String driver;
    final HttpClient http;
    final SecureRandom random = new SecureRandom();

    String operatorToken = "";
    final List<String> initiatorTokens = new ArrayList<>();
    final List<String> helperTokens = new ArrayList<>();
    final List<UUID> helperIds = new ArrayList<>();
    final List<String> fanoutReport = new ArrayList<>();

    private LoadGenerator() {
        base = env("BASE_URL", "http://127.0.0.1:8080");
        dbUrl = env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/huzhu_bench");
        serverPid = Long.parseLong(env("SERVER_PID", "0"));
        duration = Integer.parseInt(env("DURATION", "20"));
        warmup = Integer.parseInt(env("WARMUP", "5"));
        connections = Integer.parseInt(env("CONNECTIONS", "64"));
        tasks = Integer.parseInt(env("TASKS", "2000"));
        helpers = Integer.parseInt(env("HELPERS", "120000"));
        runs = Integer.parseInt(env("RUNS", "3"));
        driver = env("DRIVER", "wrk");
        scenarios = Arrays.stream(
                        env("SCENARIOS", "ceiling,pgbench,spread,viral").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public static void main(String[] args) throws Exception {
        new LoadGenerator().run();
        System.exit(0);
    }

    /** One row of the table. */
    record Row(
            String scenario,
            long ops,
            long errors,
            double seconds,
            double p50Ms,
            double p99Ms,
            double serverCpuMicros,
            double pgCpuMicros,
            double loadCpuMicros,
            double commitsPerOp,
            String correctness,
            String note) {

        double rate() {
            return ops / seconds;
        }
    }

    private void run() throws Exception {
        long setupStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(dbUrl + "?reWriteBatchedInserts=true", "postgres", "")) {
            seedAccounts(db);
        }
        log("seeded %d helpers, %d initiators and an operator in %.1f s", helpers, tasks, secondsSince(setupStart));
        WrkScenarios wrk = driver.equals("wrk") ? new WrkScenarios(this) : null;
        if (wrk != null) {
            wrk.prepare();
        }
        List<List<Row>> all = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            List<Row> rows = new ArrayList<>();
            for (String scenario : scenarios) {
                Row row = switch (scenario) {
                    case "ceiling" -> wrk != null ? wrk.ceiling(r) : ceiling();
                    case "pgbench" -> referenceOrNote(r);
                    case "spread" -> wrk != null ? wrk.spread(r) : spread();
                    case "viral" -> wrk != null ? wrk.viral(r) : viral();
                    case "fanout" -> new Fanout(this).run();
                    default -> throw new IllegalArgumentException("unknown scenario " + scenario);
                };
                rows.add(row);
                log(
                        "run %d, %s: %.0f /s, p50 %.2f ms, p99 %.2f ms, server %.0f µs/op, %s",
                        r,
                        row.scenario(),
                        row.rate(),
                        row.p50Ms(),
                        row.p99Ms(),
                        row.serverCpuMicros(),
                        row.correctness());
            }
            all.add(rows);
            Report.print(this, "Run " + r + " of " + runs, rows);
        }
        if (runs > 1) {
            Report.print(this, "Medians of " + runs + " runs (each column on its own)", Report.medians(all));
            Report.printRatios(all);
        }
        fanoutReport.forEach(line -> System.out.printf("%n%s%n", line));
    }

    /**
     * The reference, retried while the PostgreSQL server is full: on a shared server other sessions can hold most of
     * {@code max_connections} (100 by default) for minutes, and pgbench needs {@code CONNECTIONS} of them at once.
     */
    private Row referenceOrNote(int run) {
        String failure = "";
        for (int attempt = 1; attempt <= 8; attempt++) {
            try {
                return reference(run);
            } catch (Exception e) {
                failure = String.valueOf(e.getMessage()).replace('\n', ' ');
                log("pgbench reference failed (attempt %d): %s", attempt, failure);
                if (!failure.contains("too many clients")) {
                    break;
                }
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return new Row("pgbench reference", 0, 1, 1, Double.NaN, Double.NaN, 0, 0, 0, 0, "n/a", "failed: " + failure);
    }

    /** The pgbench reference row: same client count, assist-shaped transaction, durable commits. */
    private Row reference(int run) throws Exception {
        Path dir = Path.of(env("BENCH_DATA", System.getProperty("java.io.tmpdir")));
        var pgbench = new PgbenchReference(
                Path.of("bench", "pgbench").toAbsolutePath(), dir, dbUrl.substring(dbUrl.lastIndexOf('/') + 1), tasks);
        if (run == 1) {
            pgbench.prepare();
        }
        // pgbench's backends exit with it, taking their CPU figures along: PostgreSQL CPU and commits are sampled
        // from 1.5 s after the start to 1 s before the end, while every client is connected, and divided by the
        // transactions of that window at pgbench's rate. The load generator column is pgbench's own CPU, all of it.
        // pgbench needs its clients all at once; on a shared server, wait up to a minute for that many free slots,
        // else run with what is free and say so in the row's note.
        int clients = connections;
        for (int waited = 0; waited < 60 && pgbench.freeConnections() < connections + 2; waited += 5) {
            Thread.sleep(5_000);
        }
        int free = pgbench.freeConnections();
        if (free < connections + 2) {
            clients = Math.max(4, free - 2);
            log("pgbench: only %d connections free on the server; running with %d clients", free, clients);
        }
        long child0 = cpu()[2];
        long started = System.nanoTime();
        Process process = pgbench.start(duration, "r" + run, clients);
        // On a shared server other sessions may hold most of max_connections for a moment: wait and try again.
        for (int attempt = 1;
                attempt <= 6 && process.waitFor(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
                attempt++) {
            String early = new String(process.getInputStream().readAllBytes());
            log(
                    "pgbench stopped at once (attempt %d): %s",
                    attempt, early.strip().replace('\n', ' '));
            Thread.sleep(10_000);
            started = System.nanoTime();
            process = pgbench.start(duration, "r" + run, clients);
        }
        long[] cpu0 = cpu();
        long commits0 = commits();
        long t0 = System.nanoTime();
        sleepUntil(started
                + Duration.ofSeconds(duration).toNanos()
                - Duration.ofSeconds(1).toNanos());
        long[] cpu1 = cpu();
        long commits1 = commits();
        double window = (System.nanoTime() - t0) / 1e9;
        PgbenchReference.Result result = pgbench.finish(process, "r" + run);
        long child1 = cpu()[2];
        double ops = Math.max(1, result.tps() * window);
        double all = Math.max(1, result.transactions());
        return new Row(
                "pgbench reference",
                result.transactions(),
                result.failed(),
                result.seconds(),
                result.p50Ms(),
                result.p99Ms(),
                (cpu1[0] - cpu0[0]) * TICK_MICROS / ops,
                (cpu1[1] - cpu0[1]) * TICK_MICROS / ops,
                (child1 - child0) * TICK_MICROS / all,
                (commits1 - commits0) / ops,
                "n/a",
                (clients < connections ? "ONLY " + clients + " CLIENTS (server full); " : "")
                        + "pgbench -M prepared -c " + clients + " -j 2 -T " + duration
                        + " -f bench/pgbench/assist.sql");
    }

    // ---------------------------------------------------------------- preparation

    private void seedAccounts(Connection db) throws Exception {
        String hash = new Argon2PasswordEncoder(16, 32, 1, 1024, 1).encode(PASSWORD);
        Timestamp created = Timestamp.from(Instant.now().minus(Duration.ofDays(400)));
        Timestamp expires = Timestamp.from(Instant.now().plus(Duration.ofDays(7)));
        db.setAutoCommit(false);
        try (PreparedStatement user = db.prepareStatement("""
                        insert into app_user (id, username, username_key, display_name, password_hash, status,
                                              trust_level, credit_level, created_at)
                        values (?, ?, ?, ?, ?, 'ACTIVE', 0, 3, ?)""");
                PreparedStatement role = db.prepareStatement("insert into user_role (user_id, role) values (?, ?)");
                PreparedStatement token = db.prepareStatement("""
                        insert into api_token (token_hash, user_id, name, created_at, expires_at)
                        values (?, ?, 'bench', ?, ?)""")) {
            int total = 1 + tasks + helpers;
            for (int i = 0; i < total; i++) {
                String name = i == 0 ? "bench_op" : i <= tasks ? "bench_i" + i : "bench_h" + (i - tasks);
                UUID id = UUID.randomUUID();
                user.setObject(1, id);
                user.setString(2, name);
                user.setString(3, name);
                user.setString(4, name);
                user.setString(5, hash);
                user.setTimestamp(6, created);
                user.addBatch();
                role.setObject(1, id);
                role.setString(2, "MEMBER");
                role.addBatch();
                if (i == 0) {
                    role.setObject(1, id);
                    role.setString(2, "OPERATOR");
                    role.addBatch();
                    // ADMIN too: the fanout scenario reads /actuator/metrics with this token.
                    role.setObject(1, id);
                    role.setString(2, "ADMIN");
                    role.addBatch();
                }
                String secret = newToken();
                token.setString(1, sha256(secret));
                token.setObject(2, id);
                token.setTimestamp(3, created);
                token.setTimestamp(4, expires);
                token.addBatch();
                if (i == 0) {
                    operatorToken = secret;
                } else if (i <= tasks) {
                    initiatorTokens.add(secret);
                } else {
                    helperTokens.add(secret);
                    helperIds.add(id);
                }
                if (i % 2000 == 1999 || i == total - 1) {
                    user.executeBatch();
                    role.executeBatch();
                    token.executeBatch();
                }
            }
        }
        db.commit();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "hz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    UUID campaign(String title, long startPrice, int assists, int stock) throws Exception {
        Instant now = Instant.now();
        String body = String.format(
                Locale.ROOT,
                """
                {"kind":"BARGAIN","title":"%s","description":"Benchmark campaign","organiser":"Huzhu Bench",
                 "reward":"A benchmark teapot","startsAt":"%s","endsAt":"%s","taskLifetime":"PT24H",
                 "startPriceCents":%d,"floorPriceCents":0,"minAssists":%d,"maxAssists":%d,"minCutCents":1,
                 "stock":%d,"budgetCents":%d,"limits":{"maxActiveTasksPerUser":1,"maxSuccessesPerUser":1}}""",
                title,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)),
                startPrice,
                assists,
                assists,
                stock,
                startPrice * stock);
        HttpResponse<String> created = send(post("/api/campaigns", operatorToken, body));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create campaign: " + created.statusCode() + " " + created.body());
        }
        String id = first(ID, created.body());
        HttpResponse<String> published = send(post("/api/campaigns/" + id + "/publish", operatorToken, ""));
        if (published.statusCode() != 200) {
            throw new IllegalStateException("publish: " + published.statusCode() + " " + published.body());
        }
        return UUID.fromString(id);
    }

    /** Starts one task per initiator token, {@code parallel} at a time; returns the task ids in order. */
    UUID[] startTasks(UUID campaign, List<String> initiators, int parallel) throws Exception {
        UUID[] ids = new UUID[initiators.size()];
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Math.min(parallel, initiators.size()); t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < ids.length; i = next.getAndIncrement()) {
                    try {
                        HttpResponse<String> r =
                                send(post("/api/campaigns/" + campaign + "/tasks", initiators.get(i), ""));
                        if (r.statusCode() != 201) {
                            failures.add(r.statusCode() + " " + r.body());
                        } else {
                            ids[i] = UUID.fromString(first(ID, r.body()));
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " task starts failed, first: " + failures.peek());
        }
        return ids;
    }

    // ---------------------------------------------------------------- scenarios

    private Row ceiling() throws Exception {
        return measure("ceiling", i -> {
            // A small set of tokens, so that authentication is the cached lookup of the steady state.
            HttpResponse<String> r = send(get("/api/ping", helperTokens.get((int) (i % Math.min(1000, helpers)))));
            return r.statusCode() == 200 ? Outcome.OK : Outcome.error(r.statusCode());
        });
    }

    private Row spread() throws Exception {
        Spread prepared = spreadTasks();
        List<UUID> campaigns = prepared.campaigns();
        UUID[] taskIds = prepared.taskIds();
        long pairs = (long) helpers * tasks;
        // Request i: helper i mod H in round i / H, on task (helper + round) mod T; a helper meets each task at
        // most once, and consecutive requests go to consecutive tasks.
        Outcomes outcomes = new Outcomes();
        Row row = measure("spread", i -> {
            if (i >= pairs) {
                return Outcome.EXHAUSTED;
            }
            int helper = (int) (i % helpers);
            int task = (int) ((helper + i / helpers) % tasks);
            return outcomes.assist(taskIds[task], helperTokens.get(helper));
        });
        return verify(row, campaigns, outcomes);
    }

    /** The spread scenario's campaigns and tasks, started once per benchmark through the API. */
    record Spread(List<UUID> campaigns, UUID[] taskIds) {}

    private Spread spread;

    Spread spreadTasks() throws Exception {
        if (spread != null) {
            return spread;
        }
        long t0 = System.nanoTime();
        // SPREAD_CUTS equal-probability assists per task (1,000 by default): no task finishes within a benchmark of
        // three runs. Tasks are spread over campaigns of at most 250 because every start reserves stock on its
        // campaign's row, which would serialise the setup.
        int cuts = Integer.parseInt(env("SPREAD_CUTS", "1000"));
        List<UUID> campaigns = new ArrayList<>();
        UUID[] taskIds = new UUID[tasks];
        for (int from = 0; from < tasks; from += TASKS_PER_CAMPAIGN) {
            int to = Math.min(tasks, from + TASKS_PER_CAMPAIGN);
            campaigns.add(campaign("Bench spread " + campaigns.size(), 100L * cuts, cuts, to - from));
        }
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        List<Thread> starters = new ArrayList<>();
        for (int c = 0; c < campaigns.size(); c++) {
            int index = c;
            starters.add(Thread.ofVirtual().start(() -> {
                int from = index * TASKS_PER_CAMPAIGN;
                int to = Math.min(tasks, from + TASKS_PER_CAMPAIGN);
                try {
                    UUID[] started = startTasks(campaigns.get(index), initiatorTokens.subList(from, to), 2);
                    System.arraycopy(started, 0, taskIds, from, started.length);
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread starter : starters) {
            starter.join();
        }
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
        log("spread: %d tasks on %d campaigns started in %.1f s", taskIds.length, campaigns.size(), secondsSince(t0));
        spread = new Spread(campaigns, taskIds);
        return spread;
    }

    private int viralRuns;

    /** A fresh campaign with the largest schedule allowed (100,000 assists) and one task on it. */
    UUID[] viralTask() throws Exception {
        int n = viralRuns++;
        UUID campaign = campaign("Bench viral " + n, 1_000_000, 100_000, 1);
        UUID task = startTasks(campaign, List.of(initiatorTokens.get(n % initiatorTokens.size())), 1)[0];
        return new UUID[] {campaign, task};
    }

    private Row viral() throws Exception {
        // The largest schedule a campaign allows (100,000 assists), from ¥10,000.00 with a 1-cent minimum cut.
        UUID[] viral = viralTask();
        UUID campaign = viral[0];
        UUID task = viral[1];
        Outcomes outcomes = new Outcomes();
        Row row = measure("viral", i -> {
            if (i >= helpers) {
                return Outcome.EXHAUSTED;
            }
            return outcomes.assist(task, helperTokens.get((int) i));
        });
        return verify(row, List.of(campaign), outcomes);
    }

    /** Acknowledged assists of one scenario. */
    final class Outcomes {
        final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        final AtomicLong duplicates = new AtomicLong();
        /** Requests wrk abandoned at the end of a run (at most its connections): stored, never acknowledged. */
        long cutOff;

        /** As a real client does: every assist carries its own Idempotency-Key, so a retry could not count twice. */
        Outcome assist(UUID task, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(
                            post("/api/tasks/" + task + "/assists", token, ""), (n, v) -> true)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .build();
            HttpResponse<String> r = send(request);
            if (r.statusCode() != 201) {
                return Outcome.error(r.statusCode());
            }
            if (!acknowledged.add(UUID.fromString(first(ASSIST_ID, r.body())))) {
                duplicates.incrementAndGet();
            }
            return Outcome.OK;
        }
    }

    record Outcome(int status) {
        static final Outcome OK = new Outcome(0);
        static final Outcome EXHAUSTED = new Outcome(-1);

        static Outcome error(int status) {
            return new Outcome(status);
        }
    }

    interface Op {
        Outcome call(long i) throws Exception;
    }

    /** Runs {@code op} closed-loop on {@code connections} virtual threads: warm-up, then the measured window. */
    private Row measure(String name, Op op) throws Exception {
        AtomicLong counter = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long measureTo = measureFrom + Duration.ofSeconds(duration).toNanos();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        Map<Integer, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong exhausted = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int slot = c;
            latencies[slot] = new long[1 << 14];
            threads.add(Thread.ofVirtual().start(() -> {
                while (true) {
                    long begin = System.nanoTime();
                    if (begin >= measureTo) {
                        return;
                    }
                    Outcome outcome;
                    try {
                        outcome = op.call(counter.getAndIncrement());
                    } catch (Exception e) {
                        outcome = Outcome.error(599);
                    }
                    if (outcome == Outcome.EXHAUSTED) {
                        exhausted.incrementAndGet();
                        return;
                    }
                    long end = System.nanoTime();
                    if (begin < measureFrom) {
                        continue;
                    }
                    if (outcome.status() != 0) {
                        errors.computeIfAbsent(outcome.status(), k -> new AtomicLong())
                                .incrementAndGet();
                        continue;
                    }
                    if (counts[slot] == latencies[slot].length) {
                        latencies[slot] = Arrays.copyOf(latencies[slot], counts[slot] * 2);
                    }
                    latencies[slot][counts[slot]++] = end - begin;
                }
            }));
        }
        sleepUntil(measureFrom);
        long[] cpu0 = cpu();
        long commits0 = commits();
        for (Thread thread : threads) {
            thread.join();
        }
        long finished = System.nanoTime();
        long[] cpu1 = cpu();
        Thread.sleep(1500); // backends report their statistics at most once a second
        long commits1 = commits();
        boolean ranOut = exhausted.get() > 0;
        long lastEnd = ranOut ? Math.min(finished, measureTo) : measureTo;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        double ops = Math.max(1, total + errorCount);
        String note = ranOut ? "ran out of (helper, task) pairs" : "";
        if (!errors.isEmpty()) {
            note = (note.isEmpty() ? "" : note + "; ") + "errors by status " + new TreeMap<>(errors);
        }
        return new Row(
                name,
                total,
                errorCount,
                Math.max(1e-9, (lastEnd - measureFrom) / 1e9),
                percentile(all, 0.50),
                percentile(all, 0.99),
                (cpu1[0] - cpu0[0]) * TICK_MICROS / ops,
                (cpu1[1] - cpu0[1]) * TICK_MICROS / ops,
                (cpu1[2] - cpu0[2]) * TICK_MICROS / ops,
                (commits1 - commits0) / ops,
                "n/a",
                note);
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    // ---------------------------------------------------------------- correctness

    Row verify(Row row, List<UUID> campaigns, Outcomes outcomes) throws SQLException {
        List<String> problems = new ArrayList<>();
        long unacknowledged = 0;
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "")) {
            Set<UUID> stored = new HashSet<>();
            long rows = 0;
            try (PreparedStatement s = db.prepareStatement(
                    "select a.id from assist a join task t on t.id = a.task_id where t.campaign_id = any(?)")) {
                s.setArray(1, db.createArrayOf("uuid", campaigns.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getObject(1, UUID.class));
                        rows++;
                    }
                }
            }
            long missing = outcomes.acknowledged.stream()
                    .filter(id -> !stored.contains(id))
                    .count();
            if (missing > 0) {
                problems.add(missing + " acknowledged assists missing");
            }
            if (outcomes.duplicates.get() > 0) {
                problems.add(outcomes.duplicates.get() + " assist ids acknowledged twice");
            }
            unacknowledged = rows - outcomes.acknowledged.size();
            if (unacknowledged < 0 || unacknowledged > outcomes.cutOff) {
                problems.add(rows + " rows for " + outcomes.acknowledged.size() + " acknowledged assists");
            }
            problems.addAll(count(db, campaigns, "(task, helper) pairs counted twice", """
                    select count(*) from (select a.task_id, a.helper_id from assist a join task t on t.id = a.task_id
                    where t.campaign_id = any(?) group by a.task_id, a.helper_id having count(*) > 1) d"""));
            problems.addAll(count(db, campaigns, "tasks whose counters disagree with their assists", """
                    select count(*) from task t left join (select task_id,
                        sum(case when status <> 'VOIDED' then cut else 0 end) as cuts,
                        sum(case when status <> 'VOIDED' then 1 else 0 end) as counted, count(*) as n,
                        count(distinct seq) as seqs, max(seq) as top, min(seq) as bottom from assist group by task_id) a
                      on a.task_id = t.id
                    where t.campaign_id = any(?) and (t.progress <> coalesce(a.cuts, 0)
                      or t.assists_done <> coalesce(a.counted, 0)
                      or coalesce(a.seqs, 0) <> coalesce(a.n, 0) or coalesce(a.top - a.bottom + 1, 0) <> coalesce(a.n, 0))
                    """));
            problems.addAll(count(db, campaigns, "tasks past their target", """
                    select count(*) from task t where t.campaign_id = any(?)
                      and (t.progress > t.target_amount or t.assists_done > t.cut_count)"""));
        }
        String verdict = problems.isEmpty()
                ? "OK (" + outcomes.acknowledged.size() + " acks"
                        + (unacknowledged > 0
                                ? ", " + unacknowledged + " stored unacknowledged: in flight at wrk's stop"
                                : "")
                        + ")"
                : "FAIL: " + String.join("; ", problems);
        return new Row(
                row.scenario(),
                row.ops(),
                row.errors(),
                row.seconds(),
                row.p50Ms(),
                row.p99Ms(),
                row.serverCpuMicros(),
                row.pgCpuMicros(),
                row.loadCpuMicros(),
                row.commitsPerOp(),
                verdict,
                row.note());
    }

    private static List<String> count(Connection db, List<UUID> campaigns, String what, String sql)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("uuid", campaigns.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                return n == 0 ? List.of() : List.of(n + " " + what);
            }
        }
    }

    /** Committed transactions of the benchmark database so far (statistics lag by up to a second). */
    long commits() {
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "");
                PreparedStatement s = db.prepareStatement(
                        "select xact_commit from pg_stat_database where datname = current_database()");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- CPU from /proc

    /**
     * CPU ticks (user + system) of the server, of PostgreSQL, and of this load generator with its waited-for children
     * (wrk, pgbench). PostgreSQL is the postmaster, its background processes (WAL writer, checkpointer, ...) and the
     * backends connected to the benchmark database: other databases' backends on a shared server are left out.
     * A backend that exits inside the window takes its CPU with it, so connections must live across the window.
     */
    long[] cpu() {
        long pg = 0;
        String database = " " + dbUrl.substring(dbUrl.lastIndexOf('/') + 1) + " ";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                String stat = readStat(p.resolve("stat"));
                if (stat == null || !stat.contains("(postgres)")) {
                    continue;
                }
                String cmdline = readStat(p.resolve("cmdline"));
                if (cmdline == null) {
                    continue;
                }
                cmdline = cmdline.replace('\0', ' ');
                boolean backend = cmdline.contains("(") && cmdline.contains(")") || cmdline.contains("[local]");
                if (!backend || cmdline.contains(database)) {
                    pg += ticks(stat);
                }
            }
        } catch (IOException e) {
            pg = 0;
        }
        String server = readStat(Path.of("/proc/" + serverPid + "/stat"));
        String self = readStat(Path.of("/proc/self/stat"));
        return new long[] {server == null ? 0 : ticks(server), pg, self == null ? 0 : ticks(self) + childTicks(self)};
    }

    private static String readStat(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            return null;
        }
    }

    /** CPU of waited-for children (wrk, pgbench): cutime and cstime (fields 16 and 17). */
    private static long childTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
    }

    // ---------------------------------------------------------------- output

    // ---------------------------------------------------------------- HTTP

    HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    static void log(String format, Object... args) {
        String time = java.time.LocalTime.now(java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        System.err.printf(Locale.ROOT, "[bench " + time + "] " + format + "%n", args);
    }
}
