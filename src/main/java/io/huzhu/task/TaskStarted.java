package io.huzhu.task;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** A member started a task; its schedule is committed by {@code commitment}. */
public record TaskStarted(
        TaskId taskId,
        CampaignId campaignId,
        int rulesVersion,
        UserId initiatorId,
        String commitment,
        long targetAmount,
        int maxAssists,
        Instant startedAt,
        Instant expiresAt) {}
