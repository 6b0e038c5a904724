package io.huzhu.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Spam and ads: the learned classifier ({@link SpamClassifier}, eleven categories over character n-grams of the
 * {@link SpamText}) plus the rules that are sharper than a model: texts admins confirmed ({@link LearnedSamples}),
 * message shape ({@link ShapeRules}) and per-author duplicates and floods ({@link AuthorMemory}). Each finding names
 * what fired: {@code MODEL_<CATEGORY>}, {@code SIMILAR_TO_SPAM}, {@code TOO_MANY_EMOJI}, {@code DUPLICATE}, …
 *
 * <p>Admin decisions are stored ({@link SampleStore}, personal data masked by the pipeline) and replayed, oldest
 * first, when the detector is first used after a start, so the model a restart builds is the model admins left.
 */
final class SpamDetector {

    private final SampleStore store;
    private final SpamClassifier classifier;
    private final LearnedSamples learned = new LearnedSamples();
    private final AuthorMemory authors;
    private volatile boolean learnedLoaded;

    SpamDetector(SampleStore store, Clock clock) {
        this(store, clock, SpamClassifier.shipped());
    }

    SpamDetector(SampleStore store, Clock clock, SpamClassifier classifier) {
        this.store = store;
        this.classifier = classifier;
        this.authors = new AuthorMemory(clock);
    }

    private void loadLearned() {
        if (learnedLoaded) {
            return;
        }
        synchronized (this) {
            if (!learnedLoaded) {
                List<SampleStore.Sample> samples = new ArrayList<>(store.load());
                for (SampleStore.Sample s : samples.reversed()) {
                    remember(s.kind() == SampleStore.Kind.SPAM, s.text());
                }
                learnedLoaded = true;
            }
        }
    }

    private void remember(boolean spam, String text) {
        NormalisedText normalised = NormalisedText.of(text);
        SpamText model = SpamText.of(normalised);
        learned.add(spam, LearnedSamples.compact(normalised));
        if (spam) {
            classifier.learnSpam(model);
        } else {
            classifier.learnHam(model);
        }
    }

    /** Adds a spam sample (the text should have its personal data masked already). */
    void learnSpam(String text) {
        loadLearned();
        synchronized (this) {
            remember(true, text);
        }
        store.save(SampleStore.Kind.SPAM, text);
    }

    /** Adds a ham sample: texts like it are no longer held by the model or by similarity. */
    void learnHam(String text) {
        loadLearned();
        synchronized (this) {
            remember(false, text);
        }
        store.save(SampleStore.Kind.HAM, text);
    }

    /** Screens a text as the real thing: duplicate and flood memory is updated. */
    List<Finding> find(String text, ScreenContext context) {
        NormalisedText normalised = NormalisedText.of(text);
        return find(normalised, LinkExtractor.extract(normalised.text()), context, true);
    }

    /** Screens a prepared text. With {@code remember} false (a dry run) the per-author memory is read, not changed. */
    List<Finding> find(NormalisedText text, List<LinkExtractor.Link> links, ScreenContext context, boolean remember) {
        loadLearned();
        List<Finding> findings = new ArrayList<>(2);
        SpamText model = SpamText.of(text, links);
        SpamClassifier.Prediction prediction = classifier.classify(model);
        String compact = learned.isEmpty() ? "" : LearnedSamples.compact(text);
        if (prediction.isSpam() && !learned.overturned(compact)) {
            findings.add(modelFinding(text, model, prediction));
        }
        Double similarity = learned.similarToSpam(compact);
        if (similarity != null && prediction.category() != null) {
            findings.add(Findings.similar(
                    text.original().length(), (int) Math.round(similarity * 100), prediction.category()));
        }
        ShapeRules.check(text, links, context, findings);
        authors.check(text, context, remember, findings);
        return findings;
    }

    /** The model's reading of a text (for evaluation). */
    SpamClassifier.Prediction classify(String text) {
        return classifier.classify(SpamText.of(NormalisedText.of(text)));
    }

    private Finding modelFinding(NormalisedText text, SpamText model, SpamClassifier.Prediction prediction) {
        SpamCategory category = prediction.category();
        int[] span = classifier.evidence(model, category);
        int start = text.originalStart(model.normalisedIndex(span[0]));
        int end = text.originalEnd(model.normalisedIndex(span[1] - 1) + 1);
        return Findings.model(category, start, Math.max(end, start + 1), prediction.spamProbability());
    }
}
