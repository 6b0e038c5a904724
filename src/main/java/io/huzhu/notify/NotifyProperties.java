package io.huzhu.notify;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications and webhooks ({@code huzhu.notify.*}).
 *
 * @param coalesceWindow assists on one task within this window, from the first, make one notice ("3 位群友…")
 * @param pushInterval how often due live pushes are sent
 * @param webhooks outgoing webhooks
 */
@ConfigurationProperties("huzhu.notify")
public record NotifyProperties(
        @DefaultValue("PT60S") Duration coalesceWindow,
        @DefaultValue("PT1S") Duration pushInterval,
        @DefaultValue Webhooks webhooks) {

    /**
     * @param allowLoopback deliver to loopback addresses over plain HTTP (tests only; never in production)
     * @param connectTimeout connect timeout of one delivery attempt
     * @param requestTimeout whole-request timeout of one attempt
     * @param maxResponseBytes most bytes of a response read (the rest is dropped; the body is never shown back)
     * @param retryDelays the wait before each retry; a delivery fails after the last one (about a day in all)
     * @param disableAfterFailedDeliveries consecutive failed deliveries that disable a subscription
     * @param rotationOverlap how long the previous secret keeps signing after a rotation
     * @param maxPerGroup subscriptions a group may have
     * @param changesPerAccountPerHour subscriptions one account may create, rotate, test or redeliver an hour
     * @param dispatchInterval how often the queue is polled
     * @param dispatchBatch most deliveries sent per poll
     * @param linkBaseUrl base of the links robot messages carry
     */
    public record Webhooks(
            @DefaultValue("false") boolean allowLoopback,
            @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("PT10S") Duration requestTimeout,
            @DefaultValue("4096") int maxResponseBytes,

            @DefaultValue({"PT5S", "PT5M", "PT30M", "PT2H", "PT5H", "PT10H", "PT10H"})
            List<Duration> retryDelays,

            @DefaultValue("5") int disableAfterFailedDeliveries,
            @DefaultValue("PT24H") Duration rotationOverlap,
            @DefaultValue("5") int maxPerGroup,
            @DefaultValue("20") int changesPerAccountPerHour,
            @DefaultValue("PT1S") Duration dispatchInterval,
            @DefaultValue("20") int dispatchBatch,
            @DefaultValue("http://localhost:8080") String linkBaseUrl) {

        public Webhooks {
            retryDelays = List.copyOf(retryDelays);
        }
    }
}
