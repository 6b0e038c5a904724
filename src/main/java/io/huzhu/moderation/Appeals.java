package io.huzhu.moderation;

import io.huzhu.feed.FeedModeration;
import io.huzhu.feed.MessageStatus;
import io.huzhu.feed.ModeratedMessage;
import io.huzhu.group.GroupFacts;
import io.huzhu.group.Groups;
import io.huzhu.group.MemberSanctions;
import io.huzhu.group.Membership;
import io.huzhu.safety.ContentSafety;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals against actions (manual or automatic) by the member they were against, decided by a group admin or owner
 * who is not the moderator who acted. Overturning reverses what can be reversed and teaches the spam filter.
 */
@Service
class Appeals {

    enum Decision {
        UPHOLD,
        OVERTURN
    }

    record Filed(AppealRepository.Appeal appeal, AuditLog.Entry entry) {}

    private final AppealRepository appeals;
    private final AuditLog audit;
    private final Groups groups;
    private final FeedModeration feed;
    private final MemberSanctions sanctions;
    private final ObjectProvider<ContentSafety> safety;
    private final Warnings warnings;
    private final Cases cases;
    private final Counters counters;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Appeals(
            AppealRepository appeals,
            AuditLog audit,
            Groups groups,
            FeedModeration feed,
            MemberSanctions sanctions,
            ObjectProvider<ContentSafety> safety,
            Warnings warnings,
            Cases cases,
            Counters counters,
            Clock clock,
            ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.audit = audit;
        this.groups = groups;
        this.feed = feed;
        this.sanctions = sanctions;
        this.safety = safety;
        this.warnings = warnings;
        this.cases = cases;
        this.counters = counters;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Filed file(UserId appellant, UUID auditEntryId, String text) {
        AuditLog.Entry entry =
                audit.find(auditEntryId).orElseThrow(() -> HuzhuException.of(ErrorCode.AUDIT_ENTRY_NOT_FOUND));
        if (!appellant.equals(entry.targetUserId())) {
            throw HuzhuException.of(ErrorCode.NOT_AFFECTED_MEMBER);
        }
        if (!entry.action().appealable()) {
            throw HuzhuException.of(ErrorCode.NOT_APPEALABLE);
        }
        var appeal = new AppealRepository.Appeal(
                Ids.next(),
                entry.id(),
                entry.groupId(),
                appellant,
                text,
                AppealRepository.Status.OPEN,
                null,
                null,
                clock.instant(),
                null);
        if (!appeals.insert(appeal)) {
            throw HuzhuException.of(ErrorCode.APPEAL_ALREADY_OPEN);
        }
        return new Filed(appeal, entry);
    }

    /** The appellant and the group's owner and admins see an appeal; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    Filed view(UUID id, UserId caller) {
        AppealRepository.Appeal appeal = appeal(id);
        if (!appeal.appellantId().equals(caller) && !isModerator(appeal.groupId(), caller)) {
            throw HuzhuException.of(ErrorCode.APPEAL_NOT_FOUND);
        }
        return new Filed(appeal, audit.find(appeal.auditId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    List<Filed> mine(UserId caller, int limit) {
        return appeals.of(caller, limit).stream()
                .map(a -> new Filed(a, audit.find(a.auditId()).orElseThrow()))
                .toList();
    }

    /** The group's appeals for its owner and admins, open ones first. */
    @Transactional(readOnly = true)
    List<Filed> ofGroup(GroupId group, UserId caller, int limit) {
        Membership me =
                groups.membership(group, caller).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
        if (!me.canModerate()) {
            throw new HuzhuException(ErrorCode.GROUP_ROLE_REQUIRED, "Only the group's owner and admins may do this");
        }
        return appeals.ofGroup(group, limit).stream()
                .map(a -> new Filed(a, audit.find(a.auditId()).orElseThrow()))
                .toList();
    }

    @Transactional
    Filed decide(UUID id, UserId caller, Decision decision, String note) {
        AppealRepository.Appeal appeal = appeal(id);
        AuditLog.Entry entry = audit.find(appeal.auditId()).orElseThrow();
        GroupId group = appeal.groupId();
        Membership me = groups.membership(group, caller).orElse(null);
        if (me == null || !me.canModerate()) {
            if (appeal.appellantId().equals(caller)) {
                throw new HuzhuException(ErrorCode.GROUP_ROLE_REQUIRED, "A group admin or the owner decides appeals");
            }
            throw HuzhuException.of(ErrorCode.APPEAL_NOT_FOUND);
        }
        if (appeal.status() != AppealRepository.Status.OPEN) {
            throw HuzhuException.of(ErrorCode.APPEAL_ALREADY_DECIDED);
        }
        independent(group, caller, appeal.appellantId(), actedBy(entry));
        Instant now = clock.instant();
        var status =
                decision == Decision.OVERTURN ? AppealRepository.Status.OVERTURNED : AppealRepository.Status.UPHELD;
        if (!appeals.decide(id, status, caller, note, now)) {
            throw HuzhuException.of(ErrorCode.APPEAL_ALREADY_DECIDED);
        }
        AuditAction logged = decision == Decision.OVERTURN ? AuditAction.APPEAL_OVERTURNED : AuditAction.APPEAL_UPHELD;
        var decided = AuditLog.Entry.of(group, caller, logged, appeal.appellantId(), entry.messageId(), note, now)
                .causedBy(entry.id());
        if (decision == Decision.OVERTURN) {
            reverse(entry, decided, now);
            for (AuditLog.Entry step : audit.causedBy(entry.id())) {
                reverse(step, decided, now);
            }
        }
        counters.active(group, caller, now);
        audit.append(decided);
        events.publishEvent(new AppealDecided(id, group, appeal.appellantId(), decision == Decision.OVERTURN, now));
        return new Filed(appeals.find(id).orElseThrow(), entry);
    }

    /** The moderator behind an entry: its actor, or for an automatic ladder step the actor of the warning. */
    private @Nullable UserId actedBy(AuditLog.Entry entry) {
        if (entry.actorId() != null || entry.causedBy() == null) {
            return entry.actorId();
        }
        return audit.find(entry.causedBy()).map(AuditLog.Entry::actorId).orElse(null);
    }

    private void independent(GroupId group, UserId caller, UserId appellant, @Nullable UserId actedBy) {
        if (caller.equals(appellant)) {
            throw new HuzhuException(ErrorCode.APPEAL_OWN_ACTION, "You cannot decide your own appeal");
        }
        if (actedBy == null || !actedBy.equals(caller)) {
            return;
        }
        List<UserId> others = groups.facts(group).map(GroupFacts::moderators).orElse(List.of()).stream()
                .filter(m -> !m.equals(caller) && !m.equals(appellant))
                .toList();
        if (others.isEmpty()) {
            throw new HuzhuException(
                    ErrorCode.NO_INDEPENDENT_REVIEWER,
                    "You took this action and there is no other admin to review the appeal. Appoint another admin"
                            + " (promote a trusted member) so that appeals are decided independently.");
        }
        throw HuzhuException.of(ErrorCode.APPEAL_OWN_ACTION);
    }

    /** Undoes one entry; a lifted mute or ban is recorded by the decision entry {@code decided}, not twice. */
    private void reverse(AuditLog.Entry entry, AuditLog.Entry decided, Instant now) {
        UserId decider = Objects.requireNonNull(decided.actorId());
        String why = "Appeal accepted";
        GroupId group = entry.groupId();
        UserId target = entry.targetUserId();
        switch (entry.action()) {
            case HOLD, HIDE -> {
                ModeratedMessage m = message(entry);
                if (m != null && (m.status() == MessageStatus.HELD || m.status() == MessageStatus.HIDDEN)) {
                    feed.approve(group, m.id());
                    cases.close(group, Cases.messageKey(m.id()), decider, now);
                }
                learnHam(entry, m);
            }
            case DELETE -> {
                ModeratedMessage m = message(entry);
                if (m != null && m.status() == MessageStatus.REMOVED) {
                    feed.restore(group, m.id());
                }
                learnHam(entry, m);
            }
            case WARN -> warnings.overturn(entry.id(), now);
            case MUTE -> {
                if (target != null
                        && groups.membership(group, target)
                                .filter(x -> x.isMuted(now))
                                .isPresent()) {
                    sanctions.unmute(group, decider, target, why, decided.id());
                }
            }
            case BAN -> {
                if (target != null) {
                    sanctions.unban(group, decider, target, why, decided.id());
                }
            }
            default -> {
                // A kick needs no reversal: the member may join again.
            }
        }
    }

    private void learnHam(AuditLog.Entry entry, @Nullable ModeratedMessage m) {
        if ((entry.pipeline() || entry.action() == AuditAction.HOLD) && m != null && m.text() != null) {
            safety.ifAvailable(s -> s.learnHam(m.text()));
        }
    }

    private @Nullable ModeratedMessage message(AuditLog.Entry entry) {
        return entry.messageId() == null
                ? null
                : feed.message(entry.groupId(), entry.messageId()).orElse(null);
    }

    private boolean isModerator(GroupId group, UserId user) {
        return groups.membership(group, user).map(Membership::canModerate).orElse(false);
    }

    private AppealRepository.Appeal appeal(UUID id) {
        return appeals.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.APPEAL_NOT_FOUND));
    }
}
