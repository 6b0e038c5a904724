package io.huzhu.safety;

/**
 * Marks the parts of a text that are said in a warning, a prohibition or a question about a scam, so that the model
 * reads "严禁有偿代砍" with other features than "有偿代砍": the words of an ad inside such a scope become scoped
 * features ({@link SpamFeatures}), and the model learns from near-miss ordinary messages what they mean (a classic
 * negation-scope marking). No rule here decides anything: a spammer's "别犹豫" or "不是骗子" is scoped too, and the
 * corpus teaches the model that those are ads.
 *
 * <p>Two kinds of cue: words that colour the whole message (骗, 举报, 禁止, 传销, 靠谱吗 …) and words that negate
 * only their own clause (不要, 别, 勿, 拒绝 …).
 */
final class Warnings {

    private static final String[] MESSAGE_CUES = {
        "骗", "诈", "举报", "禁止", "严禁", "违法", "犯法", "违规", "传销", "踢", "移出", "拉黑", "警惕", "谨防", "提醒", "小心", "杜绝", "上当", "靠谱吗",
        "真的吗", "能信吗", "套路", "坑", "屏蔽", "报警", "反诈", "假的", "谨慎", "当心"
    };
    private static final String[] CLAUSE_CUES = {"不要", "别", "勿", "拒绝", "不接受", "不需要", "不用", "从不", "从来不", "不会", "不能"};

    private static final String[] DENIALS = {"不是", "不", "没", "非", "绝不", "从不", "并非", "不会"};
    private static final boolean[] MESSAGE_FIRST = firsts(MESSAGE_CUES);
    private static final boolean[] CLAUSE_FIRST = firsts(CLAUSE_CUES);

    private Warnings() {}

    private static boolean[] firsts(String[] cues) {
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        for (String cue : cues) {
            first[cue.charAt(0)] = true;
        }
        return first;
    }

    /** Per model character: whether it lies in a warning scope (null when nothing does). */
    static boolean[] scopes(String s) {
        boolean[] scoped = null;
        if (containsAny(s, 0, s.length(), MESSAGE_CUES, MESSAGE_FIRST)) {
            scoped = new boolean[s.length()];
            java.util.Arrays.fill(scoped, true);
            return scoped;
        }
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || SpamText.isBreak(s.charAt(i))) {
                if (i > start && containsAny(s, start, i, CLAUSE_CUES, CLAUSE_FIRST)) {
                    if (scoped == null) {
                        scoped = new boolean[s.length()];
                    }
                    java.util.Arrays.fill(scoped, start, i, true);
                }
                start = i + 1;
            }
        }
        return scoped;
    }

    private static boolean containsAny(String s, int from, int to, String[] cues, boolean[] first) {
        for (int i = from; i < to; i++) {
            if (!first[s.charAt(i)]) {
                continue;
            }
            for (String cue : cues) {
                if (i + cue.length() <= to && s.startsWith(cue, i) && !denied(s, from, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A cue right after a denial is a claim, not a warning: "不是骗局", "绝不骗人", "我们不是传销" are what spammers say
     * about themselves.
     */
    private static boolean denied(String s, int from, int at) {
        for (String denial : DENIALS) {
            int d = at - denial.length();
            if (d >= from && s.startsWith(denial, d)) {
                return true;
            }
        }
        return false;
    }
}
