package io.huzhu.notify;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks owner-supplied URLs before a subscription is saved and again before every delivery: HTTPS only, no user
 * info, a robot format only at its platform's host, and every address the host resolves to must be public (see
 * {@link AddressRules}). Loopback over plain HTTP only when {@code huzhu.notify.webhooks.allow-loopback} is set (tests).
 * Refusals name the rule, never the addresses the name resolved to.
 */
@Component
class OutboundGuard {

    private final boolean allowLoopback;

    OutboundGuard(NotifyProperties properties) {
        this.allowLoopback = properties.webhooks().allowLoopback();
    }

    /** The URL parsed and checked for a subscription of this format. */
    URI check(String url, WebhookFormat format) {
        if (url.length() > 2048) {
            throw refused("the URL is longer than 2,048 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("the URL cannot be parsed");
        }
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("the URL needs a host, and no user name, password or fragment");
        }
        try {
            host = IDN.toASCII(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw refused("the host name is not valid");
        }
        InetAddress[] addresses = resolve(host);
        boolean loopback = allowLoopback && addresses[0].isLoopbackAddress();
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !(loopback && "http".equalsIgnoreCase(uri.getScheme()))) {
            throw refused("webhooks are delivered over HTTPS only");
        }
        if (format.robot() && !format.hosts().contains(host) && !loopback) {
            throw refused(format + " robots live at " + String.join(" or ", format.hosts()));
        }
        for (InetAddress address : addresses) {
            if (AddressRules.refused(address, allowLoopback)) {
                throw refused("the host resolves to a loopback, private, link-local, shared or reserved address");
            }
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            if (all.length == 0) {
                throw refused("the host does not resolve");
            }
            return all;
        } catch (UnknownHostException | IllegalArgumentException | SecurityException e) {
            throw refused("the host does not resolve");
        }
    }

    private static HuzhuException refused(String why) {
        return new HuzhuException(ErrorCode.WEBHOOK_URL_REFUSED, "This address cannot receive webhooks: " + why);
    }
}
