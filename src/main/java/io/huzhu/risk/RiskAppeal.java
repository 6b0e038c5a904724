package io.huzhu.risk;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member's appeal against a risk case that affected their assists or tasks. */
record RiskAppeal(
        UUID id,
        UUID caseId,
        UserId appellantId,
        String text,
        Status status,
        @Nullable UserId decidedBy,
        @Nullable String decisionNote,
        Instant createdAt,
        @Nullable Instant decidedAt) {

    enum Status {
        OPEN,
        UPHELD,
        OVERTURNED
    }
}
