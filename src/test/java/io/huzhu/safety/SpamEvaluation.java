package io.huzhu.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores spam decisions per category: for each labelled line, whether it was stopped (held or worse) and which
 * category was named. Per category: how many of its lines were stopped (recall of stopping), and the precision and
 * recall of naming it; for ordinary lines, how many were stopped (false alarms). Prints a Markdown table.
 */
final class SpamEvaluation {

    /** What happened to one line. */
    record Outcome(boolean stopped, @Nullable SpamCategory category) {}

    private final Map<SpamCategory, int[]> counts = new EnumMap<>(SpamCategory.class); // n, stopped, named right
    private final Map<SpamCategory, Integer> named = new EnumMap<>(SpamCategory.class); // named at all
    private int ham;
    private int hamStopped;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseAlarms = new ArrayList<>();

    void add(SpamCorpus.Line line, Outcome outcome) {
        SpamCategory truth = line.category();
        if (outcome.stopped() && outcome.category() != null) {
            named.merge(outcome.category(), 1, Integer::sum);
        }
        if (truth == null) {
            ham++;
            if (outcome.stopped()) {
                hamStopped++;
                falseAlarms.add(line.text().replace("\n", "\\n") + "  → " + outcome.category());
            }
            return;
        }
        int[] c = counts.computeIfAbsent(truth, k -> new int[3]);
        c[0]++;
        if (outcome.stopped()) {
            c[1]++;
            if (truth == outcome.category()) {
                c[2]++;
            }
        } else {
            misses.add(truth + "\t" + line.text().replace("\n", "\\n"));
        }
    }

    int spamLines() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    double stoppedRate() {
        int n = spamLines();
        return n == 0 ? 1 : counts.values().stream().mapToInt(c -> c[1]).sum() / (double) n;
    }

    double categoryRecall(SpamCategory category) {
        int[] c = counts.get(category);
        return c == null || c[0] == 0 ? 1 : c[1] / (double) c[0];
    }

    double hamHeldRate() {
        return ham == 0 ? 0 : hamStopped / (double) ham;
    }

    List<String> misses() {
        return misses;
    }

    List<String> falseAlarms() {
        return falseAlarms;
    }

    String table() {
        StringBuilder t = new StringBuilder(
                "| Category | Lines | Stopped | Stopped % | Named right | Category precision | Category recall |\n");
        t.append("|---|--:|--:|--:|--:|--:|--:|\n");
        int n = 0;
        int stopped = 0;
        int right = 0;
        for (SpamCategory category : SpamCategory.values()) {
            int[] c = counts.getOrDefault(category, new int[3]);
            int namedAll = named.getOrDefault(category, 0);
            n += c[0];
            stopped += c[1];
            right += c[2];
            t.append(String.format(
                    "| %s | %d | %d | %.1f | %d | %s | %s |%n",
                    category,
                    c[0],
                    c[1],
                    percent(c[1], c[0]),
                    c[2],
                    namedAll == 0 ? "–" : String.format("%.3f", c[2] / (double) namedAll),
                    c[0] == 0 ? "–" : String.format("%.3f", c[2] / (double) c[0])));
        }
        t.append(String.format(
                "| **All spam** | %d | %d | %.1f | %d | | %.3f |%n",
                n, stopped, percent(stopped, n), right, n == 0 ? 0 : right / (double) n));
        t.append(String.format(
                "| **HAM (held = false alarm)** | %d | %d | %.1f | | | |%n",
                ham, hamStopped, percent(hamStopped, ham)));
        return t.toString();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
