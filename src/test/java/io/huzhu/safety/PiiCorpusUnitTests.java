package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code safety/pii-positive.txt} and {@code safety/pii-negative.txt} through the detector, scoring per line and
 * type: a type found on a line labelled with it is a true positive, a type found on a line not labelled with it a
 * false positive, a label not found a false negative. Prints a Markdown table (copied to docs/safety-corpus.md).
 */
class PiiCorpusUnitTests {

    private static final List<FindingType> TYPES = List.of(
            FindingType.ID_CARD,
            FindingType.BANK_CARD,
            FindingType.PHONE,
            FindingType.EMAIL,
            FindingType.WECHAT_ID,
            FindingType.QQ_ID);

    record Case(Set<FindingType> labels, String text) {}

    static List<Case> load(String resource) throws IOException {
        try (InputStream in = PiiCorpusUnitTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                assertThat(tab).as("no tab in: %s", line).isPositive();
                String label = line.substring(0, tab);
                Set<FindingType> labels = label.equals("-")
                        ? EnumSet.noneOf(FindingType.class)
                        : EnumSet.copyOf(List.of(label.split(",")).stream()
                                .map(FindingType::valueOf)
                                .toList());
                cases.add(new Case(labels, line.substring(tab + 1)));
            }
            return cases;
        }
    }

    @Test
    void corpusPrecisionAndRecall() throws IOException {
        List<Case> positives = load("/safety/pii-positive.txt");
        List<Case> negatives = load("/safety/pii-negative.txt");
        assertThat(positives).hasSizeGreaterThanOrEqualTo(60);
        assertThat(negatives).hasSizeGreaterThanOrEqualTo(60);

        PiiDetector detector = new PiiDetector();
        Map<FindingType, int[]> counts = new EnumMap<>(FindingType.class); // tp, fp, fn
        TYPES.forEach(t -> counts.put(t, new int[3]));
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<Case> all = new ArrayList<>(positives);
        all.addAll(negatives);
        for (Case c : all) {
            List<Finding> findings = detector.find(c.text());
            for (Finding f : findings) {
                assertThat(f.start()).isBetween(0, f.end() - 1);
                assertThat(f.end()).isLessThanOrEqualTo(c.text().length());
            }
            Set<FindingType> found = findings.stream()
                    .map(Finding::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingType.class)));
            for (FindingType t : TYPES) {
                boolean labelled = c.labels().contains(t);
                boolean hit = found.contains(t);
                if (labelled && hit) {
                    counts.get(t)[0]++;
                } else if (hit) {
                    counts.get(t)[1]++;
                    falseAlarms.add(t + "\t" + c.text());
                } else if (labelled) {
                    counts.get(t)[2]++;
                    misses.add(t + "\t" + c.text());
                }
            }
        }

        StringBuilder table = new StringBuilder("| Type | Labelled | TP | FP | FN | Precision | Recall |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[3];
        for (FindingType t : TYPES) {
            int[] n = counts.get(t);
            row(table, t.name(), n);
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        }
        row(table, "**All**", total);
        System.out.printf(
                "PII corpus: %d positive lines, %d negative lines%n%s", positives.size(), negatives.size(), table);
        misses.forEach(m -> System.out.println("MISS        " + m));
        falseAlarms.forEach(m -> System.out.println("FALSE ALARM " + m));

        assertThat(precision(total)).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall(total)).as("overall recall").isGreaterThanOrEqualTo(0.95);
        for (Case c : negatives) {
            assertThat(detector.find(c.text()))
                    .as("negative flagged as ID or card: %s", c.text())
                    .noneMatch(f -> f.type() == FindingType.ID_CARD || f.type() == FindingType.BANK_CARD);
        }
    }

    private static void row(StringBuilder table, String name, int[] n) {
        table.append(String.format(
                "| %s | %d | %d | %d | %d | %.3f | %.3f |%n",
                name, n[0] + n[2], n[0], n[1], n[2], precision(n), recall(n)));
    }

    private static double precision(int[] n) {
        return n[0] + n[1] == 0 ? 1.0 : (double) n[0] / (n[0] + n[1]);
    }

    private static double recall(int[] n) {
        return n[0] + n[2] == 0 ? 1.0 : (double) n[0] / (n[0] + n[2]);
    }
}
