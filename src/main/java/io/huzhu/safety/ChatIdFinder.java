package io.huzhu.safety;

import java.util.List;

/**
 * WeChat ids written as letters: {@code wxid_…} anywhere, and any id-shaped token (a letter, then 5–19 letters,
 * digits, {@code _} or {@code -}) right after a WeChat keyword in any of its disguises ({@link PiiKeywords#WECHAT}:
 * 威信, 薇信, v信, V❤, 微❤, ➕V, 加V …). A token of letters only counts when a colon, 号 or symbol marks it as the
 * value ("微信：sweetcandy"), so "微信 please" stays text. Numbers after the keywords are {@link NumberFinder}'s.
 */
final class ChatIdFinder {

    static final String RULE_WECHAT = NumberFinder.RULE_WECHAT;
    static final String RULE_WXID = "pii.wechat.wxid";

    private ChatIdFinder() {}

    static void find(String text, List<Finding> found) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = PiiChars.fold(text.charAt(i));
            if (!PiiChars.asciiLetter(c) || (i > 0 && continuesToken(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = i + 1;
            boolean digitOrMark = false;
            while (e < n && PiiChars.idChar(PiiChars.fold(text.charAt(e)))) {
                digitOrMark |= !PiiChars.asciiLetter(PiiChars.fold(text.charAt(e)));
                e++;
            }
            int spaced = e == i + 1 ? spacedEnd(text, i) : -1;
            if (spaced > 0) {
                int keyword = PiiKeywords.match(text, i, PiiKeywords.WECHAT, PiiKeywords.WECHAT_SHORT);
                if (keyword != PiiKeywords.NONE) {
                    found.add(Findings.personal(FindingType.WECHAT_ID, i, spaced, RULE_WECHAT));
                    i = spaced;
                    continue;
                }
            }
            if (!partOfAddress(text, i, e)) {
                check(text, i, e, digitOrMark, found);
            }
            i = e;
        }
    }

    private static void check(String text, int s, int e, boolean digitOrMark, List<Finding> found) {
        int length = e - s;
        if (text.regionMatches(true, s, "wxid_", 0, 5)) {
            if (length >= 8 && length <= 40) {
                found.add(Findings.personal(FindingType.WECHAT_ID, s, e, RULE_WXID));
            }
            return;
        }
        if (length < 6 || length > 20) {
            return;
        }
        int keyword = PiiKeywords.match(text, s, PiiKeywords.WECHAT, PiiKeywords.WECHAT_SHORT);
        if (keyword == PiiKeywords.MARKED || (keyword == PiiKeywords.PLAIN && digitOrMark)) {
            found.add(Findings.personal(FindingType.WECHAT_ID, s, e, RULE_WECHAT));
        }
    }

    /**
     * An id written one character at a time with spaces between ("a b c _ 6 6"): the end of at least six such
     * characters starting at {@code s}, or -1.
     */
    private static int spacedEnd(String text, int s) {
        int n = text.length();
        int count = 0;
        int end = s;
        int p = s;
        while (p < n && PiiChars.idChar(PiiChars.fold(text.charAt(p)))) {
            if (p + 1 < n && PiiChars.idChar(PiiChars.fold(text.charAt(p + 1)))) {
                break; // a longer token: not spelled out
            }
            count++;
            end = p + 1;
            if (p + 2 < n && text.charAt(p + 1) == ' ') {
                p += 2;
            } else {
                break;
            }
        }
        return count >= 6 ? end : -1;
    }

    private static boolean continuesToken(char before) {
        char b = PiiChars.fold(before);
        return PiiChars.idChar(b) || b == '@' || b == '.' || b == '/' || b == '%' || b == '=' || b == '&' || b == '?';
    }

    /** Part of an e-mail address or a domain name: followed by {@code @}, or by a dot and more letters. */
    private static boolean partOfAddress(String text, int s, int e) {
        if (e >= text.length()) {
            return false;
        }
        char next = PiiChars.fold(text.charAt(e));
        return next == '@'
                || next == '#'
                || (next == '.' && e + 1 < text.length() && PiiChars.asciiAlnum(PiiChars.fold(text.charAt(e + 1))));
    }
}
