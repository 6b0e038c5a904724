package io.huzhu.task;

import io.huzhu.identity.CurrentUser;
import io.huzhu.risk.RiskDecision;
import io.huzhu.shared.TaskId;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One assist request waiting for its batch, with the inline risk gate's decision (ALLOW or REVIEW; a DENY never gets
 * this far); the future completes after the batch's transaction commits.
 */
record AssistAttempt(
        TaskId taskId,
        CurrentUser helper,
        @Nullable String idempotencyKey,
        RiskDecision risk,
        CompletableFuture<AssistResult> result) {

    AssistAttempt(TaskId taskId, CurrentUser helper, @Nullable String idempotencyKey, RiskDecision risk) {
        this(taskId, helper, idempotencyKey, risk, new CompletableFuture<>());
    }

    boolean sameRequestAs(AssistAttempt other) {
        return idempotencyKey != null && idempotencyKey.equals(other.idempotencyKey);
    }
}
