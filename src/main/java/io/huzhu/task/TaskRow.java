package io.huzhu.task;

import io.huzhu.campaign.CampaignKind;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code task} (without the schedule bytes, which are loaded and cached separately). {@code assistsDone}
 * counts the schedule slots held by counted or held assists; {@code releasedSlots} (ascending) are slots given back
 * by voided assists, taken again first.
 */
record TaskRow(
        TaskId id,
        CampaignId campaignId,
        int rulesVersion,
        UserId initiatorId,
        CampaignKind kind,
        TaskStatus status,
        String shareCode,
        long targetAmount,
        long progress,
        int cutCount,
        int assistsDone,
        long rewardValue,
        String commitment,
        String seed,
        Instant startedAt,
        Instant expiresAt,
        @Nullable Instant endedAt,
        @Nullable Instant claimedAt,
        @Nullable Instant claimDeadline,
        @Nullable String settlement,
        @Nullable Long settlementValue,
        int voidedCount,
        int underReview,
        int[] releasedSlots) {

    long remaining() {
        return targetAmount - progress;
    }

    /** Slots not held by a counted or held assist: the most assists still needed. */
    int maxAssistsRemaining() {
        return cutCount - assistsDone;
    }

    /** The next timeline position: every assist ever written, voided ones included. */
    int nextSeq() {
        return assistsDone + voidedCount;
    }

    /** The next never-issued slot: slots ever issued are those held plus those released and not yet taken again. */
    int freshSlot() {
        return assistsDone + releasedSlots.length;
    }

    /** This row after a correction by risk control. */
    TaskRow corrected(
            long newProgress,
            int held,
            int voided,
            int review,
            int[] released,
            TaskStatus newStatus,
            @Nullable Instant newEndedAt,
            @Nullable Instant newClaimDeadline) {
        return new TaskRow(
                id,
                campaignId,
                rulesVersion,
                initiatorId,
                kind,
                newStatus,
                shareCode,
                targetAmount,
                newProgress,
                cutCount,
                held,
                rewardValue,
                commitment,
                seed,
                startedAt,
                expiresAt,
                newEndedAt,
                claimedAt,
                newClaimDeadline,
                settlement,
                settlementValue,
                voided,
                review,
                released);
    }

    /** The status as of {@code now}: an open task past its deadline is expired even before the sweeper runs. */
    TaskStatus effectiveStatus(Instant now) {
        return status == TaskStatus.OPEN && !now.isBefore(expiresAt) ? TaskStatus.EXPIRED : status;
    }
}
