package io.huzhu.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works the delivery queue: takes due deliveries (a lease each), sends them in parallel on virtual threads, and
 * records each attempt. Only 2xx (and, for robots, a zero error code) is success. A failure is retried after the
 * configured delays (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: about a day); then the delivery fails, and a
 * subscription whose deliveries fail {@code disable-after-failed-deliveries} times in a row, or that answers 410 Gone,
 * is disabled and its owner told in the inbox. Logs never carry URLs, secrets or bodies.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private final DeliveryRepository deliveries;
    private final EndpointRepository endpoints;
    private final TargetRequests requests;
    private final OutboundClient client;
    private final RobotRateLimits rates;
    private final Inbox inbox;
    private final NotifyProperties.Webhooks settings;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    WebhookDispatcher(
            DeliveryRepository deliveries,
            EndpointRepository endpoints,
            TargetRequests requests,
            OutboundClient client,
            RobotRateLimits rates,
            Inbox inbox,
            NotifyProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.requests = requests;
        this.client = client;
        this.rates = rates;
        this.inbox = inbox;
        this.settings = properties.webhooks();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huzhu.notify.webhooks.dispatch-interval:PT1S}", initialDelayString = "PT3S")
    void dispatch() {
        Instant now = clock.instant();
        Instant leaseEnd = now.plus(settings.connectTimeout())
                .plus(settings.requestTimeout())
                .plusSeconds(30);
        List<Future<?>> running = new ArrayList<>();
        for (Delivery d : deliveries.due(now, settings.dispatchBatch())) {
            if (deliveries.lease(d, now, leaseEnd)) {
                running.add(workers.submit(() -> attempt(d)));
            }
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                log.warn(
                        "A webhook attempt failed unexpectedly: {}",
                        e.getClass().getSimpleName());
            }
        }
    }

    private void attempt(Delivery d) {
        Instant now = clock.instant();
        Endpoint endpoint = endpoints.find(d.endpointId()).orElse(null);
        if (endpoint == null || endpoint.status() != Endpoint.Status.ACTIVE) {
            deliveries.cancel(d.id(), "subscription disabled or deleted", now);
            return;
        }
        Duration wait = rates.take(endpoint);
        if (!wait.isZero()) {
            deliveries.postpone(d.id(), now.plus(wait));
            return;
        }
        OutboundClient.Outcome outcome =
                RobotReplies.judge(endpoint.format(), client.send(requests.build(endpoint, d, now), endpoint.format()));
        int attempts = d.attempts() + 1;
        Instant done = clock.instant();
        if (outcome.success()) {
            deliveries.attempted(
                    d.id(), Delivery.Status.DELIVERED, attempts, null, outcome.status(), outcome.description(), done);
            endpoints.succeeded(endpoint.id());
            return;
        }
        if (outcome.gone()) {
            deliveries.attempted(
                    d.id(), Delivery.Status.FAILED, attempts, null, outcome.status(), outcome.description(), done);
            if (endpoints.gone(endpoint.id(), done)) {
                disabled(endpoint, "GONE", done);
            }
            return;
        }
        if (attempts <= settings.retryDelays().size()) {
            Instant next = done.plus(settings.retryDelays().get(attempts - 1));
            deliveries.attempted(
                    d.id(), Delivery.Status.PENDING, attempts, next, outcome.status(), outcome.description(), done);
            return;
        }
        deliveries.attempted(
                d.id(), Delivery.Status.FAILED, attempts, null, outcome.status(), outcome.description(), done);
        if (endpoints.failed(endpoint.id(), settings.disableAfterFailedDeliveries(), done)) {
            disabled(endpoint, "FAILING", done);
        }
    }

    private void disabled(Endpoint endpoint, String reason, Instant now) {
        log.info("Webhook subscription {} disabled ({})", endpoint.id(), reason);
        inbox.record(NoticeDraft.of(
                        endpoint.createdBy(),
                        NoticeKind.WEBHOOK_DISABLED,
                        "WEBHOOK:" + endpoint.id() + ":" + now.toEpochMilli(),
                        now)
                .group(endpoint.group())
                .subject(endpoint.id())
                .detail(reason));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
