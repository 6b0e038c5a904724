package io.huzhu.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Personal data written as numbers ({@link DigitStream}): resident IDs (18 characters with the GB 11643 checks;
 * legacy 15 digits only next to an ID keyword), bank cards (16–19 digits passing Luhn and starting like a card scheme,
 * or next to a card keyword), mainland mobile numbers (with +86/0086), and QQ numbers or WeChat-as-phone after their
 * keywords. An order or tracking keyword right before a number suppresses it unless a personal-data keyword is nearer.
 * Greedy over each run: from each group, the longest sequence of whole groups that is personal data.
 */
final class NumberFinder {

    static final String RULE_ID = "pii.id_card.gb11643";
    static final String RULE_ID_LEGACY = "pii.id_card.legacy15";
    static final String RULE_CARD_LUHN = "pii.bank_card.luhn";
    static final String RULE_CARD_KEYWORD = "pii.bank_card.keyword";
    static final String RULE_PHONE = "pii.phone.mainland";
    static final String RULE_QQ = "pii.qq.keyword";
    static final String RULE_WECHAT = "pii.wechat.keyword";
    private static final int MAX_SPAN = 23;
    private static final int X = NumberChecks.X;

    private final DigitStream d;
    private final int today;

    private NumberFinder(DigitStream stream, int today) {
        this.d = stream;
        this.today = today;
    }

    /** Adds the numbers in {@code text} that are personal data; {@code today} is yyyymmdd (no ID is born later). */
    static void find(String text, int today, List<Finding> found) {
        DigitStream stream = new DigitStream(text);
        NumberFinder finder = new NumberFinder(stream, today);
        int g = 0;
        while (g < stream.groups) {
            int runEnd = g;
            while (runEnd < stream.groups && stream.groupRun[runEnd] == stream.groupRun[g]) {
                runEnd++;
            }
            finder.spans(g, runEnd, found);
            g = runEnd;
        }
        finder.acrossRuns(found);
    }

    /** The most characters of words between two halves of one number ("4401061999 后面是 05153404"). */
    private static final int MAX_GAP = 10;

    /**
     * A resident ID or a UnionPay card cut in two by words ("前面是…后面是…", "（接着）"): two neighbouring runs,
     * at most {@value #MAX_GAP} characters apart, that together pass the ID checks or Luhn with the 62 prefix. The
     * check digits keep this precise: two unrelated numbers pass by chance about once in a thousand times.
     */
    private void acrossRuns(List<Finding> found) {
        int g = 0;
        while (g < d.groups) {
            int next = g;
            while (next < d.groups && d.groupRun[next] == d.groupRun[g]) {
                next++;
            }
            if (next >= d.groups) {
                return;
            }
            int s = d.groupStart[g];
            int mid = d.groupEnd[next - 1];
            int after = next;
            while (after < d.groups && d.groupRun[after] == d.groupRun[next]) {
                after++;
            }
            int e = d.groupEnd[after - 1];
            int gap = d.offset[d.groupStart[next]] - d.offset[mid - 1] - 1;
            if (gap <= MAX_GAP && !covered(found, d.offset[s], d.offset[e - 1] + 1)) {
                Finding f = split(s, e);
                if (f != null) {
                    found.add(f);
                }
            }
            g = next;
        }
    }

    private @Nullable Finding split(int s, int e) {
        int len = e - s;
        if (len == 18 && NumberChecks.id18(d.value, s, today)) {
            return finding(FindingType.ID_CARD, s, e, RULE_ID);
        }
        boolean unionPay = d.value[s] == 6 && d.value[s + 1] == 2;
        if (len >= 16 && len <= 19 && d.value[e - 1] != X && unionPay && NumberChecks.luhn(d.value, s, e)) {
            return finding(FindingType.BANK_CARD, s, e, RULE_CARD_LUHN);
        }
        return null;
    }

