package io.huzhu.risk;

import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Risk control changed whether some assists count: held for review, voided, or restored. Published inside the
 * deciding transaction; the task module applies it there, so a case and the progress it changes commit together.
 *
 * @param correctionId unique per change, so a listener booking something per change can do it exactly once
 * @param reason the reason code members see (see {@link RiskReasons})
 * @param caseId the case behind it (null for an inline hold released by a scan)
 * @param actorId the operator who decided (null for the system)
 */
public record AssistStatesChanged(
        UUID correctionId,
        List<Change> changes,
        String reason,
        @Nullable UUID caseId,
        @Nullable UserId actorId,
        Instant at) {

    public AssistStatesChanged {
        changes = List.copyOf(changes);
    }

    public record Change(UUID assistId, TaskId taskId, AssistStatus status) {}
}
