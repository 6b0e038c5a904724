package io.huzhu.analytics;

import io.huzhu.analytics.Fact.Kind;
import io.huzhu.feed.MessageKind;
import io.huzhu.feed.MessagePosted;
import io.huzhu.feed.MessageScreened;
import io.huzhu.group.MemberJoined;
import io.huzhu.group.MemberLeft;
import io.huzhu.identity.AccountRegistered;
import io.huzhu.identity.SignedIn;
import io.huzhu.moderation.CaseActioned;
import io.huzhu.moderation.ReportFiled;
import io.huzhu.reciprocity.HelpConfirmed;
import io.huzhu.reciprocity.HelpReported;
import io.huzhu.safety.FindingType;
import io.huzhu.task.AssistRecorded;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.RewardClaimed;
import io.huzhu.task.TaskExpired;
import io.huzhu.task.TaskProgressCorrected;
import io.huzhu.task.TaskSettled;
import io.huzhu.task.TaskStarted;
import io.huzhu.task.TaskSucceeded;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into facts in the inbox, after their transaction commits and retried from the event
 * publication registry (assists: inside their transaction). Each fact has a natural key, so a replayed event is
 * recorded once.
 */
@Component
class AnalyticsListeners {

    private static final Set<String> FLAGGED = Set.of("LINK", "SPAM", "AD", "PAID_ASSIST");
    private final Inbox inbox;

