package io.huzhu.safety;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learned half of spam detection: a {@link SoftmaxModel} trained on the shipped corpus ({@link SpamCorpus}) at
 * start-up, once per JVM (about a second), then copied for each detector so admins' decisions only change their own.
 * A text is spam when the model gives ordinary text less than {@code 1 - }{@value #THRESHOLD}; its category is the
 * likeliest spam class. Admin decisions move the model towards the decided class at once ({@link #learn}).
 */
final class SpamClassifier {

    /** Spam when P(spam) = 1 − P(ordinary) reaches this; chosen by cross-validation on the training corpus. */
    static final double THRESHOLD = 0.45;

    static final long SEED = 20261130L;

    /** Shorter texts ("+1", "收到👌", "私我") carry too little for the model to judge: the other rules still apply. */
    static final int MIN_CHARS = 4;

    /** The model's reading of a text. */
    record Prediction(@Nullable SpamCategory category, double spamProbability) {

        boolean isSpam() {
            return category != null && spamProbability >= THRESHOLD;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SpamClassifier.class);
    private static final Object TRAINING_LOCK = new Object();
    private static volatile @Nullable SpamClassifier shipped;

    private final Lexicon lexicon;
    private final SoftmaxModel model;

    SpamClassifier(Lexicon lexicon, SoftmaxModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** A fresh copy of the model trained on the shipped corpus (trained once per JVM). */
    static SpamClassifier shipped() {
        SpamClassifier trained = shipped;
        if (trained == null) {
            synchronized (TRAINING_LOCK) {
                trained = shipped;
                if (trained == null) {
                    long start = System.nanoTime();
                    Lexicon lexicon = Lexicon.load();
                    List<SpamCorpus.Line> corpus = SpamCorpus.training();
                    trained = train(lexicon, corpus);
                    shipped = trained;
                    log.info(
                            "Spam model trained on {} corpus lines with a {}-word lexicon in {} ms",
                            corpus.size(),
                            lexicon.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return new SpamClassifier(trained.lexicon, trained.model.copy());
    }

    /** A model trained on {@code lines} (cross-validation trains one per fold). */
    static SpamClassifier train(Lexicon lexicon, List<SpamCorpus.Line> lines) {
        List<SoftmaxModel.Example> examples = new ArrayList<>(lines.size());
        for (SpamCorpus.Line line : lines) {
            SpamText text = SpamText.of(NormalisedText.of(line.text()));
            examples.add(new SoftmaxModel.Example(line.label(), SpamFeatures.of(text, lexicon)));
        }
        return new SpamClassifier(lexicon, SoftmaxModel.train(examples, SEED));
    }

    Prediction classify(SpamText text) {
        if (letters(text) < MIN_CHARS) {
            return new Prediction(null, 0);
        }
        double[] p = model.probabilities(SpamFeatures.of(text, lexicon));
        int best = 1;
        for (int k = 2; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Prediction(SpamCategory.values()[best - 1], 1 - p[0]);
    }

    private static int letters(SpamText text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!SpamText.isBreak(text.text().charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** An admin confirmed spam: the text moves to its likeliest spam category. */
    void learnSpam(SpamText text) {
        Prediction prediction = classify(text);
        SpamCategory category = prediction.category() == null ? SpamCategory.TRAFFIC_DIVERSION : prediction.category();
        learn(text, category.ordinal() + 1);
    }

    /** An admin overturned a hold: the text moves to ordinary. */
    void learnHam(SpamText text) {
        learn(text, 0);
    }

    private void learn(SpamText text, int label) {
        if (text.length() > 0) {
            model.learn(SpamFeatures.of(text, lexicon), label, 0.9);
        }
    }

    /**
     * The part of the text that speaks most for {@code category}: the run of model characters whose n-grams push
     * hardest towards it (a maximum-sum run), as {@code [start, end)} in model characters.
     */
    int[] evidence(SpamText text, SpamCategory category) {
        String s = text.text();
        int label = category.ordinal() + 1;
        double best = 0;
        double current = 0;
        int start = 0;
        int[] span = {0, s.length()};
        for (int i = 0; i < s.length(); i++) {
            double push = model.push(SpamFeatures.bucket(1, s.charAt(i), (char) 0, (char) 0), label);
            if (i + 1 < s.length()) {
                push += model.push(SpamFeatures.bucket(2, s.charAt(i), s.charAt(i + 1), (char) 0), label);
            }
            if (i + 2 < s.length()) {
                push += model.push(SpamFeatures.bucket(3, s.charAt(i), s.charAt(i + 1), s.charAt(i + 2)), label);
            }
            if (current <= 0) {
                current = 0;
                start = i;
            }
            current += push;
            if (current > best) {
                best = current;
                span = new int[] {start, Math.min(s.length(), i + 3)};
            }
        }
        return span;
    }
}
