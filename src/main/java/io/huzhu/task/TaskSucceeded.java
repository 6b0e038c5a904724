package io.huzhu.task;

import io.huzhu.guardrails.TaskStateSignal;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** A task reached its target; its seed is now public. */
public record TaskSucceeded(
        TaskId taskId, CampaignId campaignId, UserId initiatorId, int assists, String seed, Instant at)
        implements TaskStateSignal {

    @Override
    public boolean stillOpen() {
        return false;
    }

    @Override
    public boolean reachedTarget() {
        return true;
    }
}
