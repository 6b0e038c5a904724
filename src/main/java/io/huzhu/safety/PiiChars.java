package io.huzhu.safety;

/**
 * Character classes of the personal-data detectors: digits in every style people type them, the separators that may
 * sit between the digits of one number, and small ASCII helpers. The detectors run on {@link NormalisedText#text()},
 * where full-width forms are already half-width; these also accept full-width forms so they work on raw text too.
 */
final class PiiChars {

    private PiiChars() {}

    /** The value of a digit in any style we read (ASCII, full-width, circled, Chinese), or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        if (c >= '\u2460' && c <= '\u2468') { // ① … ⑨
            return c - '\u2460' + 1;
        }
        if (c >= '\u2776' && c <= '\u277E') { // ❶ … ❾
            return c - '\u2776' + 1;
        }
        if (c >= '\u2780' && c <= '\u2788') { // ➀ … ➈
            return c - '\u2780' + 1;
        }
        if (c >= '\u278A' && c <= '\u2792') { // ➊ … ➒
            return c - '\u278A' + 1;
        }
        if (c < '\u3007') {
            if (c == '\u24EA' || c == '\u24FF') { // ⓪ ⓿
                return 0;
            }
            return c >= '\u0660' ? Character.digit(c, 10) : -1; // Arabic-Indic, Devanagari … decimal digits
        }
        return chinese(c);
    }

    /**
     * The value of a Chinese numeral, or -1: the ordinary and financial forms, and the radio-operator readings used to
     * spell numbers out loud (幺 1, 两 2, 拐 7, 勾 9, 洞 0).
     */
    static int chinese(char c) {
        return switch (c) {
            case '零', '〇', '洞' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '贰', '貳', '两' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒', '拐' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖', '勾' -> 9;
            default -> -1;
        };
    }

    /**
     * Characters that may sit between the digits of one number: spaces of every width, line breaks, dashes, dots
     * (。 ․ · too), commas, slashes, brackets, zero-width characters, variation selectors and keycap marks, emoji and
     * other symbols.
     */
    static boolean separator(char c) {
        switch (c) {
            case ' ',
                    '\u3000',
                    '\u00A0',
                    '\t',
                    '\n',
                    '\r',
                    '-',
                    '－',
                    '‐',
                    '‑',
                    '–',
                    '—',
                    '.',
                    '．',
                    '。',
                    '｡',
                    '․',
                    '·',
                    '•',
                    '・',
                    '、',
                    ',',
                    '，',
                    '_',
                    '＿',
                    '/',
                    '／',
                    '\\',
                    '|',
                    '~',
                    '～',
                    '(',
                    ')',
                    '（',
                    '）',
                    '[',
                    ']',
                    '【',
                    '】',
                    '\u200B',
                    '\u200C',
                    '\u200D',
                    '\u2060',
                    '\uFEFF',
                    '\u180E' -> {
                return true;
            }
            default -> {
                if (Character.isSurrogate(c)) {
                    return true; // emoji outside the BMP
                }
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                    return true; // ️ (variation selector) and ⃣ (keycap) in 1️⃣
                }
                return c >= '\u2000' && type == Character.OTHER_SYMBOL; // ★ ❤ ☎ …
            }
        }
    }

    /** Full-width ASCII folded to ASCII. */
    static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean asciiAlnum(char c) {
        return asciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** A character of a WeChat id or an e-mail local part. */
    static boolean idChar(char c) {
        return asciiAlnum(c) || c == '_' || c == '-';
    }

    static boolean allAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** A symbol or emoji (❤ ♥ ★ 😊 …): never part of a keyword or an id, often decoration around them. */
    static boolean symbol(char c) {
        if (Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL
                || type == Character.MATH_SYMBOL
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }
}
