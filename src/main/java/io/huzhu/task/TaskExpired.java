package io.huzhu.task;

import io.huzhu.guardrails.TaskStateSignal;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** A task reached its deadline before its target; its seed is now public. */
public record TaskExpired(
        TaskId taskId,
        CampaignId campaignId,
        UserId initiatorId,
        long progress,
        long remaining,
        String seed,
        Instant at)
        implements TaskStateSignal {

    @Override
    public boolean stillOpen() {
        return false;
    }

    @Override
    public boolean reachedTarget() {
        return false;
    }
}
