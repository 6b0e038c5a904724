package io.huzhu.notify;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions of a group, for its owner. */
@RestController
@Tag(name = "Webhooks")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record CreateRequest(
            @NotBlank @Size(max = 2048) String url,
            @NotNull WebhookFormat format,
            @NotNull @Size(min = 1, max = 4) List<String> events,
            @Nullable @Size(max = 200) String robotSecret) {}

    @PostMapping("/api/groups/{id}/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Subscribe an HTTPS URL (or a WeCom, DingTalk or Feishu robot) to group events; the signing"
                    + " secret is in this response only")
    WebhookViews.WithSecret create(
            @PathVariable UUID id,
            @Valid @RequestBody CreateRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return webhooks.create(
                new GroupId(id),
                user.id(),
                new Webhooks.Request(request.url(), request.format(), request.events(), request.robotSecret()));
    }

    @GetMapping("/api/groups/{id}/webhooks")
    @Operation(summary = "The group's webhook subscriptions (no secrets, URL tokens masked)")
    List<WebhookViews.EndpointView> list(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return webhooks.list(new GroupId(id), user.id());
    }

    @DeleteMapping("/api/groups/{id}/webhooks/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a subscription; its pending deliveries are cancelled")
    void delete(@PathVariable UUID id, @PathVariable UUID webhookId, @AuthenticationPrincipal CurrentUser user) {
        webhooks.delete(new GroupId(id), user.id(), webhookId);
    }

    @PostMapping("/api/groups/{id}/webhooks/{webhookId}/rotate")
    @Operation(summary = "A new signing secret (shown once); the previous one keeps signing during the overlap")
    WebhookViews.WithSecret rotate(
            @PathVariable UUID id, @PathVariable UUID webhookId, @AuthenticationPrincipal CurrentUser user) {
        return webhooks.rotate(new GroupId(id), user.id(), webhookId);
    }

    @PostMapping("/api/groups/{id}/webhooks/{webhookId}/enable")
    @Operation(summary = "Re-enable a disabled subscription")
    WebhookViews.EndpointView enable(
            @PathVariable UUID id, @PathVariable UUID webhookId, @AuthenticationPrincipal CurrentUser user) {
        return webhooks.enable(new GroupId(id), user.id(), webhookId);
    }

    @PostMapping("/api/groups/{id}/webhooks/{webhookId}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue a webhook.test event for this subscription")
    WebhookViews.DeliveryView test(
            @PathVariable UUID id, @PathVariable UUID webhookId, @AuthenticationPrincipal CurrentUser user) {
        return webhooks.test(new GroupId(id), user.id(), webhookId);
    }

    @GetMapping("/api/groups/{id}/webhooks/{webhookId}/deliveries")
    @Operation(summary = "The delivery log, newest first; page with before=<nextBefore>")
    WebhookViews.DeliveryPage deliveries(
            @PathVariable UUID id,
            @PathVariable UUID webhookId,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "30") int limit,
            @AuthenticationPrincipal CurrentUser user) {
        return webhooks.log(new GroupId(id), user.id(), webhookId, before, limit);
    }

    @PostMapping("/api/groups/{id}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivery again (same webhook-id), with a fresh count of attempts")
    WebhookViews.DeliveryView redeliver(
            @PathVariable UUID id,
            @PathVariable UUID webhookId,
            @PathVariable UUID deliveryId,
            @AuthenticationPrincipal CurrentUser user) {
        return webhooks.redeliver(new GroupId(id), user.id(), webhookId, deliveryId);
    }
}
