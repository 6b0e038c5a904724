package io.huzhu.notify;

import io.huzhu.shared.HuzhuException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way Huzhu calls an owner-supplied URL: the JDK client, no proxy, no redirects followed, short connect and
 * request timeouts, at most {@code max-response-bytes} of the response read. The URL is checked by
 * {@link OutboundGuard} right before each call. The result is a short description of Huzhu's own making (status
 * code, a robot's numeric error code, or the kind of failure): a response body is never kept or shown.
 */
@Component
class OutboundClient {

    /** What one attempt came to. {@code status} is 0 when no response arrived. */
    record Outcome(
            boolean success,
            int status,
            String description,
            @Nullable String body) {

        boolean gone() {
            return status == 410;
        }
    }

    private final HttpClient client;
    private final OutboundGuard guard;
    private final NotifyProperties.Webhooks settings;

    OutboundClient(OutboundGuard guard, NotifyProperties properties) {
        this.guard = guard;
        this.settings = properties.webhooks();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout())
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /**
     * Sends the request after checking its URL again (the name may resolve elsewhere by now). {@code body} of the
     * outcome is the start of the response, for the robot formats to read their error code; callers never store it.
     */
    Outcome send(HttpRequest request, WebhookFormat format) {
        try {
            guard.check(request.uri().toString(), format);
        } catch (HuzhuException e) {
            return new Outcome(false, 0, "refused: address not allowed", null);
        }
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(settings.requestTimeout())
                .build();
        try {
            HttpResponse<InputStream> response = client.send(timed, HttpResponse.BodyHandlers.ofInputStream());
            String start;
            try (InputStream in = response.body()) {
                start = new String(in.readNBytes(settings.maxResponseBytes()), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                return new Outcome(false, status, "HTTP " + status + " (redirects are not followed)", null);
            }
            return new Outcome(status >= 200 && status < 300, status, "HTTP " + status, start);
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(false, 0, "connect timeout", null);
        } catch (HttpTimeoutException e) {
            return new Outcome(false, 0, "timeout", null);
        } catch (ConnectException e) {
            return new Outcome(false, 0, "connection refused", null);
        } catch (SSLException e) {
            return new Outcome(false, 0, "TLS handshake failed", null);
        } catch (IOException e) {
            return new Outcome(false, 0, "network error", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, 0, "interrupted", null);
        }
    }
}