    AnalyticsListeners(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    public void on(AccountRegistered e) {
        inbox.add(Fact.of("reg:" + e.userId().value(), Kind.REGISTERED, e.at())
                .user(e.userId().value()));
    }

    @ApplicationModuleListener
    public void on(SignedIn e) {
        String key = "in:" + e.userId().value() + ":" + e.at().toEpochMilli();
        inbox.add(Fact.of(key, Kind.SIGNED_IN, e.at()).user(e.userId().value()));
    }

    @ApplicationModuleListener
    public void on(TaskStarted e) {
        inbox.add(Fact.of("start:" + e.taskId().value(), Kind.TASK_STARTED, e.startedAt())
                .user(e.initiatorId().value())
                .task(e.taskId().value(), e.campaignId().value()));
    }

    /**
     * Assists are the one event with a fact per request: their facts go into the inbox inside the assist's own
     * transaction (one batch, the inbox being the outbox), not through a durable publication and a transaction of
     * their own (ADR 0021).
     */
    @EventListener
    public void on(AssistsRecorded e) {
        List<Fact> facts = e.assists().stream().map(AnalyticsListeners::assist).toList();
        inbox.add(facts);
    }

    private static Fact assist(AssistRecorded a) {
        return Fact.of("assist:" + a.assistId(), Kind.ASSIST, a.at())
                .user(a.helperId().value())
                .task(a.taskId().value(), a.campaignId().value())
                .other(a.initiatorId().value());
    }

    @ApplicationModuleListener
    public void on(TaskSucceeded e) {
        inbox.add(Fact.of("success:" + e.taskId().value(), Kind.TASK_SUCCEEDED, e.at())
                .user(e.initiatorId().value())
                .task(e.taskId().value(), e.campaignId().value())
                .amount(e.assists()));
    }

    @ApplicationModuleListener
    public void on(TaskExpired e) {
        inbox.add(Fact.of("expired:" + e.taskId().value(), Kind.TASK_EXPIRED, e.at())
                .user(e.initiatorId().value())
                .task(e.taskId().value(), e.campaignId().value()));
    }

    @ApplicationModuleListener
    public void on(RewardClaimed e) {
        inbox.add(Fact.of("claim:" + e.taskId().value(), Kind.REWARD_CLAIMED, e.at())
                .user(e.initiatorId().value())
                .task(e.taskId().value(), e.campaignId().value())
                .amount(e.valueCents()));
    }

    @ApplicationModuleListener
    public void on(TaskSettled e) {
        inbox.add(Fact.of("settle:" + e.taskId().value(), Kind.TASK_SETTLED, e.at())
                .user(e.initiatorId().value())
                .task(e.taskId().value(), e.campaignId().value())
                .amount(e.valueCents()));
    }

    @ApplicationModuleListener
    public void on(TaskProgressCorrected e) {
        if (!e.voidedHelpers().isEmpty()) {
            inbox.add(Fact.of("void:" + e.correctionId(), Kind.ASSISTS_VOIDED, e.at())
                    .task(e.taskId().value(), e.campaignId().value())
                    .amount(e.voidedHelpers().size()));
        }
        if (!e.restoredHelpers().isEmpty()) {
            inbox.add(Fact.of("restore:" + e.correctionId(), Kind.ASSISTS_RESTORED, e.at())
                    .task(e.taskId().value(), e.campaignId().value())
                    .amount(e.restoredHelpers().size()));
        }
    }

    @ApplicationModuleListener
    public void on(MemberJoined e) {
        String key = "join:" + e.groupId().value() + ":" + e.userId().value() + ":" + e.at().toEpochMilli();
        inbox.add(Fact.of(key, Kind.MEMBER_JOINED, e.at())
                .group(e.groupId().value())
                .user(e.userId().value())
                .other(e.invitedBy() == null ? null : e.invitedBy().value()));
    }

    @ApplicationModuleListener
    public void on(MemberLeft e) {
        String key = "left:" + e.groupId().value() + ":" + e.userId().value() + ":" + e.at().toEpochMilli();
        inbox.add(Fact.of(key, Kind.MEMBER_LEFT, e.at())
                .group(e.groupId().value())
                .user(e.userId().value())
                .label(e.reason().name()));
    }

    @ApplicationModuleListener
    public void on(MessagePosted e) {
        if (e.kind() == MessageKind.SUCCESS) {
            return; // posted by the system when a task succeeds, not by a member
        }
        inbox.add(Fact.of("msg:" + e.messageId(), Kind.MESSAGE_POSTED, e.at())
                .group(e.groupId().value())
                .user(e.authorId().value())
                .other(e.messageId())
                .task(e.taskId() == null ? null : e.taskId().value(), null)
                .label(e.kind().name()));
    }

    @ApplicationModuleListener
    public void on(MessageScreened e) {
        boolean personal = e.findingTypes().stream().anyMatch(AnalyticsListeners::personalData);
        boolean flagged = "HOLD".equals(e.action())
                && (personal || e.findingTypes().stream().anyMatch(FLAGGED::contains));
        String key = "screen:" + e.groupId().value() + ":" + e.authorId().value() + ":" + e.at().getEpochSecond() + "."
                + e.at().getNano();
        inbox.add(Fact.of(key, Kind.MESSAGE_SCREENED, e.at())
                .group(e.groupId().value())
                .user(e.authorId().value())
                .amount((flagged ? 1 : 0) + (personal ? 2 : 0)));
    }

    @ApplicationModuleListener
    public void on(HelpReported e) {
        inbox.add(Fact.of("helped:" + e.reportId(), Kind.HELP_REPORTED, e.at())
                .group(e.groupId().value())
                .user(e.helperId().value())
                .other(e.messageId()));
    }

    @ApplicationModuleListener
    public void on(HelpConfirmed e) {
        inbox.add(Fact.of("confirmed:" + e.reportId(), Kind.HELP_CONFIRMED, e.at())
                .group(e.groupId().value())
                .user(e.helperId().value())
                .other(e.messageId()));
    }

    @ApplicationModuleListener
    public void on(ReportFiled e) {
        inbox.add(Fact.of("report:" + e.reportId(), Kind.REPORT_FILED, e.at())
                .group(e.groupId().value())
                .label(e.reason().name()));
    }

    @ApplicationModuleListener
    public void on(CaseActioned e) {
        inbox.add(Fact.of("acted:" + e.caseId() + ":" + e.at().toEpochMilli(), Kind.CASE_ACTIONED, e.at())
                .group(e.groupId().value())
                .at2(e.firstReportAt()));
    }

    private static boolean personalData(String type) {
        try {
            return FindingType.valueOf(type).isPersonalData();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
