package io.huzhu.safety;

import java.util.List;
import java.util.Set;

/**
 * Domains written so that link filters miss them: {@code kanjia888点com}, {@code haoquan666。com},
 * {@code abc123 点 cn}, {@code kanjia[.]vip}, {@code free(点)top}, {@code shop dot com}. Each becomes a link
 * ({@code http://kanjia888.com}) that the link policy judges like any other. A label must hold a letter and the last
 * one must be a known top-level domain, so "3点com" and "我点com" stay text.
 */
final class SpelledDomains {

    /** What stands for a dot, after optional spaces: bracketed dots and dot words, or a bare Chinese dot. */
    private static final String[] DOTS = {
        "[.]", "(.)", "（.）", "【.】", "「.」", "[点]", "(点)", "（点）", "【点】", "「点」", "[點]", "(點)", "（點）", "【點】", "[dot]",
        "(dot)", "（dot）", "【dot】", "{dot}", "{.}", "<dot>", "点", "點", "。", "．", "｡", "丶", "·", "•", "∙", "﹒"
    };

    static final Set<String> TLDS = java.util.Set.copyOf(java.util.List.of(
                    "com", "cn", "net", "org", "top", "xyz", "vip", "cc", "me", "io", "info", "club", "shop", "site",
                    "online", "link", "tk", "icu", "live", "fun", "app", "biz", "co", "tv", "pro", "ink", "work",
                    "wang", "ltd", "store", "tech", "asia", "mobi", "win", "bet", "red", "ren", "ml", "ga", "cf", "gq",
                    "pw", "ws", "hk", "tw", "xin", "cloud", "ai", "one", "best", "cyou", "sbs", "cfd", "buzz",
                    "monster", "host", "press", "kim", "vin", "edu", "gov", "jp", "kr", "ru", "us", "uk", "de", "fr",
                    "sg", "my", "th", "vn", "au", "ca", "it", "es", "nl", "eu", "ch", "se", "la", "fm", "gg", "im",
                    "in", "asia", "wiki", "games", "game", "xin", "shop")
            .stream()
            .distinct()
            .toList());

    private SpelledDomains() {}

    /** Whether the text holds anything that can stand for a dot, so a text without one is skipped at once. */
    static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '点' || c == '點' || c == '。' || c == '．' || c == '｡' || c == '丶' || c == '·' || c == '•' || c == '∙'
                    || c == '﹒' || c == '[' || c == '(' || c == '（' || c == '【' || c == '「' || c == '{' || c == '<'
                    || c == 'd' || c == 'D') {
                return true;
            }
        }
        return false;
    }

    /** Adds every spelled-out domain in {@code text} (the normalised text) that no link already covers. */
    static void find(String text, List<LinkExtractor.Link> links) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            if (!labelChar(text.charAt(i - 1)) || labelChar(text.charAt(i))) {
                continue;
            }
            int dotEnd = dotAt(text, i);
            if (dotEnd < 0) {
                continue;
            }
            int start = labelStart(text, i);
            if (start < 0 || covered(links, start)) {
                continue;
            }
            StringBuilder host = new StringBuilder(text.substring(start, i));
            int p = dotEnd;
            int end = -1;
            int hostEnd = -1;
            while (true) {
                int labelEnd = labelEnd(text, p);
                if (labelEnd == p) {
                    break;
                }
                String label = text.substring(p, labelEnd);
                host.append('.').append(label);
                p = labelEnd;
                if (TLDS.contains(label.toLowerCase(java.util.Locale.ROOT))) {
                    end = labelEnd;
                    hostEnd = host.length();
                }
                int next = p < n ? dotAt(text, p) : -1;
                if (next < 0) {
                    break;
                }
                p = next;
            }
            if (end > 0 && hasLetter(text, start, i)) {
                String name = host.substring(0, hostEnd);
                int pathEnd = pathEnd(text, end);
                links.add(new LinkExtractor.Link(start, pathEnd, "http://" + name + text.substring(end, pathEnd)));
                i = pathEnd - 1;
            }
        }
        links.sort(java.util.Comparator.comparingInt(LinkExtractor.Link::start));
    }

    /**
     * The end of a spelled dot starting at {@code i}, spaces around it included, or -1. A plain ASCII dot or the
     * word "dot" counts only with a space on each side ({@code shop dot com}, {@code shop . com}); a dot right
     * between labels is an ordinary link and found elsewhere.
     */
    private static int dotAt(String text, int i) {
        int j = spaces(text, i);
        boolean spaced = j > i;
        for (String d : DOTS) {
            if (text.regionMatches(true, j, d, 0, d.length())) {
                return spaces(text, j + d.length());
            }
        }
        for (String d : new String[] {".", "dot"}) {
            if (spaced && text.regionMatches(true, j, d, 0, d.length())) {
                int after = spaces(text, j + d.length());
                if (after > j + d.length()) {
                    return after;
                }
            }
        }
        return -1;
    }

    /** Skips at most two spaces (ASCII or full-width). */
    private static int spaces(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 2 && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
            j++;
        }
        return j;
    }

    private static boolean labelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** The start of the ASCII label ending at {@code end} (one space allowed before the dot), or -1. */
    private static int labelStart(String text, int end) {
        int s = end;
        while (s > 0 && labelChar(text.charAt(s - 1))) {
            s--;
        }
        if (s == end) {
            return -1;
        }
        if (s == 0 || !isUrlChar(text.charAt(s - 1))) {
            return s;
        }
        // "浏览器:abc点com": a colon after words, not inside a link (scheme:, host:port)
        boolean afterWords = text.charAt(s - 1) == ':' && (s < 2 || !labelChar(text.charAt(s - 2)));
        return afterWords ? s : -1;
    }

    private static int labelEnd(String text, int from) {
        int e = from;
        while (e < text.length() && labelChar(text.charAt(e))) {
            e++;
        }
        return e < text.length() && Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) < 0x80 ? from : e;
    }

    private static boolean isUrlChar(char c) {
        return c == '.' || c == '/' || c == '@' || c == ':' || c == '_';
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int pathEnd(String text, int from) {
        if (from >= text.length() || text.charAt(from) != '/') {
            return from;
        }
        int e = from;
        while (e < text.length() && text.charAt(e) > ' ' && text.charAt(e) < 0x80) {
            e++;
        }
        return e;
    }

    private static boolean covered(List<LinkExtractor.Link> links, int at) {
        for (LinkExtractor.Link l : links) {
            if (at >= l.start() && at < l.end()) {
                return true;
            }
        }
        return false;
    }
}
