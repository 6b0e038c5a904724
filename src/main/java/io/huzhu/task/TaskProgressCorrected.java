package io.huzhu.task;

import io.huzhu.guardrails.TaskStateSignal;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Risk control changed which assists of a task count: {@code voidedHelpers}' assists stopped counting,
 * {@code restoredHelpers}' count again; the figures are the task's right after. {@code correctionId} is unique per
 * correction, so a listener booking something per correction does it once.
 */
public record TaskProgressCorrected(
        UUID correctionId,
        TaskId taskId,
        CampaignId campaignId,
        UserId initiatorId,
        List<UserId> voidedHelpers,
        List<UserId> restoredHelpers,
        long progress,
        long remaining,
        int maxAssistsRemaining,
        TaskStatus status,
        String reason,
        @Nullable UUID caseId,
        Instant at)
        implements TaskStateSignal {

    public TaskProgressCorrected {
        voidedHelpers = List.copyOf(voidedHelpers);
        restoredHelpers = List.copyOf(restoredHelpers);
    }

    /** A succeeded task whose progress fell below its target is open again. */
    @Override
    public boolean stillOpen() {
        return status == TaskStatus.OPEN;
    }

    @Override
    public boolean reachedTarget() {
        return status == TaskStatus.SUCCEEDED || status == TaskStatus.CLAIMED;
    }
}
