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
    private static final String URL_CHARS =
            "[A-Za-z0-9\\u0370-\\u03FF\\u0400-\\u04FF\\-._~:/?#\\[\\]@!$&'()*+,;=%\\\\]";

    private static final Pattern LINK =
            Pattern.compile("(?i)(?<![A-Za-z0-9])(?:https?:[/\\\\]{0,3}|www\\.)" + URL_CHARS + "+"
                    // protocol-relative (//host/path) and bare IPv4 hosts (203.0.113.7/r/1)
                    + "|(?<![A-Za-z0-9:/\\\\])//[A-Za-z0-9\\u0370-\\u04FF]" + URL_CHARS + "*"
                    + "|(?<![0-9.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![0-9.])(?::[0-9]{1,5})?(?:[/?#]" + URL_CHARS + "*)?"
                    + "|(?i)(?<![A-Za-z0-9@._%+\\-/])[a-z0-9\\u0370-\\u04FF](?:[a-z0-9\\u0370-\\u04FF\\-]*[a-z0-9\\u0370-\\u04FF])?(?:\\.[a-z0-9\\u0370-\\u04FF](?:[a-z0-9\\u0370-\\u04FF\\-]*[a-z0-9\\u0370-\\u04FF])?)*"
                    + "\\.(?:" + tlds() + ")(?![A-Za-z0-9\\-])(?::[0-9]{1,5})?(?:[/?#\\\\]" + URL_CHARS + "*)?"
                    // any other top-level domain of the public suffix list, when a path follows (is.gd/x, t.co/x)
                    + "|(?i)(?<![A-Za-z0-9@._%+\\-/])(?:[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+[a-z]{2,24}(?::[0-9]{1,5})?/"
                    + URL_CHARS + "*");

    /** The top-level domains a bare domain ({@code abc.top/x}) is recognised by, longest first. */
    private static String tlds() {
        java.util.List<String> all = new java.util.ArrayList<>(SpelledDomains.TLDS);
        all.add("ly");
        all.add("gl");
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return String.join("|", all);
    }

    /** Schemes that run code or leave the web, refused even without {@code //} ({@code javascript:alert(1)}). */
    private static final java.util.Set<String> CODE_SCHEMES = java.util.Set.of(
            "javascript", "vbscript", "livescript", "data", "file", "intent", "blob", "jar", "mhtml", "view-source");

    /** A link: its span in the normalised text and its text (with a scheme added to bare ones, for checking). */
    record Link(int start, int end, String url) {}

    private LinkExtractor() {}

    static List<Link> extract(String text) {
        boolean colon = text.indexOf(':') >= 0;
        if (text.indexOf('.') < 0 && !colon && text.indexOf('/') < 0 && !SpelledDomains.mayHold(text)) {
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
                dot |= text.charAt(i) == '.' || text.charAt(i) == ':' || text.charAt(i) == '/';
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

    /**
     * Non-web schemes, found from each colon: a code scheme ({@link #CODE_SCHEMES}, {@code ms-…}) even with spaces
     * before the colon, or any {@code scheme://} but http(s). Found so the policy can refuse them.
     */
    private static void schemes(String text, List<Link> links) {
        int n = text.length();
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int e = colon;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int s = e;
            while (s > 0 && e - s <= 30 && schemeChar(text.charAt(s - 1))) {
                s--;
            }
            if (s == e || !Character.isLetter(text.charAt(s)) || (s > 0 && schemeChar(text.charAt(s - 1)))) {
                continue;
            }
            String scheme = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
            boolean slashes = e == colon && text.startsWith("//", colon + 1);
            boolean code = CODE_SCHEMES.contains(scheme) || scheme.startsWith("ms-");
            if (scheme.equals("http") || scheme.equals("https") || !(slashes || code)) {
                continue;
            }
            int end = colon + 1;
            while (end < n && tailChar(text.charAt(end))) {
                end++;
            }
            end = trimEnd(text, s, end);
            links.add(new Link(s, end, text.substring(s, end).replace(" ", "")));
        }
    }

    private static boolean schemeChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '.'
                || c == '-';
    }

    /** What may follow a scheme's colon in one link: anything but spaces, quotes, angle brackets and CJK. */
    private static boolean tailChar(char c) {
        return c > ' ' && c != '"' && c != '\'' && c != '<' && c != '>' && (c < 0x3000 || c > 0x9FFF) && c < 0xFF00;
    }

    private static final boolean[] URL_CHAR = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%\\"
                .toCharArray()) {
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
            if (!plausible(raw)) {
                continue;
            }
            links.add(new Link(start, end, withScheme(raw)));
        }
    }

    /**
     * The link as the policy checks it: a scheme added to bare and protocol-relative ones, and a scheme written
     * with one slash or backslashes ({@code https:/host}, {@code https:\\\\host}) read as browsers read it; the
     * backslashes stay, so the policy refuses the link.
     */
    private static String withScheme(String raw) {
        Matcher scheme = SCHEME.matcher(raw);
        if (scheme.lookingAt()) {
            String rest = raw.substring(scheme.end());
            return scheme.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + rest;
        }
        return raw.startsWith("//") ? "http:" + raw : "http://" + raw;
    }

    private static final Pattern SCHEME = Pattern.compile("(?i)(https?):/{0,3}(?=[^/])");

    /**
     * A bare candidate is a link when its host is an IPv4 address with every part up to 255, or ends in a suffix
     * of the public suffix list (so "main.py" is not a host, "is.gd/x" is). Candidates with a scheme or {@code www.}
     * always are.
     */
    private static boolean plausible(String raw) {
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http") || lower.startsWith("www.")) {
            return true;
        }
        String host = lower.startsWith("//") ? lower.substring(2) : lower;
        int end = 0;
        while (end < host.length() && "/?#:\\".indexOf(host.charAt(end)) < 0) {
            end++;
        }
        host = host.substring(0, end);
        if (host.matches("[0-9.]+")) {
            for (String part : host.split("\\.")) {
                if (part.isEmpty() || Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (SpelledDomains.TLDS.contains(tld) || tld.equals("ly") || tld.equals("gl")) {
            return true;
        }
        try {
            return com.google.common.net.InternetDomainName.from(host).hasPublicSuffix();
        } catch (IllegalArgumentException e) {
            return false;
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
