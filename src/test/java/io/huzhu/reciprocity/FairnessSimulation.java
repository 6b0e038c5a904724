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
        policies.add(reciprocal("reciprocal queue", FairQueue.Settings.DEFAULTS, floor));
        if (ablation) {
            for (var a : Ablation.values()) {
                policies.add(reciprocal("reciprocal queue, " + a.label, a.apply(FairQueue.Settings.DEFAULTS), floor));
            }
        }
        policies.add(new FairQueuePolicy("fair queue (before)", FairQueue.Settings.LEGACY, floor, true));
        if (ablation) {
            policies.add(
                    new FairQueuePolicy("fair queue (before), need unknown", FairQueue.Settings.LEGACY, floor, false));
        }
        policies.add(new PlainChatPolicy(screen));
        return policies;
    }

    static FairQueuePolicy reciprocal(String name, FairQueue.Settings settings, int floor) {
        return new FairQueuePolicy(name, settings, floor, true);
    }

    /** One term of the reciprocal queue switched off or set back to the old queue's value. */
    enum Ablation {
        NO_FRESHNESS("no freshness", 6, 0.0),
        NO_OWED("no viewer relation", 8, 0.0),
        OLD_RECIPROCITY("reciprocity weight 1 (before)", 2, 1.0),
        OLD_COMPLETION("completion weight 2 (before)", 1, 2.0),
        URGENCY_24H("urgency over 24 h (before)", 5, 24.0),
        OLD_ROTATION("rotation 0.05 (before)", 3, 0.05),
        NO_UNTOUCHED("no lift for untouched requests", 9, 0.0),
        OLD_COMPLETION_6("completion weight 6 (first version)", 1, 6.0);

        final String label;
        final int index;
        final double value;

        Ablation(String label, int index, double value) {
            this.label = label;
            this.index = index;
            this.value = value;
        }

        FairQueue.Settings apply(FairQueue.Settings s) {
            double[] w = weights(s);
            w[index] = value;
            return s.with(w);
        }
    }

    static double[] weights(FairQueue.Settings s) {
        return new double[] {
            s.urgencyWeight(),
            s.completionWeight(),
            s.reciprocityWeight(),
            s.exposureWeight(),
            s.floorPenalty(),
            s.urgencyWindow().toMinutes() / 60.0,
            s.freshnessWeight(),
            s.freshnessWindow().toMinutes() / 60.0,
            s.owedWeight(),
            s.untouchedWeight(),
            s.untouchedAfter().toMinutes() / 60.0
        };
    }

    public static void main(String[] args) {
        long[] seeds = {42};
        int members = 500;
        int days = 7;
        int screen = DEFAULT_SCREEN;
        int floor = DEFAULT_FLOOR;
        boolean ablation = false;
        double[] tuned = null;
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
                case "--weights" ->
                    tuned = Arrays.stream(args[++i].split(","))
                            .mapToDouble(Double::parseDouble)
                            .toArray();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        var policies = tuned == null
                ? policies(screen, floor, ablation)
                : List.<HelpPolicy>of(reciprocal(
                        "weights " + Arrays.toString(tuned), FairQueue.Settings.DEFAULTS.with(tuned), floor));
        boolean hindsight = tuned == null;
        var rows = new ArrayList<List<FairnessReport>>();
        for (int p = 0; p <= policies.size(); p++) {
            rows.add(new ArrayList<>());
        }
        var bounds = new ArrayList<Double>();
        long started = System.nanoTime();
        System.out.println(header());
        for (long seed : seeds) {
            var group = SimulatedGroup.generate(seed, members, days);
            for (int p = 0; p < policies.size(); p++) {
                var report = FairnessRun.run(group, policies.get(p));
                rows.get(p).add(report);
                System.out.println(row(report, Long.toString(seed)));
            }
            if (hindsight) {
                var report = FairnessRun.measure(group, "offline greedy (hindsight)", OfflineGreedy.plan(group));
                rows.get(policies.size()).add(report);
                System.out.println(row(report, Long.toString(seed)));
                bounds.add(OfflineGreedy.capacityBound(group));
            }
        }
        if (seeds.length > 1) {
            for (var reports : rows) {
                if (!reports.isEmpty()) {
                    System.out.println(row(median(reports), "median"));
                }
            }
        }
        if (hindsight) {
            System.out.printf(
                    Locale.ROOT,
                    "%nCapacity bound on completion (true upper bound): %s, median %.1f %%%n",
                    bounds.stream()
                            .map(b -> String.format(Locale.ROOT, "%.1f %%", 100 * b))
                            .toList(),
                    100 * FairnessRun.median(bounds));
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
        return "| Policy | Seed | Requests | Completed in 24 h | Median h to complete | Median h: helpful | occasional"
                + " | free rider | Help/request: helpful | occasional | free rider | Free rider / helpful"
                + " | Gini (help received) | Zero help | Never shown | Wasted help |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|";
    }

    static String row(FairnessReport r, String seed) {
        var h = r.helpsPerRequest();
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f %% | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.3f | %.1f %%"
                        + " | %.1f %% | %.1f %% |",
                r.policy(),
                seed,
                r.requests(),
                100 * r.completedShare(),
                r.medianHoursToComplete(),
                r.medianHoursByBehaviour().getOrDefault(Behaviour.HELPFUL, Double.NaN),
                r.medianHoursByBehaviour().getOrDefault(Behaviour.OCCASIONAL, Double.NaN),
                r.medianHoursByBehaviour().getOrDefault(Behaviour.FREE_RIDER, Double.NaN),
                h.getOrDefault(Behaviour.HELPFUL, 0.0),
                h.getOrDefault(Behaviour.OCCASIONAL, 0.0),
                h.getOrDefault(Behaviour.FREE_RIDER, 0.0),
                r.freeRiderRatio(),
                r.gini(),
                100 * r.zeroHelpShare(),
                100 * r.neverShownShare(),
                100 * r.wastedHelpShare());
    }

    /** The per-column median over seeds. */
    static FairnessReport median(List<FairnessReport> reports) {
        var perRequest = new java.util.EnumMap<Behaviour, Double>(Behaviour.class);
        var hours = new java.util.EnumMap<Behaviour, Double>(Behaviour.class);
        for (var b : Behaviour.values()) {
            perRequest.put(b, median(reports, r -> r.helpsPerRequest().getOrDefault(b, 0.0)));
            hours.put(b, median(reports, r -> r.medianHoursByBehaviour().getOrDefault(b, Double.NaN)));
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
                median(reports, FairnessReport::wastedHelpShare),
                hours);
    }

    private static double median(List<FairnessReport> reports, ToDoubleFunction<FairnessReport> metric) {
        return FairnessRun.median(
                reports.stream().map(r -> metric.applyAsDouble(r)).toList());
    }
}
