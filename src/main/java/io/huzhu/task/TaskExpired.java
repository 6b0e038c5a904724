package io.huzhu.task;

import io.huzhu.guardrails.TaskStateSignal;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/**
 * A task reached its deadline before its target; its seed is now public. {@code settleable} is true when the member
 * may still take the partial value (buy at the current price, or a coupon) until the claim deadline.
 */
public record TaskExpired(
        TaskId taskId,
        CampaignId campaignId,
        UserId initiatorId,
        long progress,
        long remaining,
        String seed,
        Instant at,
        boolean settleable)
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
