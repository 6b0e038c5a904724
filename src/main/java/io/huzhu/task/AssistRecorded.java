package io.huzhu.task;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** An assist counted: the task moved by {@code cut}; the figures are those right after this assist. */
public record AssistRecorded(
        TaskId taskId,
        CampaignId campaignId,
        UserId helperId,
        UserId initiatorId,
        int seq,
        long cut,
        long progress,
        long remaining,
        int maxAssistsRemaining,
        Instant at) {}
