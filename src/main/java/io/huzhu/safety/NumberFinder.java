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
