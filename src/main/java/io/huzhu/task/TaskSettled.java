package io.huzhu.task;

import io.huzhu.campaign.ExpiryOption;
import io.huzhu.guardrails.SpendSignal;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/**
 * The member of an expired task took its partial value. {@code paidCents} is what the member agreed to pay (buying an
 * expired bargain at its current price; zero for a coupon), {@code savedCents} the value taken (the amount reached).
 */
public record TaskSettled(
        TaskId taskId,
        CampaignId campaignId,
        UserId initiatorId,
        ExpiryOption option,
        long valueCents,
        Instant at,
        long paidCents,
        long savedCents)
        implements SpendSignal {}
