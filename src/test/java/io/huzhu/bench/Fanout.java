package io.huzhu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code fanout} scenario of {@code bench/run}: {@code CONNECTIONS_WS} WebSocket clients, one member each, in
 * groups of {@code GROUP_SIZE}; one task posted per group; assists at {@code ASSIST_RATE} per second (open loop,
 * round robin over the tasks) for {@code WARMUP} + {@code DURATION} seconds. Measures card frames received per
 * second by all clients, the latency from an assist's HTTP acknowledgement to each client's receipt of the card
 * with that assist's {@code remaining}, and the server's used heap per idle subscribed connection.
 */
final class Fanout {

    private static final Pattern TASK_ID = Pattern.compile("\"taskId\"\\s*:\\s*(?:\\{[^}]*?)?\"([0-9a-f-]{36})\"");
    private static final Pattern REMAINING = Pattern.compile("\"remaining\"\\s*:\\s*(\\d+)");
    private static final Pattern HEAP =
            Pattern.compile("\"statistic\"\\s*:\\s*\"VALUE\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.eE+-]+)");

    private final LoadGenerator g;
    private final int sockets;
    private final int groupSize;
    private final int rate;

    Fanout(LoadGenerator g) {
        this.g = g;
        sockets = Integer.parseInt(LoadGenerator.env("CONNECTIONS_WS", "2000"));
        groupSize = Integer.parseInt(LoadGenerator.env("GROUP_SIZE", "500"));
        rate = Integer.parseInt(LoadGenerator.env("ASSIST_RATE", "50"));
    }

    /** Card receipts: key (task index, remaining) and receive time, in preallocated arrays. */
    private long[] receiptKeys = new long[0];

    private long[] receiptNanos = new long[0];
    private final AtomicInteger receipts = new AtomicInteger();
    private final AtomicLong receiptsDropped = new AtomicLong();
    private final AtomicLong unparsed = new AtomicLong();
    private final AtomicLong closedByServer = new AtomicLong();
    private final AtomicLong socketErrors = new AtomicLong();
    private final Map<String, Integer> taskIndex = new HashMap<>();

    private static long key(int task, long remaining) {
        return ((long) task << 44) | remaining;
    }

