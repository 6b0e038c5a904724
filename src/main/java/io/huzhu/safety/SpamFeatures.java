package io.huzhu.safety;

import java.util.Arrays;

/**
 * The features the spam model sees: every character 1-, 2- and 3-gram of the {@link SpamText} (with a start and an end
 * mark, so "私我" at the end of a message differs from one inside it), hashed into {@value #BITS}-bit buckets, plus a
 * few signals a character n-gram cannot see: lexicon tags ({@link Lexicon}), emoji, and long digit runs (group, QQ and
 * account numbers). Each text is a set of distinct buckets; its vector has the value 1/√m in each of its m
 * buckets, so long and short texts weigh alike.
 */
final class SpamFeatures {

    static final int BITS = 18;
    static final int BUCKETS = 1 << BITS;
    private static final char BEGIN = '\u0002';
    private static final char END = '\u0003';
    /** Added to n of an n-gram inside a warning scope ({@link Warnings}): the same characters, another feature. */
    static final int SCOPED = 16;

    private SpamFeatures() {}

    static int[] of(SpamText text, Lexicon lexicon) {
        String s = text.text();
        int n = s.length();
        if (n == 0) {
            return new int[0];
        }
        int[] raw = new int[3 * (n + 2) + 8];
        int size = 0;
        boolean[] scoped = Warnings.scopes(s);
        for (int i = -1; i <= n; i++) {
            char a = charAt(s, i);
            int salt = scoped != null && scoped[Math.max(0, Math.min(n - 1, i))] ? SCOPED : 0;
            if (i >= 0 && i < n) {
                raw[size++] = bucket(1 + salt, a, (char) 0, (char) 0);
            }
            if (i + 1 <= n) {
                char b = charAt(s, i + 1);
                raw[size++] = bucket(2 + salt, a, b, (char) 0);
                if (i + 2 <= n) {
                    char c = charAt(s, i + 2);
                    raw[size++] = bucket(3 + salt, a, b, c);
                }
            }
        }
        if (scoped != null) {
            raw[size++] = bucket(9, 'W', (char) 0, (char) 0);
        }
        int tags = lexicon.tags(s);
        for (int bit = 0; bit < 3; bit++) {
            if ((tags & (1 << bit)) != 0) {
                raw[size++] = bucket(9, 'L', (char) ('0' + bit), (char) 0);
            }
        }
        if (text.emoji() > 0) {
            raw[size++] = bucket(9, 'E', text.emoji() >= 3 ? '3' : '1', (char) 0);
        }
        if (s.contains("00000")) {
            raw[size++] = bucket(9, 'D', '5', (char) 0);
        }
        return distinct(raw, size);
    }

    /** The distinct values of {@code raw[0, size)} (bucket 0 is never produced: see {@link #bucket}). */
    private static int[] distinct(int[] raw, int size) {
        int[] table = new int[Integer.highestOneBit(Math.max(4, size)) << 2];
        int mask = table.length - 1;
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            int v = raw[i];
            int slot = (v * 0x9E3779B1) >>> 7 & mask;
            while (table[slot] != 0 && table[slot] != v) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = v;
                raw[distinct++] = v;
            }
        }
        return Arrays.copyOf(raw, distinct);
    }

    private static char charAt(String s, int i) {
        return i < 0 ? BEGIN : i >= s.length() ? END : s.charAt(i);
    }

    /** The bucket of one n-gram (n = 9 for the signals). */
    static int bucket(int n, char a, char b, char c) {
        int h = 0x811C9DC5 ^ n;
        h = (h ^ a) * 0x01000193;
        h = (h ^ b) * 0x01000193;
        h = (h ^ c) * 0x01000193;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        int bucket = h & (BUCKETS - 1);
        return bucket == 0 ? 1 : bucket;
    }
}
