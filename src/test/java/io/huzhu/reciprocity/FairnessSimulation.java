package io.huzhu.reciprocity;

import io.huzhu.reciprocity.FairnessRun.FairnessReport;
import io.huzhu.reciprocity.SimulatedGroup.Behaviour;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The fairness benchmark: a seeded simulation of a mutual-help group run through the fair queue and through a plain
 * chat on the same demand. Prints a Markdown table; see {@code docs/benchmarks.md} for the command.
 *
 * <p>Arguments: {@code --seeds 42,43,44} (or {@code --seed 42}), {@code --members 500}, {@code --days 7},
 * {@code --screen 20} (help posts visible in the chat), {@code --floor -5} (balance floor), {@code --ablation}
 * (adds the fair queue without {@code helpStillNeeded}).
 */
public final class FairnessSimulation {

    static final int DEFAULT_SCREEN = 20;
    static final int DEFAULT_FLOOR = -5;

    private FairnessSimulation() {}

    static List<HelpPolicy> policies(int screen, int floor, boolean ablation) {
        var policies = new ArrayList<HelpPolicy>();
        policies.add(new FairQueuePolicy(FairQueue.Settings.DEFAULTS, floor, true));
        if (ablation) {
            policies.add(new FairQueuePolicy(FairQueue.Settings.DEFAULTS, floor, false));
        }
        policies.add(new PlainChatPolicy(screen));
        return policies;
    }

    public static void main(String[] args) {
        long[] seeds = {42};
        int members = 500;
        int days = 7;
        int screen = DEFAULT_SCREEN;
        int floor = DEFAULT_FLOOR;
        boolean ablation = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed", "--seeds" ->
                    seeds = Arrays.stream(args[++i].split(","))
                            .mapToLong(Long::parseLong)
                            .toArray();
                case "--members" -> members = Integer.parseInt(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--screen" -> screen = Integer.parseInt(args[++i]);
                case "--floor" -> floor = Integer.parseInt(args[++i]);
                case "--ablation" -> ablation = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        var policies = policies(screen, floor, ablation);
        var rows = new ArrayList<List<FairnessReport>>();
        for (var policy : policies) {
            rows.add(new ArrayList<>());
        }
        long started = System.nanoTime();
        System.out.println(header());
        for (long seed : seeds) {
            var group = SimulatedGroup.generate(seed, members, days);
            for (int p = 0; p < policies.size(); p++) {
                var report = FairnessRun.run(group, policies.get(p));
                rows.get(p).add(report);
                System.out.println(row(report, Long.toString(seed)));
            }
        }
        if (seeds.length > 1) {
            for (var reports : rows) {
                System.out.println(row(median(reports), "median"));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d members, %d days measured, seeds %s, %.1f s%n",
                members,
                days,
                Arrays.toString(seeds),
                (System.nanoTime() - started) / 1e9);
    }

    static String header() {
        return "| Policy | Seed | Requests | Completed in 24 h | Median h to complete | Help/request: helpful"
                + " | occasional | free rider | Gini (help received) | Zero help | Never shown | Wasted help |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|";
    }

    static String row(FairnessReport r, String seed) {
        var h = r.helpsPerRequest();
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f %% | %.1f | %.2f | %.2f | %.2f | %.3f | %.1f %% | %.1f %% | %.1f %% |",
                r.policy(),
                seed,
                r.requests(),
                100 * r.completedShare(),
                r.medianHoursToComplete(),
                h.getOrDefault(Behaviour.HELPFUL, 0.0),
                h.getOrDefault(Behaviour.OCCASIONAL, 0.0),
                h.getOrDefault(Behaviour.FREE_RIDER, 0.0),
                r.gini(),
                100 * r.zeroHelpShare(),
                100 * r.neverShownShare(),
                100 * r.wastedHelpShare());
    }

    /** The per-column median over seeds. */
    static FairnessReport median(List<FairnessReport> reports) {
        var perRequest = new java.util.EnumMap<Behaviour, Double>(Behaviour.class);
        for (var b : Behaviour.values()) {
            perRequest.put(b, median(reports, r -> r.helpsPerRequest().getOrDefault(b, 0.0)));
        }
        return new FairnessReport(
                reports.getFirst().policy(),
                (int) median(reports, FairnessReport::requests),
                median(reports, FairnessReport::completedShare),
                median(reports, FairnessReport::medianHoursToComplete),
                perRequest,
                median(reports, FairnessReport::gini),
                median(reports, FairnessReport::zeroHelpShare),
                median(reports, FairnessReport::neverShownShare),
                median(reports, FairnessReport::wastedHelpShare));
    }

    private static double median(List<FairnessReport> reports, ToDoubleFunction<FairnessReport> metric) {
        return FairnessRun.median(
                reports.stream().map(r -> metric.applyAsDouble(r)).toList());
    }
}
