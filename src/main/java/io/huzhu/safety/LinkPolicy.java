package io.huzhu.safety;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Parses, normalises and checks a link against the platform allowlist and a group's own list. Only http(s) links
 * to an allowlisted registrable domain (exact eTLD+1 match, never a suffix or substring test) pass; userinfo, IP
 * hosts, non-default ports, encoded delimiters and invisible characters are refused. The server never fetches a
 * link.
 */
@Service
public class LinkPolicy {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}\\s]");
    private static final Pattern ENCODED_DELIMITER = Pattern.compile("(?i)%(2f|40|5c|3a|23|3f)");
    /** Generic link shorteners: where they lead is unknown until fetched, and the server never fetches a link. */
    private static final Set<String> SHORTENERS = Set.of(
            "t.cn",
            "url.cn",
            "dwz.cn",
            "suo.im",
            "bit.ly",
            "tinyurl.com",
            "goo.gl",
            "is.gd",
            "ow.ly",
            "t.co",
            "w.url.cn",
            "rebrand.ly",
            "cutt.ly",
            "s.id",
            "tb.cn",
            "c.tb.cn",
            "u.to",
            "v.gd",
            "mrw.so",
            "sina.lt",
            "xhslink.com");

    private final Set<String> platform;

    LinkPolicy(SafetyProperties properties) {
        this.platform = properties.linkAllowlist().stream()
                .map(d -> d.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Latin letters mixed with Cyrillic or Greek ones in one host name: pinduоduo.com with a Cyrillic о. */
    private static boolean lookalike(String host) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < host.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(host.charAt(i));
            latin |= script == Character.UnicodeScript.LATIN;
            other |= script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
        }
        return latin && other;
    }

    public LinkVerdict check(String raw, Collection<String> groupAllowlist) {
        String text = raw.strip();
        if (text.length() > 2000 || INVISIBLE.matcher(text).find() || text.indexOf('\\') >= 0) {
            return LinkVerdict.refuse("MALFORMED", "The link contains spaces, invisible characters or backslashes");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return LinkVerdict.refuse("MALFORMED", "This is not a valid link");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return LinkVerdict.refuse("SCHEME", "Only http and https links are allowed");
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawAuthority() == null
                || uri.getRawAuthority().contains("@")) {
            return LinkVerdict.refuse(
                    "USERINFO", "Links with a user name before the host are refused (a common trick)");
        }
        if (uri.getPort() != -1) {
            return LinkVerdict.refuse("PORT", "Links with a port number are refused");
        }
        if (ENCODED_DELIMITER.matcher(uri.getRawAuthority()).find()) {
            return LinkVerdict.refuse("MALFORMED", "The host contains encoded characters");
        }
        return checkHost(uri, scheme, groupAllowlist);
    }

    private LinkVerdict checkHost(URI uri, String scheme, Collection<String> groupAllowlist) {
        String host = uri.getHost();
        if (host == null) {
            host = uri.getRawAuthority();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host.replace('。', '.').replace('．', '.').replace('｡', '.'), IDN.USE_STD3_ASCII_RULES)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return LinkVerdict.refuse("MALFORMED", "The host name is not valid");
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (InetAddresses.isUriInetAddress(ascii) || ascii.matches("[0-9x.]+")) {
            return LinkVerdict.refuse("IP_HOST", "Links to a bare IP address are refused");
        }
        if (!InternetDomainName.isValid(ascii)
                || !InternetDomainName.from(ascii).isUnderPublicSuffix()) {
            return LinkVerdict.refuse("UNKNOWN_DOMAIN", "The host is not a public domain name");
        }
        if (lookalike(host)) {
            return LinkVerdict.refuse(
                    "LOOKALIKE",
                    "The host mixes Latin letters with look-alike letters of another script (a fake domain)");
        }
        String domain = InternetDomainName.from(ascii).topPrivateDomain().toString();
        if (SHORTENERS.contains(domain) || SHORTENERS.contains(ascii)) {
            return LinkVerdict.refuse("SHORTENER", "Short links hide where they lead; post the full link instead");
        }
        boolean allowed = platform.contains(domain)
                || groupAllowlist.stream()
                        .anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(domain));
        if (!allowed) {
            return LinkVerdict.refuse(
                    "NOT_ALLOWLISTED",
                    "Links to " + domain + " are not allowed here; ask an admin to allow the domain");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return LinkVerdict.allow(scheme + "://" + ascii + path + query, domain);
    }
}
