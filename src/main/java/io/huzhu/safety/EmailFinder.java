package io.huzhu.safety;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses, also written to slip past filters: {@code name@qq.com}, {@code name[at]163.com},
 * {@code name(at)qq.com}, {@code name at qq dot com}, {@code name艾特126.com}, {@code name点qq点com}, and
 * {@code name#qq.com (#换成@)}. Spelled-out forms need a common top-level domain, {@code #} a well-known mail provider
 * (a hashtag is not an address).
 */
final class EmailFinder {

    static final String RULE = "pii.email";
    static final String RULE_OBFUSCATED = "pii.email.obfuscated";

    private static final String[] AT_WORDS = {"[at]", "(at)", "{at}", "<at>", "【at】", "（at）", " at ", "艾特"};
    private static final String[] DOT_WORDS = {"[dot]", "(dot)", "{dot}", " dot ", "点", "。", "．", "｡", " . ", "․"};
    private static final Set<String> COMMON_TLDS =
            Set.of("com", "cn", "net", "org", "edu", "gov", "io", "me", "cc", "co", "info", "top", "vip", "hk", "tw");
    /** Well-known mail providers: where a {@code #} or a spelled-out e-mail address may point. */
    static final Set<String> PROVIDERS = Set.of(
            "qq.com",
            "foxmail.com",
            "163.com",
            "126.com",
            "yeah.net",
            "sina.com",
            "sina.cn",
            "sohu.com",
            "gmail.com",
            "outlook.com",
            "hotmail.com",
            "live.com",
            "yahoo.com",
            "icloud.com",
            "139.com",
            "189.cn",
            "aliyun.com",
            "88.com",
            "vip.qq.com",
            "vip.163.com",
            "vip.sina.com",
            "msn.com",
            "proton.me",
            "protonmail.com",
            "tom.com",
            "21cn.com",
            "wo.cn",
            "2980.com");

    private EmailFinder() {}

    static void find(String text, List<Finding> found) {
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (i < from) {
                continue;
            }
            char c = text.charAt(i);
            int markerEnd;
            char kind;
            if (c == '@' || c == '＠') {
                markerEnd = i + 1;
                kind = '@';
            } else if (c == '#' || c == '＃') {
                markerEnd = i + 1;
                kind = '#';
            } else if (c == '[' || c == '(' || c == '{' || c == '<' || c == '【' || c == '（' || c == ' ' || c == '艾') {
                markerEnd = word(text, i, AT_WORDS);
                kind = 'w';
                if (markerEnd < 0) {
                    continue;
                }
            } else {
                continue;
            }
            int localEnd = kind != '@' && i > 0 && text.charAt(i - 1) == ' ' ? i - 1 : i;
            int localStart = localStart(text, localEnd);
            if (localStart < 0 || (kind != '@' && localEnd - localStart < 2)) {
                continue;
            }
            int[] domain = domain(text, markerEnd, kind == '@');
            if (domain == null) {
                continue;
            }
            String name = domainName(text, markerEnd, domain[0]);
            String tld = name.substring(name.lastIndexOf('.') + 1);
            boolean ok = switch (kind) {
                case '@' -> domain[1] == 0 || COMMON_TLDS.contains(tld);
                case '#' -> PROVIDERS.contains(name);
                default -> COMMON_TLDS.contains(tld) || PROVIDERS.contains(name);
            };
            if (ok) {
                boolean plain = kind == '@' && domain[1] == 0;
                found.add(Findings.personal(FindingType.EMAIL, localStart, domain[0], plain ? RULE : RULE_OBFUSCATED));
                from = domain[0];
            }
        }
    }

    /** The end of the word of {@code words} at {@code i} (case ignored), or -1. */
    private static int word(String text, int i, String[] words) {
        for (String w : words) {
            if (text.regionMatches(true, i, w, 0, w.length())) {
                return i + w.length();
            }
        }
        return -1;
    }

    private static boolean localChar(char c) {
        return PiiChars.asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** Where the local part ending at {@code at} starts, or -1 if there is none. */
    private static int localStart(String text, int at) {
        int s = at;
        while (s > 0 && localChar(PiiChars.fold(text.charAt(s - 1)))) {
            s--;
        }
        while (s < at && PiiChars.fold(text.charAt(s)) == '.') {
            s++;
        }
        return s < at ? s : -1;
    }

    /**
     * The domain starting at {@code from} (after at most one space): {@code [end, spelled]} where spelled is 1 if a
     * dot was written as a word or another dot character, or null if there is no domain of two or more labels ending in
     * letters.
     */
    private static int @org.jspecify.annotations.Nullable [] domain(String text, int from, boolean strict) {
        int p = from;
        if (!strict && p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        int labels = 0;
        int spelled = 0;
        int end = -1;
        int lastLabelStart = -1;
        while (true) {
            int s = p;
            while (p < text.length() && (PiiChars.asciiAlnum(PiiChars.fold(text.charAt(p))) || text.charAt(p) == '-')) {
                p++;
            }
            if (p == s) {
                break;
            }
            labels++;
            end = p;
            lastLabelStart = s;
            if (p < text.length() && PiiChars.fold(text.charAt(p)) == '.') {
                p++;
                continue;
            }
            int dot = word(text, p, DOT_WORDS);
            if (dot < 0) {
                break;
            }
            spelled = 1;
            p = dot;
        }
        if (labels < 2) {
            return null;
        }
        for (int i = lastLabelStart; i < end; i++) {
            if (!PiiChars.asciiLetter(PiiChars.fold(text.charAt(i)))) {
                return null;
            }
        }
        return end - lastLabelStart >= 2 ? new int[] {end, spelled} : null;
    }

    /** The domain as a plain lower-case name (spelled dots read as dots). */
    private static String domainName(String text, int from, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < end; i++) {
            char c = PiiChars.fold(text.charAt(i));
            if (PiiChars.asciiAlnum(c) || c == '-') {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '.') {
                b.append('.');
            }
        }
        String name = b.toString().toLowerCase(Locale.ROOT);
        return name.replace(".dot.", ".");
    }
}
