package io.huzhu.task;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.TaskId;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** One assist request waiting for its batch; the future completes after the batch's transaction commits. */
record AssistAttempt(
        TaskId taskId,
        CurrentUser helper,
        @Nullable String idempotencyKey,
        @Nullable String deviceId,
        CompletableFuture<AssistResult> result) {

    AssistAttempt(TaskId taskId, CurrentUser helper, @Nullable String idempotencyKey, @Nullable String deviceId) {
        this(taskId, helper, idempotencyKey, deviceId, new CompletableFuture<>());
    }

    boolean sameRequestAs(AssistAttempt other) {
        return idempotencyKey != null && idempotencyKey.equals(other.idempotencyKey);
    }
}
