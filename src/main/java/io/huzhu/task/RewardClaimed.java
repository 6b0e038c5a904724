package io.huzhu.task;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** The member of a succeeded task claimed its reward (exactly once). */
public record RewardClaimed(TaskId taskId, CampaignId campaignId, UserId initiatorId, long valueCents, Instant at) {}
