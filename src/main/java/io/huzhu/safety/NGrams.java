package io.huzhu.safety;

import java.util.Arrays;

/**
 * A character bigram + trigram vector of a compact text (letters, digits and Chinese characters only), stored as
 * sorted packed keys with counts: cosine similarity is a merge of two sorted arrays, with no strings or boxing.
 * Word tokenisers split on spaces, which Chinese has none of; character n-grams need no dictionary.
 */
final class NGrams {

    private static final long TRIGRAM = 1L << 62;
    /** Spam samples are short: the first 600 characters decide (long spam is caught by its phrases). */
    private static final int MAX_CHARS = 600;

    private final long[] keys;
    private final int[] counts;
    private final double norm;

    private NGrams(long[] keys, int[] counts, double norm) {
        this.keys = keys;
        this.counts = counts;
        this.norm = norm;
    }

    static NGrams of(CharSequence compact) {
        int n = Math.min(compact.length(), MAX_CHARS);
        if (n < 2) {
            return new NGrams(new long[0], new int[0], 0);
        }
        long[] raw = new long[2 * n - 3 + 1];
        int size = 0;
        for (int i = 0; i + 1 < n; i++) {
            long a = compact.charAt(i);
            long b = compact.charAt(i + 1);
            raw[size++] = (a << 16) | b;
            if (i + 2 < n) {
                raw[size++] = TRIGRAM | (a << 32) | (b << 16) | compact.charAt(i + 2);
            }
        }
        Arrays.sort(raw, 0, size);
        long[] keys = new long[size];
        int[] counts = new int[size];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct > 0 && keys[distinct - 1] == raw[i]) {
                counts[distinct - 1]++;
            } else {
                keys[distinct] = raw[i];
                counts[distinct] = 1;
                distinct++;
            }
        }
        double sum = 0;
        for (int i = 0; i < distinct; i++) {
            sum += (double) counts[i] * counts[i];
        }
        return new NGrams(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct), Math.sqrt(sum));
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    double cosine(NGrams other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        long dot = 0;
        int i = 0;
        int j = 0;
        while (i < keys.length && j < other.keys.length) {
            long a = keys[i];
            long b = other.keys[j];
            if (a == b) {
                dot += (long) counts[i++] * other.counts[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * other.norm);
    }
}
