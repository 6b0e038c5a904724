package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores the whole pipeline (production detectors, default platform allowlist, a dry run as {@code POST
 * /api/safety/check} does) on held-out files that were never trained or tuned on: {@code safety/heldout/} (an
 * independent corpus dropped in later) and {@code safety/heldout-project/} (written from the taxonomy before the
 * training corpus). Files: {@code spam-heldout.tsv}, {@code pii-heldout.tsv}, {@code links-heldout.tsv}, UTF-8,
 * {@code LABEL<TAB>message}, {@code #} comments, {@code \n} for a line break. A missing file is skipped with a message.
 * The numbers are printed (surefire's {@code *-output.txt}), not asserted: a held-out set measures, it does not gate.
 */
class HeldoutEvaluationUnitTests {

    static final List<String> DEFAULT_ALLOWLIST =
            List.of("pinduoduo.com", "yangkeduo.com", "taobao.com", "tmall.com", "jd.com", "huzhu.io");
    private static final List<FindingType> PII_TYPES = List.of(
            FindingType.ID_CARD,
            FindingType.BANK_CARD,
            FindingType.PHONE,
            FindingType.EMAIL,
            FindingType.WECHAT_ID,
            FindingType.QQ_ID);

    private final SafetyPipeline pipeline = new SafetyPipeline(
            new PiiDetector()::find,
            PiiDetector::mask,
            new LinkPolicy(new SafetyProperties(DEFAULT_ALLOWLIST)),
            new SpamDetector(SampleStore.inMemory(), new MutableClock()));
    private final ScreenContext context = ScreenContext.plain("MESSAGE");

    static @Nullable String read(String resource) throws IOException {
        try (InputStream in = HeldoutEvaluationUnitTests.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code [label, message]} per line. */
    static List<String[]> lines(String content) {
        List<String[]> lines = new ArrayList<>();
        for (String line : content.split("\n")) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int tab = l.indexOf('\t');
            assertThat(tab).as("no tab in: %s", l).isPositive();
            lines.add(new String[] {l.substring(0, tab).strip(), SpamCorpus.unescape(l.substring(tab + 1))});
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"heldout", "heldout-v2", "heldout-project"})
    void spam(String set) throws IOException {
        String content = read("/safety/" + set + "/spam-heldout.tsv");
        if (content == null) {
            System.out.println("SKIPPED: no safety/" + set + "/spam-heldout.tsv");
            return;
        }
        SpamEvaluation evaluation = new SpamEvaluation();
        for (String[] line : lines(content)) {
            Verdict verdict = pipeline.dryRun(line[1], context);
            SpamCategory category = verdict.findings().stream()
                    .map(Finding::category)
                    .filter(c -> c != null)
                    .findFirst()
                    .orElse(null);
            boolean stopped = verdict.action().compareTo(Action.HOLD) >= 0;
            evaluation.add(
                    new SpamCorpus.Line(SpamCorpus.label(line[0]), line[1]),
                    new SpamEvaluation.Outcome(stopped, category));
        }
        System.out.printf(
                "Held-out spam (%s): spam stopped %.1f %%, ham held %.1f %%%n%s",
                set, 100 * evaluation.stoppedRate(), 100 * evaluation.hamHeldRate(), evaluation.table());
        evaluation.misses().forEach(m -> System.out.println("MISS        " + m));
        evaluation.falseAlarms().forEach(m -> System.out.println("FALSE ALARM " + m));
    }

    @ParameterizedTest
    @ValueSource(strings = {"heldout", "heldout-v2", "heldout-project"})
    void personalData(String set) throws IOException {
        String content = read("/safety/" + set + "/pii-heldout.tsv");
        if (content == null) {
            System.out.println("SKIPPED: no safety/" + set + "/pii-heldout.tsv");
            return;
        }
        Map<FindingType, int[]> counts = new EnumMap<>(FindingType.class); // tp, fp, fn
        PII_TYPES.forEach(t -> counts.put(t, new int[3]));
        int echoed = 0;
        List<String> notes = new ArrayList<>();
        for (String[] line : lines(content)) {
            Set<FindingType> labels = EnumSet.noneOf(FindingType.class);
            if (!line[0].equals("-")) {
                for (String t : line[0].split(",")) {
                    labels.add(FindingType.valueOf(t.strip()));
                }
            }
            String text = line[1];
            Verdict verdict = pipeline.dryRun(text, context);
            Set<FindingType> found = EnumSet.noneOf(FindingType.class);
            for (Finding f : verdict.findings()) {
                if (f.type().isPersonalData()) {
                    found.add(f.type());
                    if (echoes(text, f, verdict)) {
                        echoed++;
                        notes.add("ECHOED      " + f.type() + "\t" + text.replace("\n", "\\n"));
                    }
                }
            }
            for (FindingType t : PII_TYPES) {
                boolean labelled = labels.contains(t);
                boolean hit = found.contains(t);
                if (labelled && hit) {
                    counts.get(t)[0]++;
                } else if (hit) {
                    counts.get(t)[1]++;
                    notes.add("FALSE ALARM " + t + "\t" + text.replace("\n", "\\n"));
                } else if (labelled) {
                    counts.get(t)[2]++;
                    notes.add("MISS        " + t + "\t" + text.replace("\n", "\\n"));
                }
            }
        }
        StringBuilder table = new StringBuilder("| Type | Labelled | TP | FP | FN | Precision | Recall |\n");
        table.append("|---|--:|--:|--:|--:|--:|--:|\n");
        int[] total = new int[3];
        for (FindingType t : PII_TYPES) {
            int[] n = counts.get(t);
            table.append(row(t.name(), n));
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        }
        table.append(row("**All**", total));
        System.out.printf(
                "Held-out personal data (%s): recall %.3f, precision %.3f, raw value echoed %d times%n%s",
                set, ratio(total[0], total[0] + total[2]), ratio(total[0], total[0] + total[1]), echoed, table);
        notes.forEach(System.out::println);
    }

    /** Whether the verdict gives the value back: in the masked text, or in an explanation. */
    private static boolean echoes(String text, Finding f, Verdict verdict) {
        String value = text.substring(f.start(), f.end());
        if (value.length() < 5) {
            return false;
        }
        return verdict.masked().contains(value)
                || f.explanationZh().contains(value)
                || f.explanationEn().contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heldout", "heldout-v2", "heldout-project"})
    void links(String set) throws IOException {
        String content = read("/safety/" + set + "/links-heldout.tsv");
        if (content == null) {
            System.out.println("SKIPPED: no safety/" + set + "/links-heldout.tsv");
            return;
        }
        int attacks = 0;
        int stopped = 0;
        int allows = 0;
        int allowed = 0;
        List<String> notes = new ArrayList<>();
        for (String[] line : lines(content)) {
            Verdict verdict = pipeline.dryRun(line[1], context);
            boolean held = verdict.action().compareTo(Action.HOLD) >= 0;
            String rules =
                    verdict.findings().stream().map(Finding::rule).toList().toString();
            if (line[0].equals("ATTACK")) {
                attacks++;
                if (held) {
                    stopped++;
                } else {
                    notes.add("ATTACK ALLOWED " + line[1].replace("\n", "\\n"));
                }
            } else {
                allows++;
                if (!held) {
                    allowed++;
                } else {
                    notes.add("ALLOW HELD     " + line[1].replace("\n", "\\n") + "  " + rules);
                }
            }
        }
        System.out.printf(
                "Held-out links (%s): attacks stopped %d/%d (%.1f %%), allowlisted allowed %d/%d (%.1f %%)%n",
                set, stopped, attacks, 100 * ratio(stopped, attacks), allowed, allows, 100 * ratio(allowed, allows));
        notes.forEach(System.out::println);
    }

    private static String row(String name, int[] n) {
        return String.format(
                "| %s | %d | %d | %d | %d | %.3f | %.3f |%n",
                name, n[0] + n[2], n[0], n[1], n[2], ratio(n[0], n[0] + n[1]), ratio(n[0], n[0] + n[2]));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : part / (double) whole;
    }
}
