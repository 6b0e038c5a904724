package io.huzhu.moderation;

import io.huzhu.feed.MessageHeld;
import io.huzhu.feed.MessagePosted;
import io.huzhu.feed.MessageScreened;
import io.huzhu.group.MemberJoined;
import io.huzhu.group.MemberLeft;
import io.huzhu.group.MemberSanctioned;
import io.huzhu.safety.FindingType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feed and membership events, handled after their transaction commits and retried from the event publication
 * registry. They feed the review queue, the audit log (automatic holds, joins and departures, and sanctions the
 * caller did not log itself) and the counters behind trust levels and the safety score. Every entry is written from
 * the facts the event carries: who acted, on whom, why.
 */
@Component
class ModerationListeners {

    /** Finding types that make a held message count as spam or ads (confirmed by DELETE, it teaches the filter). */
    private static final Set<String> SPAM = Set.of("SPAM", "AD", "PAID_ASSIST", "DUPLICATE", "FLOOD");
    /** Holds for these count toward the safety score's "held for unknown links, ads or personal data". */
    private static final Set<String> FLAGGED = Set.of("LINK", "SPAM", "AD", "PAID_ASSIST");

    /** The audit reason when the admin gave none. */
    private static final Map<AuditAction, String> DEFAULT_REASON = Map.of(
            AuditAction.MUTE, "Muted by a group admin",
            AuditAction.UNMUTE, "Mute lifted by a group admin",
            AuditAction.KICK, "Removed by a group admin",
            AuditAction.BAN, "Banned by a group admin",
            AuditAction.UNBAN, "Ban lifted by a group admin");

    private final Cases cases;
    private final AuditLog audit;
    private final Counters counters;

    ModerationListeners(Cases cases, AuditLog audit, Counters counters) {
        this.cases = cases;
        this.audit = audit;
        this.counters = counters;
    }

    @ApplicationModuleListener
    public void on(MessagePosted event) {
        counters.posted(event.groupId(), event.authorId(), event.at());
        counters.add(event.groupId(), event.at(), Counters.Daily.MESSAGES);
    }

    @ApplicationModuleListener
    public void on(MessageHeld event) {
        List<Finding> findings = event.findings().stream()
                .map(f -> new Finding(f.type(), f.rule(), f.explanation()))
                .toList();
        boolean spam = findings.stream().anyMatch(f -> SPAM.contains(f.type()));
        String json = Finding.write(findings);
        cases.held(event.groupId(), event.messageId(), event.authorId(), json, spam, event.at());
        String types = String.join(
                ", ", findings.stream().map(Finding::type).distinct().toList());
        audit.append(AuditLog.Entry.of(
                        event.groupId(),
                        null,
                        AuditAction.HOLD,
                        event.authorId(),
                        event.messageId(),
                        "Held by the safety pipeline for review: " + types,
                        event.at())
                .withFindings(json, true));
    }

    @ApplicationModuleListener
    public void on(MessageScreened event) {
        counters.add(event.groupId(), event.at(), Counters.Daily.SCREENED);
        boolean personal = event.findingTypes().stream().anyMatch(ModerationListeners::personalData);
        if ("HOLD".equals(event.action())
                && (personal || event.findingTypes().stream().anyMatch(FLAGGED::contains))) {
            counters.add(event.groupId(), event.at(), Counters.Daily.HELD_FLAGGED);
        }
        if (personal) {
            counters.add(event.groupId(), event.at(), Counters.Daily.PII_INCIDENTS);
        }
    }

    @ApplicationModuleListener
    public void on(MemberSanctioned event) {
        counters.active(event.groupId(), event.actorId(), event.at());
        AuditAction action = action(event.kind());
        if (action.appealable()) {
            counters.sanctioned(event.groupId(), event.userId(), event.at());
        }
        if (event.auditId() != null) {
            return; // the door it came through (moderation's actions, an appeal) logged it already
        }
        String reason = event.reason().isBlank() ? DEFAULT_REASON.get(action) : event.reason();
        audit.append(
                AuditLog.Entry.of(event.groupId(), event.actorId(), action, event.userId(), null, reason, event.at())
                        .withUntil(event.until()));
    }

    @ApplicationModuleListener
    public void on(MemberLeft event) {
        counters.add(event.groupId(), event.at(), Counters.Daily.DEPARTURES);
        if (event.reason() == MemberLeft.Reason.LEFT) {
            audit.append(AuditLog.Entry.of(
                    event.groupId(), event.userId(), AuditAction.LEAVE, event.userId(), null, "Left", event.at()));
        }
        // Kicks and bans are logged from their MemberSanctioned event, which names the actor and the reason.
    }

    @ApplicationModuleListener
    public void on(MemberJoined event) {
        String reason = event.invitedBy() == null ? "Joined" : "Joined by invitation";
        audit.append(AuditLog.Entry.of(
                event.groupId(), event.userId(), AuditAction.JOIN, event.userId(), null, reason, event.at()));
    }

    private static AuditAction action(MemberSanctioned.Kind kind) {
        return switch (kind) {
            case MUTE -> AuditAction.MUTE;
            case UNMUTE -> AuditAction.UNMUTE;
            case KICK -> AuditAction.KICK;
            case BAN -> AuditAction.BAN;
            case UNBAN -> AuditAction.UNBAN;
        };
    }

    private static boolean personalData(String type) {
        try {
            return FindingType.valueOf(type).isPersonalData();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
