package io.huzhu.safety;

import java.util.Arrays;

/**
 * One pass over a text that turns every number in it into digits with their offsets: ASCII, full-width, circled and
 * Chinese numerals become values, up to {@value #MAX_SEPARATOR} separators ({@link PiiChars#separator}) may sit
 * between two digits of one number. Digits form groups, split at separators and where the digit style changes; groups
 * that follow one another closely form a run. A candidate number is always a sequence of whole groups of one run, so
 * a phone number hidden inside a longer number (an order number) is never taken.
 *
 * <p>Digits inside mixed letter-and-digit tokens (share codes, UUIDs, hashes) are skipped, except after a known
 * prefix ("QQ12345678", "vx138…") and a trailing check character X.
 */
final class DigitStream {

    static final int MAX_SEPARATOR = 4;
    static final int X = NumberChecks.X;

    final String text;
    int[] value = new int[32];
    int[] offset = new int[32];
    int digits;
    /** Per group: first digit index, end digit index (exclusive), run number. */
    int[] groupStart = new int[8];

    int[] groupEnd = new int[8];
    int[] groupRun = new int[8];
    int groups;

    DigitStream(String text) {
        this.text = text;
        read();
    }

    private void read() {
        String t = text;
        int n = t.length();
        int run = -1;
        int runStart = 0;
        boolean open = false; // a run is open and may continue after separators
        boolean inDigit = false;
        boolean lastChinese = false;
        int separators = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            char f = PiiChars.fold(c);
            if (PiiChars.asciiAlnum(f) && (i == 0 || !PiiChars.asciiAlnum(PiiChars.fold(t.charAt(i - 1))))) {
                int end = mixedTokenEnd(i);
                if (end > 0) {
                    open = false;
                    inDigit = false;
                    i = end;
                    continue;
                }
            }
            int v = PiiChars.digit(c);
            if (v < 0
                    && (f == 'X' || f == 'x')
                    && inDigit
                    && digits - runStart >= 14
                    && (i + 1 >= n || !PiiChars.asciiAlnum(PiiChars.fold(t.charAt(i + 1))))) {
                add(X, i);
                groupEnd[groups - 1] = digits;
                open = false;
                inDigit = false;
                i++;
                continue;
            }
            if (v >= 0) {
                boolean chinese = PiiChars.chinese(c) >= 0;
                if (!inDigit) {
                    if (!open || separators > MAX_SEPARATOR) {
                        run++;
                        runStart = digits;
                    }
                    newGroup(run);
                } else if (chinese != lastChinese) {
                    newGroup(run);
                }
                add(v, i);
                groupEnd[groups - 1] = digits;
                inDigit = true;
                open = true;
                lastChinese = chinese;
                separators = 0;
            } else if (open && PiiChars.separator(c)) {
                inDigit = false;
                separators++;
                open = separators <= MAX_SEPARATOR;
            } else {
                inDigit = false;
                open = false;
            }
            i++;
        }
    }

    /**
     * If the ASCII letter/digit token starting at {@code i} mixes letters and digits in a way no personal-data number
     * is written (share codes, UUID parts, hashes), its end; otherwise -1. Allowed: digits only; a known keyword
     * prefix before digits; a trailing check "X"; letters after 11 or more digits.
     */
    private int mixedTokenEnd(int i) {
        String t = text;
        int n = t.length();
        int e = i;
        int lead = 0;
        while (e < n && PiiChars.asciiLetter(PiiChars.fold(t.charAt(e)))) {
            e++;
            lead++;
        }
        int d = 0;
        while (e < n && PiiChars.fold(t.charAt(e)) >= '0' && PiiChars.fold(t.charAt(e)) <= '9') {
            e++;
            d++;
        }
        if (d == 0) {
            return -1; // letters only
        }
        int trail = 0;
        while (e < n && PiiChars.asciiLetter(PiiChars.fold(t.charAt(e)))) {
            e++;
            trail++;
        }
        if (e < n && PiiChars.asciiAlnum(PiiChars.fold(t.charAt(e)))) {
            while (e < n && PiiChars.asciiAlnum(PiiChars.fold(t.charAt(e)))) {
                e++;
            }
            return e;
        }
        if (lead > 0 && !PiiKeywords.tokenPrefix(t, i, lead)) {
            return e;
        }
        char last = PiiChars.fold(t.charAt(e - 1));
        boolean check = trail == 1 && (last == 'X' || last == 'x');
        return trail > 0 && !check && d < 11 ? e : -1;
    }

    private void add(int v, int at) {
        if (digits == value.length) {
            value = Arrays.copyOf(value, digits * 2);
            offset = Arrays.copyOf(offset, digits * 2);
        }
        value[digits] = v;
        offset[digits++] = at;
    }

    private void newGroup(int run) {
        if (groups == groupStart.length) {
            groupStart = Arrays.copyOf(groupStart, groups * 2);
            groupEnd = Arrays.copyOf(groupEnd, groups * 2);
            groupRun = Arrays.copyOf(groupRun, groups * 2);
        }
        groupStart[groups] = digits;
        groupEnd[groups] = digits;
        groupRun[groups++] = run;
    }
}
