package io.huzhu.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The HTTP scenarios driven by {@code wrk} ({@link WrkDriver}): a warm-up invocation, then the measured one, each a
 * separate wrk process; server, PostgreSQL and wrk CPU read around the measured one. Assist scenarios are checked in
 * the database afterwards ({@link LoadGenerator#verify}) against the ids wrk's script wrote.
 */
final class WrkScenarios {

    private final LoadGenerator g;
    private final WrkDriver wrk;
    private final LoadGenerator.Outcomes spreadOutcomes;
    private long spreadOffset;
    private int invocation;

    WrkScenarios(LoadGenerator g) {
        this.g = g;
        Path data = Path.of(LoadGenerator.env("BENCH_DATA", System.getProperty("java.io.tmpdir")));
        this.wrk = new WrkDriver(
                Path.of("bench", "wrk").toAbsolutePath(),
                data,
                g.base,
                g.connections,
                Integer.parseInt(LoadGenerator.env("WRK_THREADS", "2")));
        this.spreadOutcomes = g.new Outcomes();
    }

    void prepare() throws Exception {
        wrk.writeLines("helpers.txt", g.helperTokens);
    }

    LoadGenerator.Row ceiling(int run) throws Exception {
        wrk.run("ceiling.lua", warmup(run), name("ceiling-warm"), 0, "helpers.txt");
        return measured("ceiling", "ceiling.lua", run, 0, "helpers.txt", 200, null);
    }

    LoadGenerator.Row spread(int run) throws Exception {
        LoadGenerator.Spread spread = g.spreadTasks();
        if (spreadOffset == 0) {
            wrk.writeLines("spread-tasks.txt", Arrays.asList(spread.taskIds()));
        }
        String warm = name("spread-warm");
        WrkDriver.Result w = wrk.run("assist.lua", warmup(run), warm, spreadOffset, "spread-tasks.txt");
        collect(spreadOutcomes, warm);
        spreadOffset += w.next();
        LoadGenerator.Row row =
                measured("spread", "assist.lua", run, spreadOffset, "spread-tasks.txt", 201, spreadOutcomes);
        return g.verify(row, spread.campaigns(), spreadOutcomes);
    }

    LoadGenerator.Row viral(int run) throws Exception {
        // Warm-up on a task of its own, so the measured task gets every helper once from the start.
        UUID[] warmTask = g.viralTask();
        wrk.writeLines("viral-warm-task.txt", List.of(warmTask[1]));
        wrk.run("assist.lua", warmup(run), name("viral-warm"), 0, "viral-warm-task.txt");
        UUID[] task = g.viralTask();
        wrk.writeLines("viral-task.txt", List.of(task[1]));
        LoadGenerator.Outcomes outcomes = g.new Outcomes();
        LoadGenerator.Row row = measured("viral", "assist.lua", run, 0, "viral-task.txt", 201, outcomes);
        return g.verify(row, List.of(task[0]), outcomes);
    }

    /** The first run warms a fresh JVM up for longer ({@code FIRST_WARMUP}, 15 s): the JIT compiles the paths then. */
    private int warmup(int run) {
        return run == 1 ? Math.max(g.warmup, Integer.parseInt(LoadGenerator.env("FIRST_WARMUP", "15"))) : g.warmup;
    }

    private String name(String what) {
        return what + "-" + (++invocation);
    }

    private LoadGenerator.Row measured(
            String scenario,
            String script,
            int run,
            long offset,
            String tasksFile,
            int okStatus,
            LoadGenerator.Outcomes outcomes)
            throws Exception {
        String name = name(scenario + "-r" + run);
        LoadGenerator.log("%s: measuring for %d s", name, g.duration);
        long[] cpu0 = g.cpu();
        long commits0 = g.commits();
        WrkDriver.Result r = wrk.run(script, g.duration, name, offset, tasksFile);
        if (outcomes == spreadOutcomes) {
            spreadOffset += r.next(); // every request number of this benchmark is used once
        }
        long[] cpu1 = g.cpu();
        Thread.sleep(1500); // backends report their statistics at most once a second
        long commits1 = g.commits();
        if (outcomes != null) {
            collect(outcomes, name);
        }
        long ok = r.ok(okStatus) - r.replays();
        long errors = r.notStatus(okStatus) + r.replays();
        double ops = Math.max(1, r.requests());
        Map<Integer, Long> others = new TreeMap<>(r.statuses());
        others.remove(okStatus);
        String note = others.isEmpty() && r.socketErrors() == 0
                ? ""
                : "other statuses " + others + ", socket errors " + r.socketErrors();
        if (r.replays() > 0) {
            note += (note.isEmpty() ? "" : "; ") + r.replays() + " replays";
        }
        return new LoadGenerator.Row(
                scenario,
                ok,
                errors,
                r.seconds(),
                r.p50Micros() / 1000,
                r.p99Micros() / 1000,
                (cpu1[0] - cpu0[0]) * LoadGenerator.TICK_MICROS / ops,
                (cpu1[1] - cpu0[1]) * LoadGenerator.TICK_MICROS / ops,
                (cpu1[2] - cpu0[2]) * LoadGenerator.TICK_MICROS / ops,
                (commits1 - commits0) / ops,
                "n/a",
                note);
    }

    /** Adds a wrk invocation's acknowledged ids; every invocation may leave up to its connections unanswered. */
    private void collect(LoadGenerator.Outcomes outcomes, String run) throws Exception {
        for (UUID id : wrk.acks(run)) {
            if (!outcomes.acknowledged.add(id)) {
                outcomes.duplicates.incrementAndGet();
            }
        }
        outcomes.cutOff += g.connections;
    }
}
