package io.huzhu.safety;

import java.util.Arrays;
import java.util.List;

/**
 * Masks personal-data findings with {@code *}. Phones keep their first three and last four digits (and any +86 prefix
 * and separators as written: {@code 138****8000}); e-mail addresses keep their first character and everything from
 * the {@code @} (or its spelled-out form) on ({@code a*****@qq.com}); ID numbers, bank cards, WeChat and QQ ids are
 * masked completely.
 */
final class PiiMasker {

    private PiiMasker() {}

    static String mask(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Finding f : findings) {
            int start = Math.max(0, f.start());
            int end = Math.min(out.length, f.end());
            switch (f.type()) {
                case PHONE -> phone(text, out, start, end);
                case EMAIL -> {
                    int local = start;
                    while (local < end && localChar(PiiChars.fold(text.charAt(local)))) {
                        local++;
                    }
                    for (int i = start + 1; i < local; i++) {
                        out[i] = '*';
                    }
                }
                default -> Arrays.fill(out, start, end, '*');
            }
        }
        return new String(out).replace(DROPPED, "");
    }

    /** Marks the second half of a masked surrogate pair, removed at the end so one star stands for one digit. */
    private static final String DROPPED = "\uFFFF";

    /** The digit value of the code point at {@code i} (mathematical digits such as 𝟏 too), or -1. */
    private static int digitAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            return Character.digit(text.codePointAt(i), 10);
        }
        return Character.isLowSurrogate(c) ? -1 : PiiChars.digit(c);
    }

    private static boolean localChar(char c) {
        return PiiChars.asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static void phone(String text, char[] out, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            if (digitAt(text, i) >= 0) {
                digits++;
            }
        }
        int national = digits - 11;
        int n = 0;
        for (int i = start; i < end; i++) {
            if (digitAt(text, i) >= 0) {
                int k = n++ - national;
                if (k >= 3 && k < 7) {
                    out[i] = '*';
                    if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < end) {
                        out[i + 1] = DROPPED.charAt(0);
                    }
                }
            }
        }
    }
}
