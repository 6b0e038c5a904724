package io.huzhu.guardrails;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Learns from the features' events, synchronously in the publishing transaction: a limit check in the next request
 * then sees exactly what was committed (and nothing that rolled back). Assists (they only feed the monthly summary)
 * too: one JDBC batch inside the assist's transaction costs less than a durable publication and a transaction of its
 * own (ADR 0021).
 */
@Component
class GuardrailListeners {

    private final ActivityStore activity;

    GuardrailListeners(ActivityStore activity) {
        this.activity = activity;
    }

    @EventListener
    void on(TaskStartSignal started) {
        activity.taskStarted(started.taskId(), started.initiatorId(), started.startedAt(), started.expiresAt());
    }

    @EventListener
    void on(TaskStateSignal changed) {
        activity.taskState(changed.taskId(), changed.stillOpen(), changed.reachedTarget(), changed.at());
    }

    @EventListener
    void on(SpendSignal spent) {
        activity.spent(spent.taskId(), spent.initiatorId(), spent.paidCents(), spent.savedCents(), spent.at());
    }

    @EventListener
    void on(HelpPostSignal posted) {
        if (posted.helpPost()) {
            activity.helpPosted(posted.messageId(), posted.authorId(), posted.at());
        }
    }

    @EventListener
    void on(AssistTally assists) {
        activity.assists(assists.assistFacts());
    }
}
