package io.huzhu.moderation;

import io.huzhu.feed.FeedModeration;
import io.huzhu.feed.MessageStatus;
import io.huzhu.feed.ModeratedMessage;
import io.huzhu.group.GroupRole;
import io.huzhu.group.MemberSanctions;
import io.huzhu.group.Membership;
import io.huzhu.safety.ContentSafety;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderator actions, each with a reason and an audit entry. The sanctions themselves go through the group module's
 * {@link MemberSanctions}, the one door for sanctions, which is told the id of the audit entry written here so that
 * its event is not logged twice; the counters follow from that event.
 */
@Service
class ModerationActions {

    record Command(
            ActionKind action,
            @Nullable UUID messageId,
            @Nullable UserId userId,
            @Nullable Integer minutes,
            String reason) {}

    record Done(
            UUID auditEntryId,
            ActionKind action,
            @Nullable UUID messageId,
            @Nullable UserId userId,
            @Nullable Instant until,
            WarnLadder.@Nullable Step ladder) {}

    private final ModerationAccess access;
    private final FeedModeration feed;
    private final MemberSanctions sanctions;
    private final ObjectProvider<ContentSafety> safety;
    private final Cases cases;
    private final ReportRepository reports;
    private final AuditLog audit;
    private final Warnings warnings;
    private final Counters counters;
    private final WarnLadder ladder;
    private final Clock clock;

    ModerationActions(
            ModerationAccess access,
            FeedModeration feed,
            MemberSanctions sanctions,
            ObjectProvider<ContentSafety> safety,
            Cases cases,
            ReportRepository reports,
            AuditLog audit,
            Warnings warnings,
            Counters counters,
            ModerationProperties properties,
            Clock clock) {
        this.access = access;
        this.feed = feed;
        this.sanctions = sanctions;
        this.safety = safety;
        this.cases = cases;
        this.reports = reports;
        this.audit = audit;
        this.warnings = warnings;
        this.counters = counters;
        this.ladder = WarnLadder.of(properties);
        this.clock = clock;
    }

    @Transactional
    Done act(GroupId group, UserId actor, Command c) {
        Membership me = access.moderator(group, actor);
        Instant now = clock.instant();
        ModeratedMessage message = c.messageId() == null
                ? null
                : feed.message(group, c.messageId()).orElseThrow(() -> HuzhuException.of(ErrorCode.MESSAGE_NOT_FOUND));
        UserId target = c.userId() != null ? c.userId() : message == null ? null : message.authorId();
        counters.active(group, actor, now);
        Done done = switch (c.action()) {
            case APPROVE -> approve(group, actor, message, target, c.reason(), now);
            case DELETE -> delete(group, actor, required(message), c.reason(), now);
            case WARN -> warn(group, me, member(group, me, required(target)), c, now);
            case MUTE -> mute(group, me, required(target), c, now);
            case KICK -> sanction(group, me, required(target), c, now);
            case BAN -> sanction(group, me, required(target), c, now);
        };
        if (target != null && c.action() != ActionKind.APPROVE && c.action() != ActionKind.DELETE) {
            cases.close(group, Cases.memberKey(target), actor, now);
        }
        return done;
    }

    private Done approve(
            GroupId group,
            UserId actor,
            @Nullable ModeratedMessage message,
            @Nullable UserId target,
            String reason,
            Instant now) {
        if (message == null) {
            // Approving a member dismisses the reports against them.
            UserId member = required(target);
            cases.close(group, Cases.memberKey(member), actor, now);
            var entry = audit.append(AuditLog.Entry.of(group, actor, AuditAction.APPROVE, member, null, reason, now));
            return new Done(entry.id(), ActionKind.APPROVE, null, member, null, null);
        }
        // A reported message that is still visible needs no status change: approving it dismisses the reports.
        boolean visible = message.status() == MessageStatus.VISIBLE;
        if (!visible && !feed.approve(group, message.id())) {
            throw HuzhuException.of(ErrorCode.MESSAGE_STATE_CONFLICT);
        }
        // A visible message with no open case has nothing to approve (never reported, or already dismissed).
        if (!cases.close(group, Cases.messageKey(message.id()), actor, now) && visible) {
            throw HuzhuException.of(ErrorCode.MESSAGE_STATE_CONFLICT);
        }
        var entry = audit.append(
                AuditLog.Entry.of(group, actor, AuditAction.APPROVE, message.authorId(), message.id(), reason, now));
        return new Done(entry.id(), ActionKind.APPROVE, message.id(), message.authorId(), null, null);
    }

