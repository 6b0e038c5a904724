package io.huzhu.notify;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Robots answer HTTP 200 with an error code in the body ({@code errcode} for WeCom and DingTalk, {@code code} for
 * Feishu): anything but 0 is a failure, retried like any other. Only the number is kept.
 */
final class RobotReplies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RobotReplies() {}

    static OutboundClient.Outcome judge(WebhookFormat format, OutboundClient.Outcome outcome) {
        if (!format.robot() || !outcome.success()) {
            return strip(outcome);
        }
        long code;
        try {
            JsonNode reply = JSON.readTree(outcome.body() == null ? "" : outcome.body());
            JsonNode field = format == WebhookFormat.FEISHU ? reply.path("code") : reply.path("errcode");
            code = field.isNumber() ? field.asLong() : -1;
        } catch (RuntimeException e) {
            code = -1;
        }
        if (code == 0) {
            return strip(outcome);
        }
        String description = code == -1 ? "HTTP 200, unreadable reply" : "HTTP 200, error code " + code;
        return new OutboundClient.Outcome(false, outcome.status(), description, null);
    }

    private static OutboundClient.Outcome strip(OutboundClient.Outcome outcome) {
        return new OutboundClient.Outcome(outcome.success(), outcome.status(), outcome.description(), null);
    }
}
