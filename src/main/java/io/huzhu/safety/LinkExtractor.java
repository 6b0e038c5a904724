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

    private static final String URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
    private static final Pattern LINK = Pattern.compile("(?i)(?<![A-Za-z0-9])(?:https?://|www\\.)" + URL_CHARS + "+"
            + "|(?i)(?<![A-Za-z0-9@._%+\\-/])[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?)*"
            + "\\.(?:com|cn|net|org|top|xyz|vip|cc|me|io|info|club|shop|site|online|link|ly|gl|tk|icu|live|fun|app)"
            + "(?![A-Za-z0-9\\-])(?:[/?#]" + URL_CHARS + "*)?");

    /** A link: its span in the normalised text and its text (with a scheme added to bare ones, for checking). */
    record Link(int start, int end, String url) {}

    private LinkExtractor() {}

    static List<Link> extract(String text) {
        if (text.indexOf('.') < 0 && text.indexOf(':') < 0) {
            return List.of();
        }
        List<Link> links = new ArrayList<>(2);
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
        return links;
    }

    private static final boolean[] URL_CHAR = new boolean[128];

    static {
        for (char c :
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".toCharArray()) {
            URL_CHAR[c] = true;
        }
    }

    private static boolean isUrlChar(char c) {
        return c < 128 && URL_CHAR[c];
    }

    private static void find(String text, Matcher m, List<Link> links) {
        while (m.find()) {
            int start = m.start();
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
