package io.huzhu.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The tagged Chinese lexicon of {@code com.github.houbb:sensitive-word} (its {@code sensitive_word_tags.txt}): words
 * tagged adult (2), gambling (3) and illegal or fraud (4), folded like the model's text ({@link SpamText}). A hit is
 * not a verdict (warnings name the same words: "赌博害人"); it becomes a feature of the model, which learns from the
 * corpus how much each tag counts. Only words of 2–8 model characters with at least one Chinese character are kept (longer
 * entries are old site names, pure Latin ones match inside ordinary words), minus the library's own allow list.
 *
 * <p>Lookup is a rolling 64-bit hash of every substring of 2–8 characters in an open-addressing table: no strings and
 * no boxing per message.
 */
final class Lexicon {

    static final int ADULT = 1;
    static final int GAMBLING = 2;
    static final int FRAUD = 4;
    static final int MIN = 2;
    static final int MAX = 8;
    private static final String TAGS = "/sensitive_word_tags.txt";
    private static final String ALLOW = "/sensitive_word_allow.txt";
    private static final long MUL = 0x100000001B3L;

    private final long[] keys;
    private final byte[] tags;
    /** The characters a word starts with: a lookup starts only there. */
    private final boolean[] first;

    private final int mask;
    private final int size;

    private Lexicon(long[] keys, byte[] tags, boolean[] first, int size) {
        this.keys = keys;
        this.first = first;
        this.tags = tags;
        this.mask = keys.length - 1;
        this.size = size;
    }

    /** The library's lexicon, or an empty one if its file is not on the class path. */
    static Lexicon load() {
        Set<String> allow = new HashSet<>(lines(ALLOW));
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        for (String line : lines(TAGS)) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            int bits = bits(line.substring(space + 1));
            String word = line.substring(0, space);
            if (bits == 0 || allow.contains(word) || !hasChinese(word)) {
                continue;
            }
            String folded = SpamText.compact(word);
            if (folded.length() >= MIN && folded.length() <= MAX) {
                words.merge(folded, bits, (a, b) -> a | b);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
        long[] keys = new long[capacity];
        byte[] tags = new byte[capacity];
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        words.forEach((word, bits) -> {
            put(keys, tags, hash(word, 0, word.length()), bits);
            first[word.charAt(0)] = true;
        });
        return new Lexicon(keys, tags, first, words.size());
    }

    private static int bits(String tagList) {
        int bits = 0;
        for (String t : tagList.split(",")) {
            bits |= switch (t.strip()) {
                case "2" -> ADULT;
                case "3" -> GAMBLING;
                case "4" -> FRAUD;
                default -> 0;
            };
        }
        return bits;
    }

    private static boolean hasChinese(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static java.util.List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return java.util.List.of();
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * MUL;
        }
        return h == 0 ? 1 : h;
    }

    private static void put(long[] keys, byte[] tags, long key, int bits) {
        int slot = (int) (mix(key) & (keys.length - 1));
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        tags[slot] |= (byte) bits;
    }

    private static long mix(long key) {
        return key ^ (key >>> 29) ^ (key >>> 47);
    }

    /** How many words the lexicon holds. */
    int size() {
        return size;
    }

    /** The tags (bits) of every lexicon word found in a model text. */
    int tags(String text) {
        if (size == 0) {
            return 0;
        }
        int found = 0;
        int n = text.length();
        for (int i = 0; i + MIN <= n; i++) {
            if (!first[text.charAt(i)]) {
                continue;
            }
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < n && j < i + MAX; j++) {
                h = (h ^ text.charAt(j)) * MUL;
                if (j - i + 1 >= MIN) {
                    found |= lookup(h == 0 ? 1 : h);
                }
            }
        }
        return found;
    }

    private int lookup(long key) {
        int slot = (int) (mix(key) & mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return tags[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }
}
