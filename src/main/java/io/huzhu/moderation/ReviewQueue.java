package io.huzhu.moderation;

import io.huzhu.feed.FeedModeration;
import io.huzhu.feed.ModeratedMessage;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue: open cases, oldest first, with the message as stored, findings, reports and trust. */
@Service
class ReviewQueue {

    record Reported(int count, int trusted, Map<ReportReason, Integer> reasons) {}

    record Item(
            UUID caseId,
            String target,
            @Nullable UUID messageId,
            UserId subjectId,
            Trust.@Nullable View subjectTrust,
            boolean held,
            boolean hidden,
            List<Finding> findings,
            Reported reports,
            Instant openedAt,
            @Nullable ModeratedMessage message) {}

    private final ModerationAccess access;
    private final Cases cases;
    private final ReportRepository reports;
    private final FeedModeration feed;
    private final Trust trust;

    ReviewQueue(ModerationAccess access, Cases cases, ReportRepository reports, FeedModeration feed, Trust trust) {
        this.access = access;
        this.cases = cases;
        this.reports = reports;
        this.feed = feed;
        this.trust = trust;
    }

    @Transactional(readOnly = true)
    List<Item> queue(GroupId group, UserId caller, int limit) {
        access.moderator(group, caller);
        return cases.open(group, limit).stream().map(c -> item(group, c)).toList();
    }

    private Item item(GroupId group, Cases.Case c) {
        ReportRepository.Tally tally = reports.tally(group, c.targetKey(), c.openedAt());
        ModeratedMessage message = c.messageId() == null
                ? null
                : feed.message(group, c.messageId()).orElse(null);
        Trust.View subject =
                access.membership(group, c.subjectId()).map(trust::of).orElse(null);
        return new Item(
                c.id(),
                c.messageId() == null ? "MEMBER" : "MESSAGE",
                c.messageId(),
                c.subjectId(),
                subject,
                c.held(),
                c.hidden(),
                c.findings() == null ? List.of() : Finding.read(c.findings()),
                new Reported(tally.count(), tally.trusted(), tally.reasons()),
                c.openedAt(),
                message);
    }
}
