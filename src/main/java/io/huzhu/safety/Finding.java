package io.huzhu.safety;

import org.jspecify.annotations.Nullable;

/**
 * One thing the pipeline found: where (character offsets into the screened text, end exclusive), which rule fired,
 * and an explanation in Chinese and English. Never carries the matched value itself: personal data must not leak
 * into logs, audit entries or responses. Spam and ad findings also say which {@link SpamCategory} they are.
 */
public record Finding(
        FindingType type,
        int start,
        int end,
        String rule,
        Action action,
        String explanationZh,
        String explanationEn,
        @Nullable SpamCategory category) {

    public Finding(
            FindingType type,
            int start,
            int end,
            String rule,
            Action action,
            String explanationZh,
            String explanationEn) {
        this(type, start, end, rule, action, explanationZh, explanationEn, null);
    }

    /** The same finding at other offsets (the pipeline maps offsets from the normalised text to the original). */
    Finding at(int newStart, int newEnd) {
        return new Finding(type, newStart, newEnd, rule, action, explanationZh, explanationEn, category);
    }

    /** The same finding with another action (the pipeline sets personal data's action by type). */
    Finding withAction(Action newAction) {
        return new Finding(type, start, end, rule, newAction, explanationZh, explanationEn, category);
    }
}
