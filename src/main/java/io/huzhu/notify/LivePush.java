package io.huzhu.notify;

import io.huzhu.guardrails.Attention;
import io.huzhu.shared.MemberChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due notices to the member's live connections: {@code {"type":"notification","notification":{…},"unread":n}}.
 * Each due push is claimed in the database first, so one node sends it. Before every push the guardrails gate is
 * asked; during quiet hours or a break the notice waits silently in the inbox (security notices are pushed anyway).
 * A member with no connection on the claiming node sees it in the inbox (see docs/notifications.md).
 */
@Component
class LivePush {

    static final int BATCH = 500;
    private final NoticeRepository notices;
    private final MemberChannel channel;
    private final Attention attention;
    private final JsonMapper json;
    private final Clock clock;

    LivePush(NoticeRepository notices, MemberChannel channel, Attention attention, JsonMapper json, Clock clock) {
        this.notices = notices;
        this.channel = channel;
        this.attention = attention;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huzhu.notify.push-interval:PT1S}", initialDelayString = "PT2S")
    void pushDue() {
        Instant now = clock.instant();
        for (NoticeRepository.Due due : notices.due(now, BATCH)) {
            if (!notices.claim(due, now)) {
                continue;
            }
            if (!due.kind().security() && !attention.mayPush(due.recipient(), now)) {
                continue;
            }
            notices.find(due.id())
                    .ifPresent(notice -> channel.push(
                            due.recipient(),
                            "notification",
                            json.writeValueAsString(Map.of(
                                    "type",
                                    "notification",
                                    "notification",
                                    notice,
                                    "unread",
                                    notices.unread(due.recipient())))));
        }
    }
}