    LoadGenerator.Row run() throws Exception {
        int groups = (sockets + groupSize - 1) / groupSize;
        if (groups > g.tasks || sockets > g.helpers) {
            throw new IllegalStateException("fanout needs TASKS >= " + groups + " and HELPERS >= " + sockets);
        }
        long t0 = System.nanoTime();
        // One campaign, one task per group; the largest schedule so that no task finishes within a run.
        UUID campaign = g.campaign("Bench fanout", 1_000_000, 100_000, groups);
        List<String> initiators = g.initiatorTokens.subList(g.tasks - groups, g.tasks);
        UUID[] taskIds = g.startTasks(campaign, initiators, 4);
        UUID[] groupIds = new UUID[groups];
        for (int i = 0; i < groups; i++) {
            taskIndex.put(taskIds[i].toString(), i);
            String body = String.format(Locale.ROOT, """
                    {"name":"Bench fanout %d","description":"Benchmark group","rules":"Be kind. Help each other.",
                     "capacity":%d,"joinApproval":false}""", i, Math.min(5000, groupSize + 1));
            HttpResponse<String> r = g.send(g.post("/api/groups", initiators.get(i), body));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("create group: " + r.statusCode() + " " + r.body());
            }
            groupIds[i] = UUID.fromString(LoadGenerator.first(LoadGenerator.ID, r.body()));
        }
        seedMembers(groupIds);
        for (int i = 0; i < groups; i++) {
            HttpResponse<String> r = g.send(g.post(
                    "/api/groups/" + groupIds[i] + "/messages",
                    initiators.get(i),
                    "{\"kind\":\"TASK\",\"taskId\":\"" + taskIds[i] + "\"}"));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("post task: " + r.statusCode() + " " + r.body());
            }
        }
        LoadGenerator.log(
                "fanout: %d groups of up to %d members, tasks posted in %.1f s",
                groups, groupSize, LoadGenerator.secondsSince(t0));

        int capacity = (int) Math.min(40_000_000L, (long) rate * groupSize * (g.warmup + g.duration + 15) + 100_000);
        receiptKeys = new long[capacity];
        receiptNanos = new long[capacity];

        // Heap per idle connection: used heap before and after opening the subscribed connections, each the median
        // of five samples one second apart after five seconds of settling. No GC is forced, so garbage that is
        // allocated and not yet collected counts too (either way): an estimate, not an exact figure.
        Thread.sleep(5000);
        double heapBefore = heap();
        HttpClient wsClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        List<WebSocket> open = new ArrayList<>();
        CountDownLatch subscribed = new CountDownLatch(sockets);
        Semaphore inFlight = new Semaphore(64);
        long o0 = System.nanoTime();
        List<CompletableFuture<WebSocket>> futures = new ArrayList<>();
        String wsBase = g.base.replaceFirst("^http", "ws") + "/ws";
        for (int i = 0; i < sockets; i++) {
            UUID group = groupIds[i / groupSize];
            inFlight.acquire();
            futures.add(wsClient.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + g.helperTokens.get(i))
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(wsBase), new Client(subscribed))
                    .thenCompose(ws ->
                            ws.sendText("{\"type\":\"subscribe\",\"groupId\":\"" + group + "\",\"after\":0}", true))
                    .whenComplete((ws, e) -> inFlight.release()));
        }
        int failedOpen = 0;
        for (CompletableFuture<WebSocket> f : futures) {
            try {
                open.add(f.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                if (failedOpen++ == 0) {
                    LoadGenerator.log("fanout: a connection failed: %s", e);
                }
            }
        }
        boolean allSubscribed = subscribed.await(60, TimeUnit.SECONDS);
        double openSeconds = LoadGenerator.secondsSince(o0);
        LoadGenerator.log(
                "fanout: %d of %d sockets open, %d subscribed in %.1f s",
                open.size(), sockets, sockets - subscribed.getCount(), openSeconds);
        Thread.sleep(5000);
        double heapAfter = heap();
        double perConnection = (heapAfter - heapBefore) / Math.max(1, open.size());
        receipts.set(0); // the subscription's backlog is not part of the measurement

        // Assists, open loop: assist n goes to task n mod G, by helper n / G (the k-th helper of that task).
        Map<Long, Long> ackNanos = new ConcurrentHashMap<>();
        Map<Long, Long> startNanos = new ConcurrentHashMap<>();
        LoadGenerator.Outcomes outcomes = g.new Outcomes();
        AtomicLong assistErrors = new AtomicLong();
        long[] assistLatency = new long[capacity / Math.max(1, groupSize) + 10_000];
        AtomicInteger assistCount = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(g.warmup).toNanos();
        long measureTo = measureFrom + Duration.ofSeconds(g.duration).toNanos();
        long intervalNanos = 1_000_000_000L / Math.max(1, rate);
        List<Thread> assists = new ArrayList<>();
        long[] cpu0 = null;
        long commits0 = 0;
        for (long n = 0; ; n++) {
            long due = start + n * intervalNanos;
            if (due >= measureTo) {
                break;
            }
            if (cpu0 == null && due >= measureFrom) {
                LoadGenerator.sleepUntil(measureFrom);
                cpu0 = g.cpu();
                commits0 = g.commits();
            }
            LoadGenerator.sleepUntil(due);
            int task = (int) (n % groups);
            int helper = (int) (n / groups);
            if (helper >= g.helpers) {
                break;
            }
            assists.add(Thread.ofVirtual().start(() -> {
                long begin = System.nanoTime();
                try {
                    HttpResponse<String> r =
                            g.send(g.post("/api/tasks/" + taskIds[task] + "/assists", g.helperTokens.get(helper), ""));
                    long end = System.nanoTime();
                    if (r.statusCode() != 201) {
                        assistErrors.incrementAndGet();
                        return;
                    }
                    outcomes.acknowledged.add(UUID.fromString(LoadGenerator.first(
                            Pattern.compile("\"assistId\"\\s*:\\s*\"([0-9a-f-]{36})\""), r.body())));
                    long k = key(task, Long.parseLong(LoadGenerator.first(REMAINING, r.body())));
                    ackNanos.put(k, end);
                    startNanos.put(k, begin);
                    if (begin >= measureFrom) {
                        int at = assistCount.getAndIncrement();
                        if (at < assistLatency.length) {
                            assistLatency[at] = end - begin;
                        }
                    }
                } catch (Exception e) {
                    assistErrors.incrementAndGet();
                }
            }));
        }
        LoadGenerator.sleepUntil(measureTo);
        long[] cpu1 = g.cpu();
        if (cpu0 == null) {
            cpu0 = cpu1;
        }
        for (Thread t : assists) {
            t.join(Duration.ofSeconds(30));
        }
        Thread.sleep(3000); // trailing cards of the last assists; also lets the backends report their commits
        long commits1 = g.commits();
        int stored = Math.min(receipts.get(), capacity);
        long receivedInWindow = 0;
        for (int i = 0; i < stored; i++) {
            if (receiptNanos[i] >= measureFrom && receiptNanos[i] < measureTo) {
                receivedInWindow++;
            }
        }
        // Close every socket, then give up on those that do not close in time.
        List<CompletableFuture<WebSocket>> closing = new ArrayList<>();
        for (WebSocket ws : open) {
            closing.add(ws.sendClose(WebSocket.NORMAL_CLOSURE, "bench done").toCompletableFuture());
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            LoadGenerator.log("fanout: not every socket closed in time: %s", e);
        }
        open.forEach(WebSocket::abort);

        // Latency of each receipt whose card shows the remaining amount of an assist started in the window.
        long[] lat = new long[stored];
        Map<Long, Integer> perKey = new HashMap<>();
        int matched = 0;
        long early = 0;
        for (int i = 0; i < stored; i++) {
            Long ack = ackNanos.get(receiptKeys[i]);
            Long begin = startNanos.get(receiptKeys[i]);
            if (ack == null || begin < measureFrom || begin >= measureTo) {
                continue;
            }
            perKey.merge(receiptKeys[i], 1, Integer::sum);
            long d = receiptNanos[i] - ack;
            if (d < 0) {
                early++;
                d = 0;
            }
            lat[matched++] = d;
        }
        long[] sorted = Arrays.copyOf(lat, matched);
        Arrays.sort(sorted);
        long acksInWindow = startNanos.values().stream()
                .filter(b -> b >= measureFrom && b < measureTo)
                .count();
        // An assist whose card listener reads the task after a later assist committed pushes the later state: the
        // earlier remaining amount is never shown (superseded) and the later one is pushed twice.
        long superseded = acksInWindow - perKey.size();
        int members = Math.min(sockets, open.size());
        double expected = 0;
        for (int i = 0; i < groups; i++) {
            // subscribers of group i times the acknowledged assists on its task in the window
            int subscribersOfGroup = Math.min(groupSize, members - i * groupSize);
            int task = i;
            long acks = startNanos.entrySet().stream()
                    .filter(e -> (int) (e.getKey() >>> 44) == task
                            && e.getValue() >= measureFrom
                            && e.getValue() < measureTo)
                    .count();
            expected += (double) Math.max(0, subscribersOfGroup) * acks;
        }
        int assistsMeasured = Math.min(assistCount.get(), assistLatency.length);
        long[] assistSorted = Arrays.copyOf(assistLatency, assistsMeasured);
        Arrays.sort(assistSorted);
        double seconds = g.duration;
        double ops = Math.max(1, receivedInWindow);
        String line = String.format(
                Locale.ROOT,
                "fanout: %d WebSocket connections (%d open, %d subscribed, opened in %.1f s) in %d groups of %d;"
                        + " %d assists/s offered, %d acknowledged in the %d s window (%d errors);"
                        + " %.0f card deliveries/s received by all clients (%d in the window);"
                        + " ack-to-card latency p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d matched receipts"
                        + " (%.1f%% of acks x subscribers; %d of %d assists' remaining never pushed, superseded by a later"
                        + " card; %d cards arrived before the HTTP ack, counted as 0);"
                        + " assist HTTP p50 %.1f ms, p99 %.1f ms;"
                        + " server heap used %.1f MB -> %.1f MB, %.1f KB per idle connection (after a full GC);"
                        + " server CPU %.0f µs per delivery, load generator CPU %.0f µs per delivery;"
                        + " sockets closed by the server %d, socket errors %d, unparsed frames %d, receipts over capacity %d",
                sockets,
                open.size(),
                sockets - subscribed.getCount(),
                openSeconds,
                groups,
                groupSize,
                rate,
                acksInWindow,
                g.duration,
                assistErrors.get(),
                receivedInWindow / seconds,
                receivedInWindow,
                LoadGenerator.percentile(sorted, 0.50),
                LoadGenerator.percentile(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
                matched,
                expected == 0 ? 0.0 : 100.0 * matched / expected,
                superseded,
                acksInWindow,
                early,
                LoadGenerator.percentile(assistSorted, 0.50),
                LoadGenerator.percentile(assistSorted, 0.99),
                heapBefore / 1e6,
                heapAfter / 1e6,
                perConnection / 1024,
                (cpu1[0] - cpu0[0]) * LoadGenerator.TICK_MICROS / ops,
                (cpu1[2] - cpu0[2]) * LoadGenerator.TICK_MICROS / ops,
                closedByServer.get(),
                socketErrors.get(),
                unparsed.get(),
                receiptsDropped.get());
        if (!allSubscribed) {
            line += "; NOT all connections subscribed within 60 s";
        }
        g.fanoutReport.add(line);
        LoadGenerator.log("%s", line);
        LoadGenerator.Row row = new LoadGenerator.Row(
                "fanout assists",
                assistsMeasured,
                assistErrors.get(),
                seconds,
                LoadGenerator.percentile(assistSorted, 0.50),
                LoadGenerator.percentile(assistSorted, 0.99),
                (cpu1[0] - cpu0[0]) * LoadGenerator.TICK_MICROS / Math.max(1, assistsMeasured),
                (cpu1[1] - cpu0[1]) * LoadGenerator.TICK_MICROS / Math.max(1, assistsMeasured),
                (cpu1[2] - cpu0[2]) * LoadGenerator.TICK_MICROS / Math.max(1, assistsMeasured),
                (commits1 - commits0) / (double) Math.max(1, assistsMeasured),
                "n/a",
                "open loop at " + rate + "/s; the requests/s column is the offered rate, see the fan-out line");
        return g.verify(row, List.of(campaign), outcomes);
    }

    /** Makes helpers 0..sockets-1 active members of their groups, as a join with accepted rules would. */
    private void seedMembers(UUID[] groupIds) throws Exception {
        try (Connection db = DriverManager.getConnection(g.dbUrl + "?reWriteBatchedInserts=true", "postgres", "")) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = db.prepareStatement("""
                            insert into group_member (group_id, user_id, role, status, requested_at, joined_at,
                                                      rules_version, rules_hash, rules_accepted_at)
                            select ?, ?, 'MEMBER', 'ACTIVE', ?, ?, g.rules_version, g.rules_hash, ?
                            from community_group g where g.id = ?""");
                    PreparedStatement count = db.prepareStatement(
                            "update community_group set member_count = member_count + ? where id = ?")) {
                for (int i = 0; i < sockets; i++) {
                    UUID group = groupIds[i / groupSize];
                    insert.setObject(1, group);
                    insert.setObject(2, g.helperIds.get(i));
                    insert.setTimestamp(3, now);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setObject(6, group);
                    insert.addBatch();
                    if (i % 2000 == 1999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                for (int i = 0; i < groupIds.length; i++) {
                    count.setInt(1, Math.min(groupSize, sockets - i * groupSize));
                    count.setObject(2, groupIds[i]);
                    count.executeUpdate();
                }
            }
            db.commit();
            try (PreparedStatement check = db.prepareStatement(
                    "select count(*) from group_member where group_id = any(?) and status = 'ACTIVE'"); ) {
                check.setArray(1, db.createArrayOf("uuid", groupIds));
                try (ResultSet rs = check.executeQuery()) {
                    rs.next();
                    LoadGenerator.log("fanout: %d active members seeded (owners included)", rs.getLong(1));
                }
            }
        }
    }

    /**
     * Used heap of the server after a full GC ({@code jcmd <SERVER_PID> GC.run}, same JDK as this generator), then
     * the median of five samples a second apart: what is left is live data, not garbage awaiting collection.
     */
    private double heap() throws Exception {
        fullGc();
        double[] samples = new double[5];
        for (int i = 0; i < samples.length; i++) {
            HttpResponse<String> r = g.send(g.get("/actuator/metrics/jvm.memory.used?tag=area:heap", g.operatorToken));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("heap metric: " + r.statusCode() + " " + r.body());
            }
            Matcher m = HEAP.matcher(r.body());
            if (!m.find()) {
                throw new IllegalStateException("no heap value in " + r.body());
            }
            samples[i] = Double.parseDouble(m.group(1));
            Thread.sleep(1000);
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    private void fullGc() throws Exception {
        String pid = Long.toString(g.serverPid);
        if (g.serverPid <= 0) {
            throw new IllegalStateException("SERVER_PID is not set: cannot force a GC before reading the heap");
        }
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " GC.run failed");
        }
        Thread.sleep(2000);
    }

    /** One member's socket: records card frames by (task, remaining) with their receive time. */
    private final class Client implements WebSocket.Listener {
        private final CountDownLatch subscribed;
        private StringBuilder partial;

        Client(CountDownLatch subscribed) {
            this.subscribed = subscribed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (!last) {
                (partial == null ? partial = new StringBuilder() : partial).append(data);
                ws.request(1);
                return null;
            }
            String frame;
            if (partial != null) {
                frame = partial.append(data).toString();
                partial = null;
            } else {
                frame = data.toString();
            }
            if (frame.startsWith("{\"type\":\"card\"")) {
                card(frame, now);
            } else if (frame.contains("\"type\":\"subscribed\"")) { // a map on the server: any field order
                subscribed.countDown();
            } else if (frame.contains("\"type\":\"error\"")) {
                socketErrors.incrementAndGet();
                LoadGenerator.log("fanout: error frame %s", frame);
            }
            ws.request(1);
            return null;
        }

        private void card(String frame, long now) {
            Matcher t = TASK_ID.matcher(frame);
            Matcher m = REMAINING.matcher(frame);
            if (!t.find() || !m.find()) {
                unparsed.incrementAndGet();
                return;
            }
            Integer task = taskIndex.get(t.group(1));
            if (task == null) {
                unparsed.incrementAndGet();
                return;
            }
            int at = receipts.getAndIncrement();
            if (at >= receiptKeys.length) {
                receiptsDropped.incrementAndGet();
                return;
            }
            receiptKeys[at] = key(task, Long.parseLong(m.group(1)));
            receiptNanos[at] = now;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            if (status != WebSocket.NORMAL_CLOSURE) {
                closedByServer.incrementAndGet();
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            socketErrors.incrementAndGet();
        }
    }
}
