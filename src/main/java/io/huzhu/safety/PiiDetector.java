package io.huzhu.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds personal data in free Chinese/English text: resident ID numbers (GB 11643, 18 digits; legacy 15 digits only
 * next to an ID keyword), bank card numbers (Luhn, or a card keyword nearby), mainland mobile numbers, e-mail
 * addresses, and WeChat/QQ ids after their keywords. Thread-safe and allocation-light; no Spring.
 *
 * <p>One pass normalises the text into a digit stream: ASCII, full-width, circled and Chinese numerals become digits,
 * and up to {@value #MAX_SEPARATOR} separator characters (spaces, dashes, dots, underscores, slashes, emoji,
 * zero-width characters) may sit between two digits. Each digit remembers its offset in the original text, so every
 * finding reports {@code start}/{@code end} in the text as written. Digits form groups (split at separators and where
 * the digit style changes); a candidate number is always a sequence of whole groups of one run, so a phone number
 * hidden inside a longer number (an order number) is never taken.
 *
 * <p>Precision choices: digits inside mixed letter/digit tokens (share codes, UUIDs, hashes) are ignored; a
 * 16–19 digit number passing Luhn counts as a card only if it starts with 3, 4, 5, 6 or 9 (card schemes; order
 * numbers and timestamps start with 1 or 2) or has a card keyword nearby; an order/tracking keyword right before a
 * number suppresses it unless a personal-data keyword is nearer; legacy 15-digit IDs need an ID keyword (身份证,
 * 证件号, ID …) within {@value #KEYWORD_WINDOW} characters because 15 digits with a plausible date are common in
 * order and transaction numbers.
 */
public final class PiiDetector {

    static final int MAX_SEPARATOR = 4;
    static final int KEYWORD_WINDOW = 24;
    private static final int NEGATIVE_WINDOW = 14;
    private static final int MAX_SPAN = 23;
    private static final int X = 10;

    static final String RULE_ID = "pii.id_card.gb11643";
    static final String RULE_ID_LEGACY = "pii.id_card.legacy15";
    static final String RULE_CARD_LUHN = "pii.bank_card.luhn";
    static final String RULE_CARD_KEYWORD = "pii.bank_card.keyword";
    static final String RULE_PHONE = "pii.phone.mainland";
    static final String RULE_EMAIL = "pii.email";
    static final String RULE_WECHAT = "pii.wechat.keyword";
    static final String RULE_WXID = "pii.wechat.wxid";
    static final String RULE_QQ = "pii.qq.keyword";

    private static final String[] ID_KEYWORDS = {"身份证", "证件号", "身份号", "证件", "身份", "ID", "sfz"};
    private static final String[] CARD_KEYWORDS = {
        "卡号", "银行卡", "开户行", "收款", "储蓄卡", "信用卡", "借记卡", "银行", "账号", "帐号", "转账", "打款", "汇款", "card"
    };
    private static final String[] NEGATIVE_KEYWORDS = {
        "订单", "单号", "运单", "快递", "物流", "编号", "流水", "交易号", "任务", "工单", "批次", "商品", "order", "tracking", "task"
    };
    private static final String[] WECHAT_KEYWORDS = {
        "微信", "威信", "薇信", "徽信", "V信", "v信", "加V", "加v", "+V", "+v", "VX", "wx", "weixin", "wechat"
    };
    private static final String[] PHONE_KEYWORDS = {"电话", "手机", "联系", "tel", "phone", "mobile"};
    private static final String[] QQ_KEYWORDS = {"QQ", "扣扣", "企鹅", "Q号"};
    /** Letters allowed right before digits in one token ("ID11010519…", "QQ12345678", "vx138…"). */
    private static final String[] TOKEN_PREFIXES = {
        "id", "qq", "vx", "wx", "v", "tel", "phone", "mobile", "card", "no", "sfz", "dh", "sj", "kh", "weixin", "wechat"
    };

    private static final Comparator<Finding> BY_PRIORITY =
            Comparator.comparingInt((Finding f) -> priority(f.type())).thenComparingInt(f -> f.start() - f.end());

    private final Clock clock;

    public PiiDetector() {
        this(Clock.systemDefaultZone());
    }

    PiiDetector(Clock clock) {
        this.clock = clock;
    }

    /** The personal data in {@code text}, ordered by start offset, never overlapping. */
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>(2);
        findEmails(text, found);
        findWechatIds(text, found);
        new DigitScan(text).scan(found);
        if (found.size() < 2) {
            return found;
        }
        found.sort(BY_PRIORITY);
        List<Finding> kept = new ArrayList<>(found.size());
        for (Finding f : found) {
            boolean overlaps = false;
            for (Finding k : kept) {
                if (f.start() < k.end() && k.start() < f.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /**
     * The text with every finding masked by {@code *}. Phones keep their first three and last four digits (and any
     * +86 prefix and separators as written: {@code 138****8000}); e-mail addresses keep their first character and the
     * domain ({@code a*****@qq.com}); ID numbers, bank cards, WeChat and QQ ids are masked completely.
     */
    public static String mask(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Finding f : findings) {
            int start = Math.max(0, f.start());
            int end = Math.min(out.length, f.end());
            switch (f.type()) {
                case PHONE -> maskPhone(text, out, start, end);
                case EMAIL -> {
                    int at = start;
                    while (at < end && text.charAt(at) != '@' && text.charAt(at) != '＠') {
                        at++;
                    }
                    for (int i = start + 1; i < at; i++) {
                        out[i] = '*';
                    }
                }
                default -> Arrays.fill(out, start, end, '*');
            }
        }
        return new String(out);
    }

    private static void maskPhone(String text, char[] out, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            if (digit(text.charAt(i)) >= 0) {
                digits++;
            }
        }
        int national = digits - 11;
        int n = 0;
        for (int i = start; i < end; i++) {
            if (digit(text.charAt(i)) >= 0) {
                int k = n++ - national;
                if (k >= 3 && k < 7) {
                    out[i] = '*';
                }
            }
        }
    }

    private static int priority(FindingType type) {
        return switch (type) {
            case ID_CARD -> 0;
            case BANK_CARD -> 1;
            case EMAIL -> 2;
            case WECHAT_ID -> 3;
            case QQ_ID -> 4;
            default -> 5;
        };
    }

    // ---------------------------------------------------------------------------------------------- characters

    /** The value of a digit in any style we normalise (ASCII, full-width, circled, Chinese), or -1. */
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
            return c == '\u24EA' || c == '\u24FF' ? 0 : -1; // ⓪ ⓿
        }
        return chinese(c);
    }

    /** The value of a Chinese numeral (including financial forms and 幺 for one), or -1. */
    static int chinese(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** Characters that may sit between the digits of one number. */
    static boolean separator(char c) {
        switch (c) {
            case ' ',
                    '\u3000',
                    '\u00A0',
                    '\t',
                    '-',
                    '－',
                    '‐',
                    '‑',
                    '–',
                    '—',
                    '.',
                    '．',
                    '·',
                    '_',
                    '＿',
                    '/',
                    '／',
                    '\\',
                    '|',
                    '~',
                    '～',
                    '\u200B',
                    '\u200C',
                    '\u200D',
                    '\u2060',
                    '\uFEFF',
                    '\uFE0F',
                    '\u180E' -> {
                return true;
            }
            default -> {
                if (Character.isSurrogate(c)) {
                    return true; // emoji outside the BMP
                }
                return c >= '\u2000' && Character.getType(c) == Character.OTHER_SYMBOL; // ★ ❤ ☎ …
            }
        }
    }

    /** Full-width ASCII folded to ASCII. */
    static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean asciiAlnum(char c) {
        return asciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean idChar(char c) {
        return asciiAlnum(c) || c == '_' || c == '-';
    }

    private static boolean allAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Is one of {@code keywords} written in {@code text} ending at {@code end} (exclusive)? */
    private static boolean keywordEndsAt(String text, int end, String[] keywords) {
        for (String k : keywords) {
            int s = end - k.length();
            if (s >= 0 && text.regionMatches(true, s, k, 0, k.length())) {
                if (allAscii(k) && s > 0 && asciiLetter(fold(text.charAt(s - 1)))) {
                    continue; // "UUID" is not "ID"
                }
                return true;
            }
        }
        return false;
    }

    /** A keyword right before {@code start}, allowing a short filler such as "号：" or " 是 ". */
    static boolean keywordBefore(String text, int start, String[] keywords) {
        int p = start;
        for (int skipped = 0; ; skipped++) {
            if (keywordEndsAt(text, p, keywords)) {
                return true;
            }
            if (p == 0 || skipped == 6 || !filler(text.charAt(p - 1))) {
                return false;
            }
            p--;
        }
    }

    private static boolean filler(char c) {
        return switch (c) {
            case ' ',
                    '\u3000',
                    ':',
                    '：',
                    '号',
                    '是',
                    '为',
                    '=',
                    '＝',
                    '码',
                    '-',
                    '~',
                    '～',
                    '"',
                    '“',
                    '”',
                    '「',
                    '」',
                    '【',
                    '】',
                    '[',
                    ']',
                    '(',
                    ')',
                    '（',
                    '）',
                    '#',
                    '＃',
                    '\u200B',
                    '加',
                    '我',
                    '的' -> true;
            default -> false;
        };
    }

    /** The offset (from the window start) of the nearest keyword in {@code [from, to)}, or -1. */
    private static int nearestKeyword(String text, int from, int to, String[] keywords) {
        for (int p = to - 1; p >= from; p--) {
            for (String k : keywords) {
                if (p + k.length() <= to && text.regionMatches(true, p, k, 0, k.length())) {
                    if (allAscii(k) && p > 0 && asciiLetter(fold(text.charAt(p - 1)))) {
                        continue;
                    }
                    return p;
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------- e-mail

    private static void findEmails(String text, List<Finding> found) {
        int from = 0;
        while (true) {
            int at = indexOfAt(text, from);
            if (at < 0) {
                return;
            }
            from = at + 1;
            int s = at;
            while (s > 0 && localChar(fold(text.charAt(s - 1)))) {
                s--;
            }
            while (s < at && fold(text.charAt(s)) == '.') {
                s++;
            }
            if (s == at) {
                continue;
            }
            int e = at + 1;
            int lastDot = -1;
            while (e < text.length()) {
                char c = fold(text.charAt(e));
                if (asciiAlnum(c) || c == '-') {
                    e++;
                } else if (c == '.' && e > at + 1 && fold(text.charAt(e - 1)) != '.') {
                    lastDot = e;
                    e++;
                } else {
                    break;
                }
            }
            while (e > at + 1 && (fold(text.charAt(e - 1)) == '.' || fold(text.charAt(e - 1)) == '-')) {
                e--;
            }
            if (lastDot >= e - 2 || lastDot < 0) {
                // recompute the last dot inside the trimmed domain
                lastDot = -1;
                for (int i = e - 1; i > at; i--) {
                    if (fold(text.charAt(i)) == '.') {
                        lastDot = i;
                        break;
                    }
                }
            }
            if (lastDot <= at + 1 || e - lastDot - 1 < 2) {
                continue;
            }
            boolean tld = true;
            for (int i = lastDot + 1; i < e; i++) {
                tld &= asciiLetter(fold(text.charAt(i)));
            }
            if (!tld) {
                continue;
            }
            found.add(new Finding(
                    FindingType.EMAIL,
                    s,
                    e,
                    RULE_EMAIL,
                    Action.MASK,
                    "检测到电子邮箱地址。为保护你的隐私，邮箱已被隐藏。",
                    "This looks like an e-mail address. To protect your privacy it is masked."));
            from = e;
        }
    }

    private static int indexOfAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '＠') {
                return i;
            }
        }
        return -1;
    }

    private static boolean localChar(char c) {
        return asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    // ---------------------------------------------------------------------------------------------- WeChat ids

    private static void findWechatIds(String text, List<Finding> found) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '微', '威', '薇', '徽', 'V', 'v', 'W', 'w', '加', '+', '＋' -> {}
                default -> {
                    continue;
                }
            }
            if ((c == 'w' || c == 'W')
                    && text.regionMatches(true, i, "wxid_", 0, 5)
                    && (i == 0 || !idChar(fold(text.charAt(i - 1))))) {
                int e = i + 5;
                while (e < n && idChar(fold(text.charAt(e)))) {
                    e++;
                }
                if (e - i >= 8 && e - i <= 40) {
                    found.add(wechat(i, e, RULE_WXID));
                }
                i = e;
                continue;
            }
            for (String k : WECHAT_KEYWORDS) {
                if (!text.regionMatches(true, i, k, 0, k.length())) {
                    continue;
                }
                int p = i + k.length();
                if (allAscii(k)
                        && ((i > 0 && asciiLetter(fold(text.charAt(i - 1))))
                                || (p < n && asciiLetter(fold(text.charAt(p)))))) {
                    continue;
                }
                for (int skipped = 0; p < n && skipped < 6 && filler(text.charAt(p)); skipped++) {
                    p++;
                }
                if (p < n && asciiLetter(fold(text.charAt(p)))) {
                    int e = p + 1;
                    while (e < n && idChar(fold(text.charAt(e)))) {
                        e++;
                    }
                    if (e - p >= 6 && e - p <= 20) {
                        found.add(wechat(p, e, RULE_WECHAT));
                        i = e - 1;
                    }
                }
                break;
            }
        }
    }

    private static Finding wechat(int start, int end, String rule) {
        return new Finding(
                FindingType.WECHAT_ID,
                start,
                end,
                rule,
                Action.MASK,
                "检测到微信号。为保护你的隐私并防止引流骚扰，微信号已被隐藏。",
                "This looks like a WeChat id. To protect your privacy and prevent unsolicited contact, it is masked.");
    }

    // ---------------------------------------------------------------------------------------------- digits

    /** One call's digit stream: values, original offsets, and groups of digits that can join into numbers. */
    private final class DigitScan {
        private final String text;
        private int[] value = new int[32];
        private int[] offset = new int[32];
        private int digits;
        /** Per group: first digit index, end digit index (exclusive), run number. */
        private int[] groupStart = new int[8];

        private int[] groupEnd = new int[8];
        private int[] groupRun = new int[8];
        private int groups;
        private int today;

        DigitScan(String text) {
            this.text = text;
        }

        void scan(List<Finding> found) {
            normalise();
            int g = 0;
            while (g < groups) {
                int runEnd = g;
                while (runEnd < groups && groupRun[runEnd] == groupRun[g]) {
                    runEnd++;
                }
                spans(g, runEnd, found);
                g = runEnd;
            }
        }

        /** The one normalisation pass. */
        private void normalise() {
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
                char f = fold(c);
                if (asciiAlnum(f) && (i == 0 || !asciiAlnum(fold(t.charAt(i - 1))))) {
                    int end = mixedTokenEnd(i);
                    if (end > 0) { // a share code, hash or UUID part: not a number
                        open = false;
                        inDigit = false;
                        i = end;
                        continue;
                    }
                }
                int v = digit(c);
                if (v < 0
                        && (f == 'X' || f == 'x')
                        && inDigit
                        && digits - runStart >= 14
                        && (i + 1 >= n || !asciiAlnum(fold(t.charAt(i + 1))))) {
                    add(X, i);
                    groupEnd[groups - 1] = digits;
                    open = false;
                    inDigit = false;
                    i++;
                    continue;
                }
                if (v >= 0) {
                    boolean chinese = chinese(c) >= 0;
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
                } else if (open && separator(c)) {
                    inDigit = false;
                    separators++;
                    if (separators > MAX_SEPARATOR) {
                        open = false;
                    }
                } else {
                    inDigit = false;
                    open = false;
                }
                i++;
            }
        }

        /**
         * If the ASCII letter/digit token starting at {@code i} mixes letters and digits in a way no personal-data
         * number is written (share codes, UUID parts, hashes), its end; otherwise -1. Allowed: digits only; a known
         * keyword prefix before digits ("ID", "QQ", "vx"); a trailing check "X"; letters after 11+ digits.
         */
        private int mixedTokenEnd(int i) {
            String t = text;
            int n = t.length();
            int e = i;
            int lead = 0;
            while (e < n && asciiLetter(fold(t.charAt(e)))) {
                e++;
                lead++;
            }
            int d = 0;
            while (e < n && fold(t.charAt(e)) >= '0' && fold(t.charAt(e)) <= '9') {
                e++;
                d++;
            }
            if (d == 0) {
                return -1; // letters only
            }
            int trail = 0;
            while (e < n && asciiLetter(fold(t.charAt(e)))) {
                e++;
                trail++;
            }
            boolean more = e < n && asciiAlnum(fold(t.charAt(e)));
            if (more) {
                while (e < n && asciiAlnum(fold(t.charAt(e)))) {
                    e++;
                }
                return e;
            }
            if (lead > 0 && !tokenPrefix(i, lead)) {
                return e;
            }
            boolean check = trail == 1 && (fold(t.charAt(e - 1)) == 'X' || fold(t.charAt(e - 1)) == 'x');
            if (trail > 0 && !check && d < 11) {
                return e;
            }
            return -1;
        }

        private boolean tokenPrefix(int i, int length) {
            for (String p : TOKEN_PREFIXES) {
                if (p.length() == length) {
                    boolean same = true;
                    for (int k = 0; k < length && same; k++) {
                        same = Character.toLowerCase(fold(text.charAt(i + k))) == p.charAt(k);
                    }
                    if (same) {
                        return true;
                    }
                }
            }
            return false;
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

        /** Greedy over one run: from each group, the longest sequence of whole groups that is personal data. */
        private void spans(int from, int to, List<Finding> found) {
            int g = from;
            while (g < to) {
                Finding best = null;
                int bestEnd = -1;
                int s = groupStart[g];
                if (g == from && keywordBefore(text, offset[s], QQ_KEYWORDS)) {
                    for (int h = g; h < to && groupEnd[h] - s <= 11; h++) {
                        int len = groupEnd[h] - s;
                        if (len >= 5 && value[s] != 0 && value[groupEnd[h] - 1] != X) {
                            best = finding(FindingType.QQ_ID, s, groupEnd[h], RULE_QQ);
                            bestEnd = h;
                        }
                    }
                }
                if (best == null) {
                    for (int h = g; h < to && groupEnd[h] - s <= MAX_SPAN; h++) {
                        Finding f = classify(s, groupEnd[h]);
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
        private Finding classify(int s, int e) {
            int len = e - s;
            boolean x = value[e - 1] == X;
            if (len == 18 && validId18(s)) {
                return negative(s, ID_KEYWORDS) ? null : finding(FindingType.ID_CARD, s, e, RULE_ID);
            }
            if (x) {
                return null;
            }
            if (len == 15 && validId15(s) && nearKeyword(s, ID_KEYWORDS)) {
                return finding(FindingType.ID_CARD, s, e, RULE_ID_LEGACY);
            }
            if (len >= 16 && len <= 19) {
                boolean luhn = luhn(s, e);
                int first = value[s];
                boolean unionPay = first == 6 && value[s + 1] == 2;
                if (luhn && unionPay) {
                    return finding(FindingType.BANK_CARD, s, e, RULE_CARD_LUHN);
                }
                if (luhn && (first >= 3 && first <= 6 || first == 9) && !negative(s, CARD_KEYWORDS)) {
                    return finding(FindingType.BANK_CARD, s, e, RULE_CARD_LUHN);
                }
                if (!luhn && nearKeyword(s, CARD_KEYWORDS) && !negative(s, CARD_KEYWORDS) && !repetitive(s, e)) {
                    return finding(FindingType.BANK_CARD, s, e, RULE_CARD_KEYWORD);
                }
                return null;
            }
            int national = len == 11 ? s : len == 13 && value[s] == 8 && value[s + 1] == 6 ? s + 2 : -1;
            if (len == 15 && value[s] == 0 && value[s + 1] == 0 && value[s + 2] == 8 && value[s + 3] == 6) {
                national = s + 4;
            }
            if (national >= 0 && value[national] == 1 && value[national + 1] >= 3 && value[national + 1] <= 9) {
                if (keywordBefore(text, offset[s], QQ_KEYWORDS)) {
                    return finding(FindingType.QQ_ID, s, e, RULE_QQ);
                }
                if (keywordBefore(text, offset[s], WECHAT_KEYWORDS)) {
                    return finding(FindingType.WECHAT_ID, s, e, RULE_WECHAT);
                }
                return negative(s, PHONE_KEYWORDS) ? null : finding(FindingType.PHONE, s, e, RULE_PHONE);
            }
            return null;
        }

        private boolean repetitive(int s, int e) {
            for (int i = s + 1; i < e; i++) {
                if (value[i] != value[s]) {
                    return false;
                }
            }
            return true;
        }

        private boolean nearKeyword(int s, String[] keywords) {
            int at = offset[s];
            return nearestKeyword(text, Math.max(0, at - KEYWORD_WINDOW), at, keywords) >= 0;
        }

        /** An order/tracking keyword right before the number, and no nearer personal-data keyword. */
        private boolean negative(int s, String[] positive) {
            int at = offset[s];
            int neg = nearestKeyword(text, Math.max(0, at - NEGATIVE_WINDOW), at, NEGATIVE_KEYWORDS);
            if (neg < 0) {
                return false;
            }
            return nearestKeyword(text, neg, at, positive) < 0;
        }

        private boolean validId18(int s) {
            if (!region(s)) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int v = value[s + i];
                if (v == X) {
                    return false;
                }
                sum += v * WEIGHTS[i];
            }
            int check = CHECK[sum % 11];
            if (check != value[s + 17]) {
                return false;
            }
            int year = number(s + 6, 4);
            return date(year, number(s + 10, 2), number(s + 12, 2));
        }

        private boolean validId15(int s) {
            return region(s) && date(1900 + number(s + 6, 2), number(s + 8, 2), number(s + 10, 2));
        }

        private boolean region(int s) {
            int r = value[s] * 10 + value[s + 1];
            return (r >= 11 && r <= 15)
                    || (r >= 21 && r <= 23)
                    || (r >= 31 && r <= 37)
                    || (r >= 41 && r <= 46)
                    || (r >= 50 && r <= 54)
                    || (r >= 61 && r <= 65)
                    || r == 71
                    || r == 81
                    || r == 82;
        }

        private int number(int s, int len) {
            int n = 0;
            for (int i = s; i < s + len; i++) {
                if (value[i] > 9) {
                    return -1;
                }
                n = n * 10 + value[i];
            }
            return n;
        }

        private boolean date(int year, int month, int day) {
            if (year < 1900 || month < 1 || month > 12 || day < 1) {
                return false;
            }
            int max = switch (month) {
                case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
                case 4, 6, 9, 11 -> 30;
                default -> 31;
            };
            if (day > max) {
                return false;
            }
            if (today == 0) {
                LocalDate now = LocalDate.now(clock);
                today = now.getYear() * 10000 + now.getMonthValue() * 100 + now.getDayOfMonth();
            }
            return year * 10000 + month * 100 + day <= today;
        }

        private boolean luhn(int s, int e) {
            int sum = 0;
            boolean twice = false;
            for (int i = e - 1; i >= s; i--) {
                int v = value[i];
                if (twice) {
                    v *= 2;
                    if (v > 9) {
                        v -= 9;
                    }
                }
                sum += v;
                twice = !twice;
            }
            return sum % 10 == 0;
        }

        private Finding finding(FindingType type, int s, int e, String rule) {
            int start = offset[s];
            int end = offset[e - 1] + 1;
            return switch (type) {
                case ID_CARD ->
                    new Finding(
                            type,
                            start,
                            end,
                            rule,
                            Action.REJECT,
                            "检测到身份证号码。为保护你的隐私，请不要在群里发送身份证号。",
                            "This looks like a Chinese ID card number. To protect your privacy, do not post ID numbers in groups.");
                case BANK_CARD ->
                    new Finding(
                            type,
                            start,
                            end,
                            rule,
                            Action.REJECT,
                            "检测到银行卡号。银行卡号属于敏感个人信息，请不要在群里发送。",
                            "This looks like a bank card number. Card numbers are sensitive personal data; do not post them in groups.");
                case QQ_ID ->
                    new Finding(
                            type,
                            start,
                            end,
                            rule,
                            Action.MASK,
                            "检测到QQ号。为保护你的隐私并防止引流骚扰，QQ号已被隐藏。",
                            "This looks like a QQ number. To protect your privacy and prevent unsolicited contact, it is masked.");
                case WECHAT_ID -> wechat(start, end, rule);
                default ->
                    new Finding(
                            type,
                            start,
                            end,
                            rule,
                            Action.MASK,
                            "检测到手机号码。为保护你的隐私，号码已被部分隐藏。",
                            "This looks like a mobile phone number. To protect your privacy it is partly masked.");
            };
        }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CHECK = {1, 0, X, 9, 8, 7, 6, 5, 4, 3, 2};
}
