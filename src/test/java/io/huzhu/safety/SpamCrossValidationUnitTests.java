package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Five-fold cross-validation of the spam model on the shipped corpus: each fold is classified by a model trained on
 * the other four (stratified by label, seeded shuffle). The floors are the honest figures of the current corpus minus
 * a margin, so a change that makes the model worse fails here; the table goes to docs/safety-corpus.md.
 */
class SpamCrossValidationUnitTests {

    static final long SEED = 20261130L;
    static final int FOLDS = 5;

    @Test
    void fiveFoldCrossValidation() {
        List<SpamCorpus.Line> corpus = SpamCorpus.training();
        Lexicon lexicon = Lexicon.load();
        List<List<SpamCorpus.Line>> folds = folds(corpus);
        SpamEvaluation evaluation = new SpamEvaluation();
        double[] thresholds = {0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9};
        int[][] sweep = new int[thresholds.length][2];
        for (int f = 0; f < FOLDS; f++) {
            List<SpamCorpus.Line> training = new ArrayList<>();
            for (int g = 0; g < FOLDS; g++) {
                if (g != f) {
                    training.addAll(folds.get(g));
                }
            }
            SpamClassifier classifier = SpamClassifier.train(lexicon, training);
            for (SpamCorpus.Line line : folds.get(f)) {
                SpamClassifier.Prediction p = classifier.classify(SpamText.of(NormalisedText.of(line.text())));
                evaluation.add(line, new SpamEvaluation.Outcome(p.isSpam(), p.category()));
                for (int t = 0; t < thresholds.length; t++) {
                    if (p.spamProbability() >= thresholds[t]) {
                        sweep[t][line.label() == 0 ? 1 : 0]++;
                    }
                }
            }
        }
        System.out.printf(
                "Spam model, %d-fold cross-validation (seed %d) on %d lines, lexicon %d words%n%s",
                FOLDS, SEED, corpus.size(), lexicon.size(), evaluation.table());
        for (int t = 0; t < thresholds.length; t++) {
            System.out.printf(
                    "threshold %.2f: spam stopped %d, ham held %d%n", thresholds[t], sweep[t][0], sweep[t][1]);
        }
        evaluation.misses().forEach(m -> System.out.println("MISS        " + m));
        evaluation.falseAlarms().forEach(m -> System.out.println("FALSE ALARM " + m));

        assertThat(evaluation.stoppedRate()).as("spam stopped").isGreaterThanOrEqualTo(0.90);
        assertThat(evaluation.hamHeldRate()).as("ham held").isLessThanOrEqualTo(0.05);
        for (SpamCategory category : SpamCategory.values()) {
            assertThat(evaluation.categoryRecall(category))
                    .as("stopped in %s", category)
                    .isGreaterThanOrEqualTo(0.80);
        }
    }

    /** Stratified folds: each label's lines shuffled (seeded) and dealt round-robin. */
    static List<List<SpamCorpus.Line>> folds(List<SpamCorpus.Line> corpus) {
        List<List<SpamCorpus.Line>> folds = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            folds.add(new ArrayList<>());
        }
        Random random = new Random(SEED);
        for (int label = 0; label < SoftmaxModel.CLASSES; label++) {
            List<SpamCorpus.Line> lines = new ArrayList<>();
            for (SpamCorpus.Line line : corpus) {
                if (line.label() == label) {
                    lines.add(line);
                }
            }
            java.util.Collections.shuffle(lines, random);
            for (int i = 0; i < lines.size(); i++) {
                folds.get(i % FOLDS).add(lines.get(i));
            }
        }
        return folds;
    }
}
