package io.huzhu.notify;

import io.huzhu.group.MemberJoined;
import io.huzhu.group.MemberSanctioned;
import io.huzhu.moderation.AppealDecided;
import io.huzhu.reciprocity.HelpReported;
import io.huzhu.risk.RiskAppealDecided;
import io.huzhu.risk.RiskPenaltyApplied;
import io.huzhu.shared.UserId;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.TaskExpired;
import io.huzhu.task.TaskProgressCorrected;
import io.huzhu.task.TaskSucceeded;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Other modules' events, turned into notices after their transactions commit (assists: inside theirs); retried from
 * the event publication registry, and idempotent (dedupe keys, counted items), so a retry records nothing twice.
 */
@Component
class InboxListeners {

    private final Inbox inbox;
    private final Clock clock;

    InboxListeners(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Counted inside the assists' own transaction (a constant number of statements per transaction): a durable
     * publication and a transaction of its own would cost more than the counting (ADR 0021). Exactly what committed
     * is counted, and nothing is counted twice.
     */
    @EventListener
    public void on(AssistsRecorded event) {
        inbox.assisted(event.assists());
    }

    @ApplicationModuleListener
    public void on(TaskSucceeded event) {
        inbox.record(NoticeDraft.of(
                        event.initiatorId(), NoticeKind.TASK_SUCCEEDED, "SUCCEEDED:" + event.taskId(), event.at())
                .task(event.taskId()));
    }

    @ApplicationModuleListener
    public void on(TaskExpired event) {
        if (event.settleable()) {
            inbox.record(NoticeDraft.of(
                            event.initiatorId(), NoticeKind.REWARD_TO_CLAIM, "SETTLE:" + event.taskId(), event.at())
                    .task(event.taskId()));
        }
    }

    @ApplicationModuleListener
    public void on(HelpReported event) {
        inbox.record(NoticeDraft.of(event.requesterId(), NoticeKind.HELP_REPORT, "HELP:" + event.reportId(), now())
                .group(event.groupId())
                .subject(event.messageId()));
    }

    @ApplicationModuleListener
    public void on(MemberJoined event) {
        if (event.approvedBy() != null) {
            String key = "JOIN:" + event.groupId() + ":" + event.at().toEpochMilli();
            inbox.record(NoticeDraft.of(event.userId(), NoticeKind.JOIN_APPROVED, key, event.at())
                    .group(event.groupId()));
        }
    }

    @ApplicationModuleListener
    public void on(MemberSanctioned event) {
        String key = "SANCTION:" + event.groupId() + ":" + event.kind() + ":"
                + event.at().toEpochMilli();
        inbox.record(NoticeDraft.of(event.userId(), NoticeKind.MODERATION, key, event.at())
                .group(event.groupId())
                .detail(event.kind().name())
                .until(event.until()));
    }

    /** Risk control voided assists: the helpers whose assist stopped counting, and the task's owner. */
    @ApplicationModuleListener
    public void on(TaskProgressCorrected event) {
        if (event.voidedHelpers().isEmpty()) {
            return;
        }
        String key = "RISK:" + event.correctionId() + ":";
        for (UserId helper : event.voidedHelpers()) {
            inbox.record(NoticeDraft.of(helper, NoticeKind.RISK_DECISION, key + helper, event.at())
                    .task(event.taskId())
                    .subject(event.initiatorId().value())
                    .detail(event.reason()));
        }
        inbox.record(NoticeDraft.of(event.initiatorId(), NoticeKind.RISK_DECISION, key + "owner", event.at())
                .task(event.taskId())
                .subject(event.initiatorId().value())
                .detail(event.reason())
                .count(event.voidedHelpers().size()));
    }

    @ApplicationModuleListener
    public void on(RiskPenaltyApplied event) {
        for (UserId account : event.accounts()) {
            inbox.record(NoticeDraft.of(account, NoticeKind.ACCOUNT_RESTRICTED, "PENALTY:" + event.caseId(), event.at())
                    .subject(event.caseId())
                    .detail(event.banned() ? "BANNED" : "RESTRICTED"));
        }
    }

    @ApplicationModuleListener
    public void on(AppealDecided event) {
        inbox.record(
                NoticeDraft.of(event.appellantId(), NoticeKind.APPEAL_DECIDED, "APPEAL:" + event.appealId(), event.at())
                        .group(event.groupId())
                        .subject(event.appealId())
                        .detail(event.overturned() ? "OVERTURNED" : "UPHELD"));
    }

    @ApplicationModuleListener
    public void on(RiskAppealDecided event) {
        inbox.record(
                NoticeDraft.of(event.appellantId(), NoticeKind.APPEAL_DECIDED, "APPEAL:" + event.appealId(), event.at())
                        .subject(event.appealId())
                        .detail(event.overturned() ? "RISK_OVERTURNED" : "RISK_UPHELD"));
    }

    private Instant now() {
        return clock.instant();
    }
}
