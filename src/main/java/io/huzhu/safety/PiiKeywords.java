package io.huzhu.safety;

/**
 * The words that say what a number or an id is, and where they may be written: right before it ({@link #before},
 * with a short filler such as "号：" or decoration such as ❤ in between) or anywhere in a window before it
 * ({@link #near}). ASCII keywords never match inside a longer word ("UUID" is not "ID").
 */
final class PiiKeywords {

    static final int WINDOW = 24;
    static final int NEGATIVE_WINDOW = 14;

    static final String[] ID = {"身份证", "证件号", "身份号", "证件", "身份", "ID", "sfz"};
    static final String[] CARD = {
        "卡号", "银行卡", "开户行", "收款", "储蓄卡", "信用卡", "借记卡", "银行", "账号", "帐号", "转账", "打款", "汇款", "card"
    };
    /** Order, tracking and other business numbers: a number right after one of these is not personal data. */
    static final String[] NEGATIVE = {
        "订单", "单号", "运单", "快递", "物流", "编号", "流水", "交易号", "任务", "工单", "批次", "商品", "尾号", "order", "tracking", "task"
    };

    static final String[] PHONE = {"电话", "手机", "联系", "tel", "phone", "mobile", "打", "拨", "致电", "call"};
    /** WeChat, as written in groups that try to slip past filters. */
    static final String[] WECHAT = {
        "微信", "威信", "薇信", "徽信", "维信", "卫星", "围信", "微新", "v信", "vx", "wx", "weixin", "wechat", "绿泡泡", "微号", "v号", "v芯",
        "微芯", "薇芯", "威芯", "wei信", "🛰"
    };
    /** Emoji that stand for a keyword (🐧 QQ, 🛰 卫星 = 微信): not skipped as decoration before a value. */
    private static final String[] KEYWORD_EMOJI = {"🐧", "🛰"};
    /** One-character WeChat keywords: only with a marker (❤, a colon, 号) after them or 加/+ before them. */
    static final String[] WECHAT_SHORT = {"v", "微", "薇", "威", "维", "徽"};

    static final String[] QQ = {"qq", "扣扣", "抠抠", "企鹅", "🐧", "q号", "球球"};
    static final String[] QQ_SHORT = {"q", "扣"};
    /** Letters allowed right before digits in one token ("ID11010519…", "QQ12345678", "vx138…"). */
    static final String[] TOKEN_PREFIXES = {
        "id", "qq", "vx", "wx", "v", "q", "tel", "phone", "mobile", "card", "no", "sfz", "dh", "sj", "kh", "weixin",
        "wechat"
    };

    private static final int MAX_FILLER = 8;

    private PiiKeywords() {}

    /**
     * A keyword written right before {@code start}: after skipping back over fillers (spaces, colons, 号, 是, brackets,
     * quotes, symbols such as ❤), one of {@code keywords} ends there, spaces inside it ignored ("q q 号"); or one of
     * {@code shortOnes} does, and a colon, 号 or symbol stood between it and the value, or 加/+/➕ stands before it.
     */
    static boolean before(String text, int start, String[] keywords, String[] shortOnes) {
        return match(text, start, keywords, shortOnes) != NONE;
    }

    static final int NONE = 0;
    static final int PLAIN = 1;
    static final int MARKED = 2;

