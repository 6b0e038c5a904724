package io.huzhu.reciprocity;

import io.huzhu.group.MemberLeft;
import io.huzhu.task.AssistRecorded;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.TaskExpired;
import io.huzhu.task.TaskProgressCorrected;
import io.huzhu.task.TaskSucceeded;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Task and membership events, handled after their transaction commits and retried from the event publication registry until they
 * succeed; every handler is idempotent, so a retry after a partial failure is harmless.
 */
@Component
class ReciprocityListeners {

    private final AssistCredits credits;
    private final ApplicationEventPublisher events;

    ReciprocityListeners(AssistCredits credits, ApplicationEventPublisher events) {
        this.credits = credits;
        this.events = events;
    }

    /**
     * Inside the assists' transaction, one read: which of its tasks were ever asked for help. Most never were, and
     * their transactions then pay for no durable publication at all (ADR 0021); the rest are booked durably.
     */
    @EventListener
    void on(AssistsRecorded event) {
        List<AssistRecorded> asked = credits.onAskedTasks(event.assists());
        if (!asked.isEmpty()) {
            events.publishEvent(new AskedTasksAssisted(asked));
        }
    }

    @ApplicationModuleListener
    public void on(AskedTasksAssisted event) {
        credits.credit(event.assists());
    }

    /** Risk control voided or restored assists: their ledger credits follow. */
    @ApplicationModuleListener
    public void on(TaskProgressCorrected event) {
        credits.correct(event);
    }

    /** The task's help requests are done; closed at the success time so that its last assist still counts. */
    @ApplicationModuleListener
    public void on(TaskSucceeded event) {
        credits.closeTask(event.taskId(), HelpStatus.DONE, event.at());
    }

    @ApplicationModuleListener
    public void on(MemberLeft event) {
        credits.closeRequestsOf(event.groupId(), event.userId(), event.at());
    }

    @ApplicationModuleListener
    public void on(TaskExpired event) {
        credits.closeTask(event.taskId(), HelpStatus.EXPIRED, event.at());
    }
}
