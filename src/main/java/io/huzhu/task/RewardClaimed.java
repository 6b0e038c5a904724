package io.huzhu.task;

import io.huzhu.guardrails.SpendSignal;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/**
 * The member of a succeeded task claimed its reward (exactly once). {@code paidCents} is what the member agreed to pay
 * (a bargain's floor price; zero for free items and cash), {@code savedCents} what the reward is worth against that.
 */
public record RewardClaimed(
        TaskId taskId,
        CampaignId campaignId,
        UserId initiatorId,
        long valueCents,
        Instant at,
        long paidCents,
        long savedCents)
        implements SpendSignal {}
