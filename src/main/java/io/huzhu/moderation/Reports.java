package io.huzhu.moderation;

import io.huzhu.feed.FeedModeration;
import io.huzhu.feed.MessageStatus;
import io.huzhu.feed.ModeratedMessage;
import io.huzhu.group.Membership;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.RateLimits;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports by members. Every report opens (or adds to) a review case; only reports by members of trust level 1 or
 * more count toward hiding a message automatically, so a swarm of fresh accounts cannot take a message down.
 */
@Service
class Reports {

    record Target(@Nullable UUID messageId, @Nullable UserId userId) {}

    record Filed(
            UUID reportId,
            @Nullable UUID messageId,
            @Nullable UserId userId,
            ReportReason reason,
            boolean counted,
            boolean hidden) {}

    private final ModerationAccess access;
    private final FeedModeration feed;
    private final ReportRepository reports;
    private final Cases cases;
    private final AuditLog audit;
    private final Counters counters;
    private final Trust trust;
    private final ModerationProperties properties;
    private final RateLimiter limiter;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Reports(
            ModerationAccess access,
            FeedModeration feed,
            ReportRepository reports,
            Cases cases,
            AuditLog audit,
            Counters counters,
            Trust trust,
            ModerationProperties properties,
            RateLimits limits,
            Clock clock,
            ApplicationEventPublisher events) {
        this.access = access;
        this.feed = feed;
        this.reports = reports;
        this.cases = cases;
        this.audit = audit;
        this.counters = counters;
        this.trust = trust;
        this.properties = properties;
        this.limiter = limits.limiter("reports", properties.reportsPerHour(), Duration.ofHours(1));
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Filed report(GroupId group, UserId reporter, Target target, ReportReason reason, @Nullable String note) {
        Membership me = access.member(group, reporter);
        Instant now = clock.instant();
        if (me.isMuted(now)) {
            throw new HuzhuException(ErrorCode.MEMBER_MUTED, "You are muted in this group until " + me.mutedUntil());
        }
        ModeratedMessage message = null;
        UserId subject;
        String key;
        if (target.messageId() != null) {
            message = feed.message(group, target.messageId())
                    .filter(m -> m.status() == MessageStatus.VISIBLE || m.status() == MessageStatus.HIDDEN)
                    .orElseThrow(() -> HuzhuException.of(ErrorCode.MESSAGE_NOT_FOUND));
            subject = message.authorId();
            key = Cases.messageKey(message.id());
        } else {
            subject = java.util.Objects.requireNonNull(target.userId());
            access.membership(group, subject).orElseThrow(() -> HuzhuException.of(ErrorCode.MEMBER_NOT_FOUND));
            key = Cases.memberKey(subject);
        }
        if (subject.equals(reporter)) {
            throw new HuzhuException(ErrorCode.NOT_ON_YOURSELF, "You cannot report yourself");
        }
        limiter.acquire(reporter.toString());
        boolean trusted = trust.of(me).level() >= TrustLevels.MEMBER;
        UUID id = Ids.next();
        if (!reports.insert(
                id, group, key, target.messageId(), target.userId(), reporter, reason, note, trusted, now)) {
            throw HuzhuException.of(ErrorCode.ALREADY_REPORTED_TARGET);
        }
        Cases.Case reported = cases.reported(group, key, target.messageId(), subject, reason.spam(), now);
        if (reason == ReportReason.OFF_TOPIC) {
            counters.add(group, now, Counters.Daily.OFF_TOPIC_REPORTS);
        }
        boolean hidden = message != null && trusted && autoHide(group, message, reported, now);
        events.publishEvent(new ReportFiled(id, group, target.messageId(), target.messageId() == null, reason, now));
        return new Filed(id, target.messageId(), target.userId(), reason, trusted, hidden || reported.hidden());
    }

    private boolean autoHide(GroupId group, ModeratedMessage message, Cases.Case reported, Instant now) {
        ReportRepository.Tally tally = reports.tally(group, reported.targetKey(), reported.openedAt());
        if (tally.trusted() < properties.autoHideReports() || !feed.hide(group, message.id())) {
            return false;
        }
        cases.hidden(group, reported.targetKey());
        audit.append(AuditLog.Entry.of(
                group,
                null,
                AuditAction.HIDE,
                message.authorId(),
                message.id(),
                "Hidden pending review: " + tally.trusted() + " trusted members reported it " + tally.reasons(),
                now));
        return true;
    }
}
