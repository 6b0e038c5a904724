package io.huzhu.risk;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One assist written, as risk control learns it. The task module's event implements this interface, so risk
 * control hears about assists without importing the task module.
 */
public interface AssistSignal {

    UUID assistId();

    TaskId taskId();

    CampaignId campaignId();

    UserId helperId();

    UserId initiatorId();

    Instant at();

    /** Where the assist came from; null when the event was read back from the publication registry. */
    @Nullable
    Fingerprint fingerprint();

    /** Whether the inline gate held it for review, and why. */
    @Nullable
    String heldFor();
}
