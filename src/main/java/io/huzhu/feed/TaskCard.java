package io.huzhu.feed;

import io.huzhu.shared.TaskId;
import io.huzhu.task.TaskStatus;
import io.huzhu.task.TaskView;
import java.time.Instant;

/** The live card of a task posted to a feed: exact remaining amount, guaranteed most assists still needed. */
public record TaskCard(
        TaskId taskId,
        String title,
        TaskStatus status,
        String unit,
        long targetAmount,
        long progress,
        long remaining,
        int maxAssistsRemaining,
        Instant expiresAt,
        String shareCode,
        String shareLink) {

    static TaskCard of(TaskView task) {
        return new TaskCard(
                task.id(),
                task.title(),
                task.status(),
                task.unit(),
                task.targetAmount(),
                task.progress(),
                task.remaining(),
                task.maxAssistsRemaining(),
                task.expiresAt(),
                task.shareCode(),
                task.shareLink());
    }
}