    /**
     * Like {@link #before}: {@link #NONE} if no keyword, {@link #MARKED} if a colon, 号 or symbol stands between the
     * keyword and the value ("微信：abc"), {@link #PLAIN} otherwise ("微信 abc").
     */
    static int match(String text, int start, String[] keywords, String[] shortOnes) {
        int p = start;
        boolean marker = false;
        for (int skipped = 0; p > 0 && skipped < MAX_FILLER; skipped++) {
            char c = text.charAt(p - 1);
            if (!filler(c) || keywordEmojiEndsAt(text, p)) {
                break;
            }
            marker |= c == ':' || c == '：' || c == '号' || PiiChars.symbol(c);
            p--;
        }
        if (endsWithKeyword(text, p, keywords) >= 0) {
            return marker ? MARKED : PLAIN;
        }
        int at = endsWithKeyword(text, p, shortOnes);
        if (at < 0) {
            return NONE;
        }
        if (marker) {
            return MARKED;
        }
        int q = at;
        while (q > 0 && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '我')) {
            q--;
        }
        if (q > 0 && isPlus(text.charAt(q - 1))) {
            return MARKED;
        }
        // a lone Latin "V" or "Q" standing as a word before the value ("V abc_123", "Q 12345678")
        boolean latin = PiiChars.asciiLetter(PiiChars.fold(text.charAt(at)));
        return latin && p < start && (at == 0 || !PiiChars.asciiAlnum(PiiChars.fold(text.charAt(at - 1))))
                ? PLAIN
                : NONE;
    }

    private static boolean keywordEmojiEndsAt(String text, int p) {
        for (String e : KEYWORD_EMOJI) {
            if (p >= e.length() && text.startsWith(e, p - e.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlus(char c) {
        return c == '加' || c == '+' || c == '＋' || c == '➕';
    }

    /**
     * The start of the keyword that ends at {@code end}, or -1. Spaces between a keyword's characters are allowed;
     * case is ignored; an ASCII keyword must not be preceded by an ASCII letter.
     */
    private static int endsWithKeyword(String text, int end, String[] keywords) {
        for (String k : keywords) {
            int p = end;
            int i = k.length();
            while (i > 0 && p > 0) {
                char c = text.charAt(p - 1);
                if (inKeyword(c) && i < k.length()) {
                    p--;
                    continue;
                }
                if (Character.toLowerCase(PiiChars.fold(c)) != k.charAt(i - 1)) {
                    break;
                }
                p--;
                i--;
            }
            if (i == 0 && !(PiiChars.allAscii(k) && p > 0 && PiiChars.asciiLetter(PiiChars.fold(text.charAt(p - 1))))) {
                return p;
            }
        }
        return -1;
    }

    /** What people put between the letters of a keyword ("q q", "v.x", "微\n信"). */
    private static boolean inKeyword(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '.' || c == '-' || c == '_' || c == '*' || c == '·';
    }

    /** What may stand between a keyword and its value. */
    static boolean filler(char c) {
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
                    '\uFE0F',
                    '\n',
                    '\r',
                    '搜',
                    '找',
                    '可',
                    '请',
                    '直',
                    '接',
                    '加',
                    '我',
                    '的',
                    '同' -> true;
            default -> PiiChars.symbol(c) && c != '➕';
        };
    }

    /** Whether one of {@code keywords} is written in the {@value #WINDOW} characters before {@code at}. */
    static boolean near(String text, int at, String[] keywords) {
        return nearest(text, Math.max(0, at - WINDOW), at, keywords) >= 0;
    }

    /** The position of the nearest keyword in {@code [from, to)}, or -1. */
    static int nearest(String text, int from, int to, String[] keywords) {
        for (int p = to - 1; p >= from; p--) {
            char c = Character.toLowerCase(PiiChars.fold(text.charAt(p)));
            for (String k : keywords) {
                if (Character.toLowerCase(k.charAt(0)) == c
                        && p + k.length() <= to
                        && text.regionMatches(true, p, k, 0, k.length())) {
                    if (PiiChars.allAscii(k) && p > 0 && PiiChars.asciiLetter(PiiChars.fold(text.charAt(p - 1)))) {
                        continue;
                    }
                    return p;
                }
            }
        }
        return -1;
    }

    /** An order or tracking keyword right before {@code at}, and no nearer {@code positive} keyword. */
    static boolean negative(String text, int at, String[] positive) {
        int neg = nearest(text, Math.max(0, at - NEGATIVE_WINDOW), at, NEGATIVE);
        return neg >= 0 && nearest(text, neg, at, positive) < 0;
    }

    /** Whether the ASCII letters at {@code [i, i + length)} are a known prefix of a number ("QQ", "vx", "ID"). */
    static boolean tokenPrefix(String text, int i, int length) {
        for (String p : TOKEN_PREFIXES) {
            if (p.length() == length && text.regionMatches(true, i, p, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
