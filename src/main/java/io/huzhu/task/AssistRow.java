package io.huzhu.task;

import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One counted assist: the {@code seq}-th cut of the task's schedule. */
record AssistRow(
        UUID id,
        TaskId taskId,
        UserId helperId,
        int seq,
        long cut,
        long progressAfter,
        @Nullable String idempotencyKey,
        @Nullable String deviceId,
        Instant createdAt) {}
