package io.huzhu.task;

import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a counted assist: which cut of the schedule it took and where the task stood right after it.
 * {@code replayed} is true when the same request (same Idempotency-Key) was answered before.
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
        Instant at,
        boolean replayed) {

    AssistResult asReplay() {
        return new AssistResult(
                assistId, taskId, helperId, seq, cut, progress, remaining, maxAssistsRemaining, taskStatus, at, true);
    }
}
