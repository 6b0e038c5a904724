package io.huzhu.moderation;

import io.huzhu.feed.MessageHeld;
import io.huzhu.feed.MessagePosted;
import io.huzhu.feed.MessageScreened;
import io.huzhu.group.MemberLeft;
import io.huzhu.group.MemberMuted;
import io.huzhu.safety.FindingType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feed and membership events, handled after their transaction commits and retried from the event publication
 * registry. They feed the review queue, the audit log (automatic actions and sanctions taken through the group's own
 * endpoints) and the counters behind trust levels and the safety score.
 */
@Component
class ModerationListeners {

    /** Finding types that make a held message count as spam or ads (confirmed by DELETE, it teaches the filter). */
    private static final Set<String> SPAM = Set.of("SPAM", "AD", "PAID_ASSIST", "DUPLICATE", "FLOOD");
    /** Holds for these count toward the safety score's "held for unknown links, ads or personal data". */
    private static final Set<String> FLAGGED = Set.of("LINK", "SPAM", "AD", "PAID_ASSIST");

    // Sanctions this module took itself are logged in the same transaction; events about them are not logged twice.
    private static final Duration SAME_ACTION = Duration.ofMinutes(2);

    private final Cases cases;
    private final AuditLog audit;
    private final Counters counters;
    private final Clock clock;

    ModerationListeners(Cases cases, AuditLog audit, Counters counters, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.counters = counters;
        this.clock = clock;
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
    public void on(MemberMuted event) {
        // The event carries no time; it is handled right after the mute commits.
        Instant now = clock.instant();
        counters.sanctioned(event.groupId(), event.userId(), now);
        counters.active(event.groupId(), event.by(), now);
        if (!audit.mutedUntil(event.groupId(), event.userId(), event.until())) {
            audit.append(AuditLog.Entry.of(
                            event.groupId(), event.by(), AuditAction.MUTE, event.userId(), null, event.reason(), now)
                    .withUntil(event.until()));
        }
    }

    @ApplicationModuleListener
    public void on(MemberLeft event) {
        counters.add(event.groupId(), event.at(), Counters.Daily.DEPARTURES);
        if (event.reason() == MemberLeft.Reason.LEFT) {
            return;
        }
        counters.sanctioned(event.groupId(), event.userId(), event.at());
        AuditAction action = event.reason() == MemberLeft.Reason.KICKED ? AuditAction.KICK : AuditAction.BAN;
        if (!audit.logged(event.groupId(), event.userId(), action, event.at(), SAME_ACTION)) {
            // The event does not say which admin acted: logged as the group's own action.
            audit.append(AuditLog.Entry.of(
                    event.groupId(),
                    null,
                    action,
                    event.userId(),
                    null,
                    action == AuditAction.KICK ? "Removed by a group admin" : "Banned by a group admin",
                    event.at()));
        }
    }

    private static boolean personalData(String type) {
        try {
            return FindingType.valueOf(type).isPersonalData();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
