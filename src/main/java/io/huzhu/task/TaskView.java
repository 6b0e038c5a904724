package io.huzhu.task;

import io.huzhu.campaign.CampaignKind;
import io.huzhu.campaign.ExpiryOption;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A task as anyone may see it. Amounts are exact integers: cents, or assists when {@code unit} is ASSISTS.
 * {@code maxAssistsRemaining} is the guaranteed upper bound of assists still needed (the rest of the fixed
 * schedule). The seed appears only once the task has ended. {@code initiatorName} is the initiator's display name,
 * so a helper knows whom they help. {@code assistsUnderReview} count provisionally (a succeeded task cannot claim
 * while any remain: {@code claimOnHold}); {@code assistsVoided} stay in the timeline but do not count.
 */
public record TaskView(
        TaskId id,
        CampaignId campaignId,
        int rulesVersion,
        String termsHash,
        CampaignKind kind,
        String title,
        String reward,
        TaskStatus status,
        UserId initiatorId,
        String initiatorName,
        String shareCode,
        String shareLink,
        String qrCodeUrl,
        String unit,
        long targetAmount,
        long progress,
        long remaining,
        @Nullable Long startPriceCents,
        @Nullable Long currentPriceCents,
        @Nullable Long floorPriceCents,
        int assistsDone,
        int maxAssistsRemaining,
        Instant startedAt,
        Instant expiresAt,
        @Nullable Instant endedAt,
        @Nullable Instant claimDeadline,
        @Nullable Instant claimedAt,
        ExpiryOption expiryOption,
        @Nullable String settlement,
        @Nullable Long settlementValueCents,
        long rewardValueCents,
        String seedCommitment,
        @Nullable String seed,
        int assistsUnderReview,
        int assistsVoided,
        boolean claimOnHold) {}
