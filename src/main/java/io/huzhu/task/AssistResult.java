package io.huzhu.task;

import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an assist: which cut of the schedule it took and where the task stood right after it.
 * {@code status} is COUNTED, or UNDER_REVIEW when risk control holds it (it counts provisionally; {@code reason}
 * says why). {@code replayed} is true when the same request (same Idempotency-Key) was answered before.
 */
public record AssistResult(
        UUID assistId,
        TaskId taskId,
        UserId helperId,
        int seq,
        long cut,
        long progress,
        long remaining,
        int maxAssistsRemaining,
        TaskStatus taskStatus,
        AssistStatus status,
        @Nullable String reason,
        Instant at,
        boolean replayed) {

    AssistResult asReplay() {
        return new AssistResult(
                assistId,
                taskId,
                helperId,
                seq,
                cut,
                progress,
                remaining,
                maxAssistsRemaining,
                taskStatus,
                status,
                reason,
                at,
                true);
    }
}
