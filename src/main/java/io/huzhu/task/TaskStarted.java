package io.huzhu.task;

import io.huzhu.guardrails.TaskStartSignal;
import io.huzhu.risk.ActivitySignal;
import io.huzhu.risk.Fingerprint;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member started a task; its schedule is committed by {@code commitment}. {@code fingerprint} (the device and
 * network it was started from, hashed) is for risk control in the starting transaction and is not stored with the
 * event.
 */
public record TaskStarted(
        TaskId taskId,
        CampaignId campaignId,
        int rulesVersion,
        UserId initiatorId,
        String commitment,
        long targetAmount,
        int maxAssists,
        Instant startedAt,
        Instant expiresAt,
        @Nullable Fingerprint fingerprint)
        implements ActivitySignal, TaskStartSignal {

    @Override
    public UserId subjectId() {
        return initiatorId;
    }

    @Override
    public Instant at() {
        return startedAt;
    }
}
