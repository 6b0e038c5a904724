package io.huzhu.shared;

import java.security.SecureRandom;

/**
 * Short codes that people read aloud and type: task share codes (口令) and group invite codes. 8 characters of
 * Crockford's base32 (no I, L, O, U), 40 random bits; lookups by code are rate-limited, so guessing one is
 * impractical.
 */
public final class ShortCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCodes() {}

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Accepts what people type: lower case, spaces and dashes, and the look-alikes O→0, I/L→1. */
    public static String normalise(String typed) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-' -> {}
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
