package io.huzhu.notify;

import io.huzhu.group.GroupRole;
import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group owner's webhook subscriptions: create (the signing secret shown once), list, delete, rotate the secret (the
 * previous one keeps signing during the overlap), re-enable, send a test event, read the delivery log, redeliver.
 * Only the group's owner may do any of it; each change counts against a per-account hourly limit.
 */
@Service
class Webhooks {

    /** What an owner asks for. {@code robotSecret}: the DingTalk or Feishu robot's signing secret, if it has one. */
    record Request(
            String url,
            WebhookFormat format,
            List<String> events,
            @Nullable String robotSecret) {}

    private final EndpointRepository endpoints;
    private final DeliveryRepository deliveries;
    private final WebhookPublisher publisher;
    private final OutboundGuard guard;
    private final Groups groups;
    private final NotifyProperties.Webhooks settings;
    private final RateLimiter changes;
    private final Clock clock;

    Webhooks(
            EndpointRepository endpoints,
            DeliveryRepository deliveries,
            WebhookPublisher publisher,
            OutboundGuard guard,
            Groups groups,
            NotifyProperties properties,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.publisher = publisher;
        this.guard = guard;
        this.groups = groups;
        this.settings = properties.webhooks();
        this.changes = new RateLimiter(
                "webhook changes by this account", settings.changesPerAccountPerHour(), Duration.ofHours(1));
        this.clock = clock;
    }

    @Transactional
    WebhookViews.WithSecret create(GroupId group, UserId caller, Request request) {
        owner(group, caller);
        Set<WebhookEvent> events = events(request.events());
        String secret = secret(request);
        if (endpoints.ofGroup(group).size() >= settings.maxPerGroup()) {
            throw new HuzhuException(
                    ErrorCode.WEBHOOK_LIMIT, "A group may have at most " + settings.maxPerGroup() + " subscriptions");
        }
        changes.acquire(caller.toString()); // before resolving the name: refused URLs count too
        guard.check(request.url(), request.format());
        Instant now = clock.instant();
        var endpoint = new Endpoint(
                Ids.next(),
                group,
                caller,
                request.url().strip(),
                request.format(),
                events,
                secret,
                null,
                null,
                Endpoint.Status.ACTIVE,
                null,
                0,
                now);
        endpoints.insert(endpoint);
        String shown = request.format() == WebhookFormat.STANDARD ? secret : null;
        return new WebhookViews.WithSecret(WebhookViews.view(endpoint, now), shown);
    }

    List<WebhookViews.EndpointView> list(GroupId group, UserId caller) {
        owner(group, caller);
        Instant now = clock.instant();
        return endpoints.ofGroup(group).stream()
                .map(e -> WebhookViews.view(e, now))
                .toList();
    }

    @Transactional
    void delete(GroupId group, UserId caller, UUID id) {
        endpoint(group, caller, id);
        endpoints.status(id, Endpoint.Status.DELETED, null, clock.instant());
    }

    /** A new secret (shown once); the previous one keeps signing alongside it for the overlap. */
    @Transactional
    WebhookViews.WithSecret rotate(GroupId group, UserId caller, UUID id) {
        Endpoint endpoint = endpoint(group, caller, id);
        if (endpoint.format() != WebhookFormat.STANDARD) {
            throw new HuzhuException(
                    ErrorCode.VALIDATION_FAILED,
                    "A robot's secret is set in the chat app: delete this subscription and add it with the new secret");
        }
        changes.acquire(caller.toString());
        Instant now = clock.instant();
        String secret = StandardSignature.newSecret();
        endpoints.rotate(id, secret, endpoint.secret(), now.plus(settings.rotationOverlap()), now);
        Endpoint rotated = endpoints.find(id).orElseThrow();
        return new WebhookViews.WithSecret(WebhookViews.view(rotated, now), secret);
    }

    @Transactional
    WebhookViews.EndpointView enable(GroupId group, UserId caller, UUID id) {
        endpoint(group, caller, id);
        changes.acquire(caller.toString());
        Instant now = clock.instant();
        endpoints.status(id, Endpoint.Status.ACTIVE, null, now);
        return WebhookViews.view(endpoints.find(id).orElseThrow(), now);
    }

    @Transactional
    WebhookViews.DeliveryView test(GroupId group, UserId caller, UUID id) {
        Endpoint endpoint = endpoint(group, caller, id);
        changes.acquire(caller.toString());
        UUID delivery = publisher.test(endpoint, clock.instant());
        return WebhookViews.view(deliveries.find(id, delivery).orElseThrow());
    }

    WebhookViews.DeliveryPage log(GroupId group, UserId caller, UUID id, @Nullable Long before, int limit) {
        endpoint(group, caller, id);
        int size = Math.max(1, Math.min(100, limit));
        List<Delivery> page = deliveries.log(id, before == null ? Long.MAX_VALUE : before, size);
        Long next = page.size() == size ? page.getLast().seq() : null;
        return new WebhookViews.DeliveryPage(
                page.stream().map(WebhookViews::view).toList(), next);
    }

    @Transactional
    WebhookViews.DeliveryView redeliver(GroupId group, UserId caller, UUID id, UUID deliveryId) {
        endpoint(group, caller, id);
        deliveries.find(id, deliveryId).orElseThrow(() -> HuzhuException.of(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND));
        changes.acquire(caller.toString());
        deliveries.redeliver(id, deliveryId, clock.instant());
        return WebhookViews.view(deliveries.find(id, deliveryId).orElseThrow());
    }

    private Endpoint endpoint(GroupId group, UserId caller, UUID id) {
        owner(group, caller);
        return endpoints
                .find(id)
                .filter(e -> e.group().equals(group))
                .orElseThrow(() -> HuzhuException.of(ErrorCode.WEBHOOK_NOT_FOUND));
    }

    private void owner(GroupId group, UserId caller) {
        Membership me =
                groups.membership(group, caller).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
        if (me.role() != GroupRole.OWNER) {
            throw HuzhuException.of(ErrorCode.GROUP_OWNER_REQUIRED);
        }
    }

    private static Set<WebhookEvent> events(List<String> types) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String type : types) {
            WebhookEvent event = WebhookEvent.byType(type)
                    .filter(e -> e != WebhookEvent.TEST)
                    .orElseThrow(() -> new HuzhuException(
                            ErrorCode.VALIDATION_FAILED,
                            "Unknown event; choose from help.posted, task.succeeded, report.filed, member.joined"));
            events.add(event);
        }
        if (events.isEmpty()) {
            throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "Subscribe to at least one event");
        }
        return events;
    }

    private static String secret(Request request) {
        String given =
                request.robotSecret() == null ? "" : request.robotSecret().strip();
        return switch (request.format()) {
            case STANDARD -> {
                if (!given.isEmpty()) {
                    throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "Huzhu makes the signing secret itself");
                }
                yield StandardSignature.newSecret();
            }
            case WECOM -> {
                if (!given.isEmpty()) {
                    throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "WeCom robots take no signing secret");
                }
                yield "";
            }
            case DINGTALK, FEISHU -> {
                if (given.length() > 200 || !given.chars().allMatch(c -> c > 32 && c < 127)) {
                    throw new HuzhuException(
                            ErrorCode.VALIDATION_FAILED, "The robot secret is up to 200 visible ASCII characters");
                }
                yield given;
            }
        };
    }
}
