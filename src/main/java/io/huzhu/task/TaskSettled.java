package io.huzhu.task;

import io.huzhu.campaign.ExpiryOption;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** The member of an expired task took its partial value. */
public record TaskSettled(
        TaskId taskId, CampaignId campaignId, UserId initiatorId, ExpiryOption option, long valueCents, Instant at) {}
