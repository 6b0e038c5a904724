package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spam corpus through the whole pipeline (with the seed samples only, no learned ones): messages to hold
 * ({@code spam-positive.txt}) and ordinary assist-group messages ({@code spam-negative.txt}). A message counts as
 * caught when the verdict is HOLD or stricter. Precision and recall must both be at least 0.9.
 */
class SpamCorpusUnitTests {

    private static final Logger log = LoggerFactory.getLogger(SpamCorpusUnitTests.class);

    static List<String> corpus(String name) throws IOException {
        try (InputStream in = SpamCorpusUnitTests.class.getResourceAsStream("/safety/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void precisionAndRecallAreAtLeastNinetyPercent() throws IOException {
        SafetyPipeline pipeline = SafetyFixtures.pipeline(new MutableClock());
        List<String> positive = corpus("spam-positive.txt");
        List<String> negative = corpus("spam-negative.txt");
        assertThat(positive).hasSizeGreaterThanOrEqualTo(50);
        assertThat(negative).hasSizeGreaterThanOrEqualTo(50);

        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int truePositives = 0;
        for (String text : positive) {
            if (held(pipeline, text)) {
                truePositives++;
            } else {
                missed.add(text);
            }
        }
        for (String text : negative) {
            Verdict verdict = pipeline.screen(text, ScreenContext.plain("MESSAGE"));
            if (verdict.action().compareTo(Action.HOLD) >= 0) {
                falseAlarms.add(text + " "
                        + verdict.findings().stream().map(Finding::rule).toList());
            }
        }
        int falsePositives = falseAlarms.size();
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) positive.size();
        log.info(
                "Spam corpus: {} positive, {} negative; TP {}, FN {}, FP {}, TN {}; precision {}, recall {}",
                positive.size(),
                negative.size(),
                truePositives,
                missed.size(),
                falsePositives,
                negative.size() - falsePositives,
                String.format("%.3f", precision),
                String.format("%.3f", recall));
        log.info("Missed: {}", missed);
        log.info("False alarms: {}", falseAlarms);
        assertThat(precision).as("precision; false alarms %s", falseAlarms).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall; missed %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    private static boolean held(SafetyPipeline pipeline, String text) {
        return pipeline.screen(text, ScreenContext.plain("MESSAGE")).action().compareTo(Action.HOLD) >= 0;
    }
}
