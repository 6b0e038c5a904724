package io.huzhu.task;

import io.huzhu.guardrails.AssistFact;
import io.huzhu.risk.AssistSignal;
import io.huzhu.risk.Fingerprint;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An assist written: the task moved by {@code cut}; the figures are those right after this assist. {@code heldFor}
 * is the inline risk gate's reason when it counts only provisionally. {@code fingerprint} (hashed device and
 * network) is for risk control in the writing transaction and is not stored with the event.
 */
public record AssistRecorded(
        UUID assistId,
        TaskId taskId,
        CampaignId campaignId,
        UserId helperId,
        UserId initiatorId,
        int seq,
        long cut,
        long progress,
        long remaining,
        int maxAssistsRemaining,
        Instant at,
        @Nullable String heldFor,
        @Nullable Fingerprint fingerprint)
        implements AssistSignal, AssistFact {}
