package io.huzhu.task;

import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One assist: the {@code seq}-th entry of the task's timeline, holding the cut of schedule slot {@code slot}. A
 * voided assist keeps both but no longer counts. {@code openAfter} is the task's "most assists still needed" right
 * after it (null on rows written before slots existed).
 */
record AssistRow(
        UUID id,
        TaskId taskId,
        UserId helperId,
        int seq,
        int slot,
        long cut,
        long progressAfter,
        @Nullable Integer openAfter,
        AssistStatus status,
        @Nullable String reason,
        @Nullable UUID caseId,
        @Nullable String idempotencyKey,
        Instant createdAt) {

    boolean counts() {
        return status != AssistStatus.VOIDED;
    }

    AssistRow moved(
            AssistStatus newStatus, @Nullable String newReason, @Nullable UUID newCase, int newSlot, long newCut) {
        return new AssistRow(
                id,
                taskId,
                helperId,
                seq,
                newSlot,
                newCut,
                progressAfter,
                openAfter,
                newStatus,
                newReason,
                newCase,
                idempotencyKey,
                createdAt);
    }
}
