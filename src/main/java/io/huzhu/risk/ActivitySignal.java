package io.huzhu.risk;

import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Something a member did from a device and address that risk control keeps: here, starting a task. */
public interface ActivitySignal {

    UserId subjectId();

    Instant at();

    @Nullable
    Fingerprint fingerprint();
}
