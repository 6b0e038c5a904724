package io.huzhu.reciprocity;

import io.huzhu.group.MemberLeft;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.TaskExpired;
import io.huzhu.task.TaskProgressCorrected;
import io.huzhu.task.TaskSucceeded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Task and membership events, handled after their transaction commits and retried from the event publication registry until they
 * succeed; every handler is idempotent, so a retry after a partial failure is harmless.
 */
@Component
class ReciprocityListeners {

    private final AssistCredits credits;

    ReciprocityListeners(AssistCredits credits) {
        this.credits = credits;
    }

    @ApplicationModuleListener
    public void on(AssistsRecorded event) {
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