    private Done delete(GroupId group, UserId actor, ModeratedMessage message, String reason, Instant now) {
        String key = Cases.messageKey(message.id());
        Cases.Case item = cases.find(group, key).orElse(null);
        if (!feed.remove(group, message.id())) {
            throw HuzhuException.of(ErrorCode.MESSAGE_STATE_CONFLICT);
        }
        boolean spam = item != null
                && (item.spam()
                        || reports.tally(group, key, item.openedAt()).reasons().keySet().stream()
                                .anyMatch(ReportReason::spam));
        if (spam && message.text() != null) {
            safety.ifAvailable(s -> s.learnSpam(message.text()));
        }
        cases.close(group, key, actor, now);
        var entry = audit.append(
                AuditLog.Entry.of(group, actor, AuditAction.DELETE, message.authorId(), message.id(), reason, now)
                        .withFindings(item == null ? null : item.findings(), item != null && item.held()));
        counters.sanctioned(group, message.authorId(), now);
        return new Done(entry.id(), ActionKind.DELETE, message.id(), message.authorId(), null, null);
    }

    private Done warn(GroupId group, Membership me, UserId target, Command c, Instant now) {
        List<Instant> earlier = warnings.since(group, target, now.minus(ladder.decay()));
        WarnLadder.Step step = ladder.next(earlier, now);
        var entry = audit.append(
                AuditLog.Entry.of(group, me.userId(), AuditAction.WARN, target, c.messageId(), c.reason(), now));
        warnings.add(group, target, entry.id(), now);
        counters.sanctioned(group, target, now);
        Instant until = null;
        String why = "Warn ladder: warning " + step.warnings() + " within "
                + ladder.decay().toDays() + " days";
        switch (step.consequence()) {
            case MUTE -> {
                var muted = AuditLog.Entry.of(group, null, AuditAction.MUTE, target, null, why, now)
                        .causedBy(entry.id());
                until = sanctions.mute(
                        group, me.userId(), target, step.mute(), why + " → mute " + step.mute(), muted.id());
                audit.append(muted.withUntil(until));
            }
            case BAN -> {
                var banned = AuditLog.Entry.of(group, null, AuditAction.BAN, target, null, why, now)
                        .causedBy(entry.id());
                sanctions.ban(group, me.userId(), target, why + " → ban", banned.id());
                audit.append(banned);
            }
            case WARNING_ONLY -> {}
        }
        return new Done(entry.id(), ActionKind.WARN, c.messageId(), target, until, step);
    }

    private Done mute(GroupId group, Membership me, UserId target, Command c, Instant now) {
        if (c.minutes() == null || c.minutes() < 1 || c.minutes() > 60 * 24 * 30) {
            throw HuzhuException.invalid(List.of(
                    new HuzhuException.FieldError("minutes", "RANGE", "MUTE needs minutes between 1 and 43200")));
        }
        var entry = AuditLog.Entry.of(group, me.userId(), AuditAction.MUTE, target, c.messageId(), c.reason(), now);
        Instant until =
                sanctions.mute(group, me.userId(), target, Duration.ofMinutes(c.minutes()), c.reason(), entry.id());
        audit.append(entry.withUntil(until));
        return new Done(entry.id(), ActionKind.MUTE, c.messageId(), target, until, null);
    }

    private Done sanction(GroupId group, Membership me, UserId target, Command c, Instant now) {
        AuditAction action = c.action() == ActionKind.KICK ? AuditAction.KICK : AuditAction.BAN;
        var entry = AuditLog.Entry.of(group, me.userId(), action, target, c.messageId(), c.reason(), now);
        if (c.action() == ActionKind.KICK) {
            sanctions.kick(group, me.userId(), target, c.reason(), entry.id());
        } else {
            sanctions.ban(group, me.userId(), target, c.reason(), entry.id());
        }
        audit.append(entry);
        return new Done(entry.id(), c.action(), c.messageId(), target, null, null);
    }

    /** Warnings follow the same role rules as the group's sanctions: not yourself, admins not on admins or owner. */
    private UserId member(GroupId group, Membership me, UserId target) {
        Membership them =
                access.membership(group, target).orElseThrow(() -> HuzhuException.of(ErrorCode.MEMBER_NOT_FOUND));
        if (target.equals(me.userId())) {
            throw HuzhuException.of(ErrorCode.NOT_ON_YOURSELF);
        }
        if (them.role() == GroupRole.OWNER || (them.role() == GroupRole.ADMIN && me.role() != GroupRole.OWNER)) {
            throw HuzhuException.of(ErrorCode.MEMBER_PROTECTED);
        }
        return target;
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw HuzhuException.invalid(List.of(new HuzhuException.FieldError(
                    "messageId", "REQUIRED", "This action needs a messageId (APPROVE, DELETE) or a userId")));
        }
        return value;
    }
}
