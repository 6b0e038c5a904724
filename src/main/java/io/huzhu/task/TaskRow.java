package io.huzhu.task;

import io.huzhu.campaign.CampaignKind;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of {@code task} (without the schedule bytes, which are loaded and cached separately). */
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
        @Nullable Long settlementValue) {

    long remaining() {
        return targetAmount - progress;
    }

    int maxAssistsRemaining() {
        return cutCount - assistsDone;
    }

    /** The status as of {@code now}: an open task past its deadline is expired even before the sweeper runs. */
    TaskStatus effectiveStatus(Instant now) {
        return status == TaskStatus.OPEN && !now.isBefore(expiresAt) ? TaskStatus.EXPIRED : status;
    }
}
