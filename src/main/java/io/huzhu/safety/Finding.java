package io.huzhu.safety;

/**
 * One thing the pipeline found: where (character offsets into the screened text, end exclusive), which rule fired,
 * and an explanation in Chinese and English. Never carries the matched value itself: personal data must not leak
 * into logs, audit entries or responses.
 */
public record Finding(
        FindingType type, int start, int end, String rule, Action action, String explanationZh, String explanationEn) {}
