package io.huzhu.safety;

import java.util.List;
import java.util.Locale;

/**
 * E-mail addresses taken apart so that no single form is left to match, found from the mail provider's domain
 * backwards: {@code name @ sina . com}, {@code name\n@\n163.com}, {@code name 圈a qq.com}, {@code name*yeah.net
 * (*改成@)}, {@code name 后面加 @foxmail.com}, {@code name [at] 126 [dot] com}. The domain must be a well-known mail
 * provider written with any kind of dot; between it and an id-shaped name may stand at most {@value #MAX_GAP}
 * characters that are spaces, line breaks, an at sign or a word for it, a symbol, or a joining phrase, and at least
 * one of them must be more than a space. Runs after {@link EmailFinder} and adds only what it did not find.
 */
final class ProviderEmailFinder {

    private static final int MAX_GAP = 12;
    private static final String[] DOTS = {
        "[dot]", "(dot)", "{dot}", "（dot）", " dot ", "[.]", "(.)", "点", "點", "。", "．", "｡", "·"
    };
    /** Words that stand for {@code @} or join the two halves. */
    private static final String[] JOINERS = {
        "[at]", "(at)", "{at}", "<at>", "（at）", "【at】", " at ", "艾特", "圈a", "圈圈", "a圈", "小老鼠", "后面加上", "后面加", "后面是",
        "后缀", "加上", "接上", "然后", "再加", "加", "接"
    };

    private ProviderEmailFinder() {}

    static void find(String text, List<Finding> found) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!labelChar(text.charAt(i)) || (i > 0 && labelChar(text.charAt(i - 1)))) {
                continue;
            }
            int end = providerEnd(text, i);
            if (end < 0) {
                continue;
            }
            int nameEnd = gapStart(text, i);
            int nameStart = nameEnd;
            while (nameStart > 0 && localChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            if (nameEnd - nameStart >= 3
                    && nameEnd < i
                    && !covered(found, nameStart, end)
                    && idShaped(text, nameStart, nameEnd)) {
                found.add(Findings.personal(FindingType.EMAIL, nameStart, end, EmailFinder.RULE_OBFUSCATED));
            }
            i = end - 1;
        }
    }

    /** The end of a provider's domain starting at {@code i} (labels joined by any dot), or -1. */
    private static int providerEnd(String text, int i) {
        StringBuilder name = new StringBuilder();
        int p = i;
        for (int labels = 0; labels < 3; labels++) {
            int s = p;
            while (p < text.length() && labelChar(text.charAt(p))) {
                p++;
            }
            if (p == s) {
                return -1;
            }
            name.append(text, s, p);
            if (EmailFinder.PROVIDERS.contains(name.toString().toLowerCase(Locale.ROOT))
                    && (p >= text.length() || !labelChar(text.charAt(p)))) {
                return p;
            }
            int dot = dot(text, p);
            if (dot < 0) {
                return -1;
            }
            name.append('.');
            p = dot;
        }
        return -1;
    }

    private static int dot(String text, int p) {
        int q = skipSpaces(text, p);
        if (q < text.length() && text.charAt(q) == '.') {
            return skipSpaces(text, q + 1);
        }
        for (String d : DOTS) {
            if (text.regionMatches(true, q, d, 0, d.length())) {
                return skipSpaces(text, q + d.length());
            }
        }
        return -1;
    }

    /** Walks back from the domain over the gap; the start of the gap (the end of the name), or {@code at}. */
    private static int gapStart(String text, int at) {
        int p = at;
        boolean marked = false;
        while (p > 0 && at - p <= MAX_GAP) {
            char c = text.charAt(p - 1);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                marked |= c != ' ';
                p--;
                continue;
            }
            if (c == '@' || (PiiChars.symbol(c) && !Character.isSurrogate(c)) || "*#&$~+=＋".indexOf(c) >= 0) {
                marked = true;
                p--;
                continue;
            }
            int joiner = joinerEndingAt(text, p);
            if (joiner < 0) {
                break;
            }
            marked = true;
            p = joiner;
        }
        return marked && p > 0 && localChar(text.charAt(p - 1)) ? p : at;
    }

    private static int joinerEndingAt(String text, int end) {
        for (String j : JOINERS) {
            int s = end - j.length();
            if (s >= 0 && text.regionMatches(true, s, j, 0, j.length())) {
                return s;
            }
        }
        return -1;
    }

    /** A name of letters, digits, dots, underscores or hyphens with a letter, or a QQ-style number of 5+ digits. */
    private static boolean idShaped(String text, int s, int e) {
        boolean letter = false;
        for (int i = s; i < e; i++) {
            letter |= PiiChars.asciiLetter(text.charAt(i));
        }
        return letter || e - s >= 5;
    }

    private static boolean labelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean localChar(char c) {
        return labelChar(c) || c == '.' || c == '_' || c == '+';
    }

    private static int skipSpaces(String text, int p) {
        int q = p;
        while (q < text.length() && q - p < 2 && (text.charAt(q) == ' ' || text.charAt(q) == '\n')) {
            q++;
        }
        return q;
    }

    private static boolean covered(List<Finding> found, int start, int end) {
        for (Finding f : found) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }
}
