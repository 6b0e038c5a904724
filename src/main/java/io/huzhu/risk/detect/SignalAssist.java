package io.huzhu.risk.detect;

import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One assist in a scan's window: who helped whom, when, from which device, address and network (all hashed). */
public record SignalAssist(
        UUID id,
        TaskId task,
        UserId helper,
        UserId initiator,
        Instant at,
        @Nullable String device,
        @Nullable String address,
        @Nullable String network) {}
