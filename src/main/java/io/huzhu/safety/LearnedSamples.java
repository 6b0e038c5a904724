package io.huzhu.safety;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The texts admins decided on, as character n-gram vectors ({@link NGrams}): a message at least
 * {@value #SIMILAR} similar to a confirmed spam sample (and closer to it than to any overturned one) is held at once,
 * before the model has generalised from it; a message at least {@value #OVERTURNED} similar to an overturned hold is
 * not held by the model again.
 */
final class LearnedSamples {

    static final double SIMILAR = 0.5;
    static final double OVERTURNED = 0.8;
    private static final int MIN_LENGTH = 6;

    private final List<NGrams> spam = new CopyOnWriteArrayList<>();
    private final List<NGrams> ham = new CopyOnWriteArrayList<>();

    /**
     * The form samples are compared in: letters, digits and Chinese characters, lower-cased, digits kept (unlike the
     * model's text: with every digit folded, random ids and hex codes would all look alike).
     */
    static String compact(NormalisedText text) {
        String s = text.text();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    void add(boolean isSpam, String compact) {
        NGrams grams = NGrams.of(compact);
        if (!grams.isEmpty()) {
            (isSpam ? spam : ham).add(grams);
        }
    }

    /** No admin has decided anything yet: nothing to compare with. */
    boolean isEmpty() {
        return spam.isEmpty() && ham.isEmpty();
    }

    /** The similarity to the closest confirmed spam sample if it counts, else null. */
    @Nullable
    Double similarToSpam(String compact) {
        if (compact.length() < MIN_LENGTH || spam.isEmpty()) {
            return null;
        }
        NGrams grams = NGrams.of(compact);
        double best = 0;
        for (NGrams s : spam) {
            best = Math.max(best, grams.cosine(s));
        }
        if (best < SIMILAR) {
            return null;
        }
        for (NGrams h : ham) {
            if (grams.cosine(h) >= best) {
                return null;
            }
        }
        return best;
    }

    /** Whether an admin overturned a hold of (nearly) this text. */
    boolean overturned(String compact) {
        if (ham.isEmpty()) {
            return false;
        }
        NGrams grams = NGrams.of(compact);
        for (NGrams h : ham) {
            if (grams.cosine(h) >= OVERTURNED) {
                return true;
            }
        }
        return false;
    }
}
