package io.huzhu.group;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invite codes: 8 characters of Crockford's base32 (no I, L, O, U), 40 random bits, like task share codes. Lookups
 * by code are rate-limited per user, so guessing one is impractical.
 */
final class InviteCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {}

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Accepts what people type: lower case, spaces and dashes, and the look-alikes O→0, I/L→1. */
    static String normalise(String typed) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
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
