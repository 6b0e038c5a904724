package io.huzhu.notify;

import java.util.Arrays;
import java.util.Optional;

/** The group events an owner may subscribe to, by their type names in payloads. */
enum WebhookEvent {
    HELP_POSTED("help.posted"),
    TASK_SUCCEEDED("task.succeeded"),
    REPORT_FILED("report.filed"),
    MEMBER_JOINED("member.joined"),
    /** Sent on the owner's request to check a subscription; every subscription receives it. */
    TEST("webhook.test");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    String type() {
        return type;
    }

    static Optional<WebhookEvent> byType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
