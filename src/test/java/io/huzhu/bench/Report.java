package io.huzhu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The Markdown tables of {@code bench/run}: one per run, then the medians over the runs. */
final class Report {

    private Report() {}

    static void print(LoadGenerator g, String title, List<LoadGenerator.Row> rows) {
        Double ceiling = rate(rows, "ceiling");
        Double reference = rate(rows, "pgbench reference");
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n%s: %d s per scenario after %d s warm-up, %d connections, %d tasks, %d helpers, driver %s%n%n",
                title,
                g.duration,
                g.warmup,
                g.connections,
                g.tasks,
                g.helpers,
                g.driver));
        out.append("| scenario | requests/s | p50 ms | p99 ms | server CPU µs/op | PostgreSQL CPU µs/op"
                + " | load generator CPU µs/op | DB commits/op | × ceiling | × pgbench | errors | correctness |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (LoadGenerator.Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.2f | %.2f | %.0f | %.0f | %.0f | %.2f | %s | %s | %d | %s |%n",
                    r.scenario(),
                    r.rate(),
                    r.p50Ms(),
                    r.p99Ms(),
                    r.serverCpuMicros(),
                    r.pgCpuMicros(),
                    r.loadCpuMicros(),
                    r.commitsPerOp(),
                    ratio(r, ceiling),
                    r.scenario().equals("pgbench reference") || r.scenario().equals("ceiling")
                            ? "n/a"
                            : ratio(r, reference),
                    r.errors(),
                    r.correctness()));
        }
        Map<String, String> notes = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.note().isEmpty()).forEach(r -> notes.put(r.scenario(), r.note()));
        notes.forEach((k, v) -> out.append(String.format("%n%s: %s", k, v)));
        System.out.println(out);
    }

    /** Per scenario, the median of every column over the runs (so a row's figures may come from different runs). */
    static List<LoadGenerator.Row> medians(List<List<LoadGenerator.Row>> runs) {
        List<LoadGenerator.Row> out = new ArrayList<>();
        for (int i = 0; i < runs.getFirst().size(); i++) {
            int index = i;
            List<LoadGenerator.Row> same =
                    runs.stream().map(rows -> rows.get(index)).toList();
            double seconds = median(same, LoadGenerator.Row::seconds);
            List<String> verdicts =
                    same.stream().map(LoadGenerator.Row::correctness).distinct().toList();
            String correctness = verdicts.stream().allMatch(v -> v.startsWith("OK") || v.equals("n/a"))
                    ? (verdicts.contains("n/a") ? "n/a" : "OK in all " + runs.size() + " runs")
                    : String.join(" / ", verdicts);
            out.add(new LoadGenerator.Row(
                    same.getFirst().scenario(),
                    Math.round(median(same, LoadGenerator.Row::rate) * seconds),
                    Math.round(median(same, LoadGenerator.Row::errors)),
                    seconds,
                    median(same, LoadGenerator.Row::p50Ms),
                    median(same, LoadGenerator.Row::p99Ms),
                    median(same, LoadGenerator.Row::serverCpuMicros),
                    median(same, LoadGenerator.Row::pgCpuMicros),
                    median(same, LoadGenerator.Row::loadCpuMicros),
                    median(same, LoadGenerator.Row::commitsPerOp),
                    correctness,
                    ""));
        }
        return out;
    }

    /** Each assist scenario's ratios to the ceiling and to the reference, run by run, and their medians. */
    static void printRatios(List<List<LoadGenerator.Row>> runs) {
        StringBuilder out = new StringBuilder("\nRatios run by run (median):\n");
        for (int i = 0; i < runs.getFirst().size(); i++) {
            String scenario = runs.getFirst().get(i).scenario();
            if (scenario.equals("ceiling") || scenario.equals("pgbench reference")) {
                continue;
            }
            for (String base : List.of("ceiling", "pgbench reference")) {
                List<Double> ratios = new ArrayList<>();
                for (List<LoadGenerator.Row> rows : runs) {
                    Double b = rate(rows, base);
                    if (b != null && b > 0) {
                        ratios.add(rows.get(i).rate() / b);
                    }
                }
                if (!ratios.isEmpty()) {
                    double[] sorted = ratios.stream()
                            .mapToDouble(Double::doubleValue)
                            .sorted()
                            .toArray();
                    out.append(String.format(
                            Locale.ROOT,
                            "- %s × %s: %s (median %.2f)%n",
                            scenario,
                            base,
                            ratios.stream()
                                    .map(r -> String.format(Locale.ROOT, "%.2f", r))
                                    .toList(),
                            sorted.length % 2 == 1
                                    ? sorted[sorted.length / 2]
                                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2));
                }
            }
        }
        System.out.println(out);
    }

    private static double median(List<LoadGenerator.Row> rows, ToDoubleFunction<LoadGenerator.Row> column) {
        double[] values = rows.stream().mapToDouble(column).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static Double rate(List<LoadGenerator.Row> rows, String scenario) {
        return rows.stream()
                .filter(r -> r.scenario().equals(scenario))
                .map(LoadGenerator.Row::rate)
                .findFirst()
                .orElse(null);
    }

    private static String ratio(LoadGenerator.Row row, Double base) {
        return base == null || base <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", row.rate() / base);
    }
}