    private static boolean covered(List<Finding> found, int start, int end) {
        for (Finding f : found) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    private void spans(int from, int to, List<Finding> found) {
        int g = from;
        while (g < to) {
            Finding best = null;
            int bestEnd = -1;
            int s = d.groupStart[g];
            if (g == from && PiiKeywords.before(d.text, d.offset[s], PiiKeywords.QQ, PiiKeywords.QQ_SHORT)) {
                for (int h = g; h < to && d.groupEnd[h] - s <= 11; h++) {
                    int len = d.groupEnd[h] - s;
                    if (len >= 5 && d.value[s] != 0 && d.value[d.groupEnd[h] - 1] != X) {
                        best = finding(FindingType.QQ_ID, s, d.groupEnd[h], RULE_QQ);
                        bestEnd = h;
                    }
                }
            }
            if (best == null) {
                for (int h = g; h < to && d.groupEnd[h] - s <= MAX_SPAN; h++) {
                    Finding f = classify(s, d.groupEnd[h]);
                    if (f != null) {
                        best = f;
                        bestEnd = h;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                g = bestEnd + 1;
            } else {
                g++;
            }
        }
    }

    /** Digits {@code [s, e)} as one number: what personal data it is, or null. */
    private @Nullable Finding classify(int s, int e) {
        int[] v = d.value;
        int len = e - s;
        int at = d.offset[s];
        if (len == 18 && NumberChecks.id18(v, s, today)) {
            return PiiKeywords.negative(d.text, at, PiiKeywords.ID)
                    ? null
                    : finding(FindingType.ID_CARD, s, e, RULE_ID);
        }
        if (v[e - 1] == X) {
            return null;
        }
        if (len == 15 && NumberChecks.id15(v, s, today) && PiiKeywords.near(d.text, at, PiiKeywords.ID)) {
            return finding(FindingType.ID_CARD, s, e, RULE_ID_LEGACY);
        }
        if (len >= 16 && len <= 19) {
            return card(s, e);
        }
        int national = len == 11 ? s : len == 13 && v[s] == 8 && v[s + 1] == 6 ? s + 2 : -1;
        if (len == 15 && v[s] == 0 && v[s + 1] == 0 && v[s + 2] == 8 && v[s + 3] == 6) {
            national = s + 4;
        }
        if (national < 0 || v[national] != 1 || v[national + 1] < 3 || v[national + 1] > 9) {
            return null;
        }
        if (PiiKeywords.before(d.text, at, PiiKeywords.QQ, PiiKeywords.QQ_SHORT)) {
            return finding(FindingType.QQ_ID, s, e, RULE_QQ);
        }
        if (PiiKeywords.before(d.text, at, PiiKeywords.WECHAT, PiiKeywords.WECHAT_SHORT)) {
            return finding(FindingType.WECHAT_ID, s, e, RULE_WECHAT);
        }
        return PiiKeywords.negative(d.text, at, PiiKeywords.PHONE)
                ? null
                : finding(FindingType.PHONE, s, e, RULE_PHONE);
    }

    private @Nullable Finding card(int s, int e) {
        int[] v = d.value;
        int at = d.offset[s];
        boolean luhn = NumberChecks.luhn(v, s, e);
        int first = v[s];
        boolean negative = PiiKeywords.negative(d.text, at, PiiKeywords.CARD);
        if (luhn && (first >= 3 && first <= 6 || first == 9) && !negative) { // 62… is UnionPay
            return finding(FindingType.BANK_CARD, s, e, RULE_CARD_LUHN);
        }
        if (!luhn && !negative && PiiKeywords.near(d.text, at, PiiKeywords.CARD) && !NumberChecks.repetitive(v, s, e)) {
            return finding(FindingType.BANK_CARD, s, e, RULE_CARD_KEYWORD);
        }
        return null;
    }

    private Finding finding(FindingType type, int s, int e, String rule) {
        return Findings.personal(type, d.offset[s], d.offset[e - 1] + 1, rule);
    }
}
