package io.huzhu.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in free text, including links glued to Chinese text ({@code 点这里https://mobile.yangkeduo.com/x快}):
 * a link is an ASCII run of URL characters, so it ends at the first Chinese character, full-width punctuation or
 * space. Three shapes: {@code http(s)://…}, {@code www.…} and bare domains with a common TLD ({@code abc.top/x}),
 * which spam uses to dodge scheme-based filters. Trailing sentence punctuation and unbalanced closing brackets are
 * not part of a link. Runs on {@link NormalisedText#text()}, so full-width {@code ｈｔｔｐｓ：／／} is found too.
 */
final class LinkExtractor {

    /** URL characters, plus Greek and Cyrillic letters so that a look-alike host (pinduоduo.com) stays one link. */
    private static final String URL_CHARS = "[A-Za-z0-9\\u0370-\\u03FF\\u0400-\\u04FF\\-._~:/?#\\[\\]@!$&'()*+,;=%]";

    private static final Pattern LINK = Pattern.compile("(?i)(?<![A-Za-z0-9])(?:https?://|www\\.)" + URL_CHARS + "+"
            + "|(?i)(?<![A-Za-z0-9@._%+\\-/])[a-z0-9\\u0370-\\u04FF](?:[a-z0-9\\u0370-\\u04FF\\-]*[a-z0-9\\u0370-\\u04FF])?(?:\\.[a-z0-9\\u0370-\\u04FF](?:[a-z0-9\\u0370-\\u04FF\\-]*[a-z0-9\\u0370-\\u04FF])?)*"
            + "\\.(?:" + tlds() + ")(?![A-Za-z0-9\\-])(?:[/?#]" + URL_CHARS + "*)?");

    /** The top-level domains a bare domain ({@code abc.top/x}) is recognised by, longest first. */
    private static String tlds() {
        java.util.List<String> all = new java.util.ArrayList<>(SpelledDomains.TLDS);
        all.add("ly");
        all.add("gl");
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return String.join("|", all);
    }

    /**
     * Schemes that run code or leave the web ({@code javascript:}, {@code data:}, {@code intent:} …, written with or
     * without {@code //}), and any other {@code scheme://}: found so the policy can refuse them.
     */
    private static final Pattern SCHEME = Pattern.compile(
            "(?i)(?<![A-Za-z0-9+.\\-])(?:(?:javascript|vbscript|livescript|data|file|intent|blob|jar|mhtml|view-source"
                    + "|ms-[a-z-]+)\\s*:|[a-z][a-z0-9+.\\-]{1,30}://)[^\\s\"'<>\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF]*");

    /** A link: its span in the normalised text and its text (with a scheme added to bare ones, for checking). */
    record Link(int start, int end, String url) {}

    private LinkExtractor() {}

    static List<Link> extract(String text) {
        boolean colon = text.indexOf(':') >= 0;
        if (text.indexOf('.') < 0
                && !colon
                && text.indexOf('点') < 0
                && text.indexOf('。') < 0
                && !text.contains(" dot ")) {
            return List.of();
        }
        List<Link> links = new ArrayList<>(2);
        if (colon) {
            schemes(text, links);
        }
        Matcher m = LINK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // one pass: only runs of URL characters that contain a dot or a colon go through the regex
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isUrlChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            boolean dot = false;
            while (i < n && isUrlChar(text.charAt(i))) {
                dot |= text.charAt(i) == '.' || text.charAt(i) == ':';
                i++;
            }
            if (dot) {
                m.region(runStart, i);
                find(text, m, links);
            }
        }
        SpelledDomains.find(text, links);
        return links.isEmpty() ? List.of() : links;
    }

    private static void schemes(String text, List<Link> links) {
        Matcher m = SCHEME.matcher(text);
        while (m.find()) {
            String raw = text.substring(m.start(), m.end());
            String lower = raw.toLowerCase(java.util.Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                int end = trimEnd(text, m.start(), m.end());
                links.add(
                        new Link(m.start(), end, text.substring(m.start(), end).replaceAll("\\s+", "")));
            }
        }
    }

    private static final boolean[] URL_CHAR = new boolean[128];

    static {
        for (char c :
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".toCharArray()) {
            URL_CHAR[c] = true;
        }
    }

    private static boolean isUrlChar(char c) {
        return c < 128 ? URL_CHAR[c] : c >= 0x0370 && c <= 0x04FF && Character.isLetter(c);
    }

    private static void find(String text, Matcher m, List<Link> links) {
        while (m.find()) {
            int start = m.start();
            if (inside(links, start)) {
                continue;
            }
            int end = trimEnd(text, start, m.end());
            if (end <= start) {
                continue;
            }
            String raw = text.substring(start, end);
            String lower = raw.length() > 8 ? raw.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : raw;
            String url = lower.startsWith("http://") || lower.startsWith("https://") ? raw : "http://" + raw;
            links.add(new Link(start, end, url));
        }
    }

    private static boolean inside(List<Link> links, int at) {
        for (Link l : links) {
            if (at >= l.start() && at < l.end()) {
                return true;
            }
        }
        return false;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'') {
                end--;
            } else if (c == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else if (c == ']' && count(text, start, end, '[') < count(text, start, end, ']')) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
