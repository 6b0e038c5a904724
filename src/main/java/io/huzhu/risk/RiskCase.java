package io.huzhu.risk;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case: one finding of a detector and what became of it. {@code evidence} is JSON (see {@link Evidence}). */
record RiskCase(
        UUID id,
        String detector,
        String reason,
        Effect effect,
        int score,
        Status status,
        int accounts,
        int assists,
        Instant windowFrom,
        Instant windowTo,
        String evidence,
        Instant openedAt,
        Instant updatedAt,
        @Nullable UserId decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable Penalty penalty) {

    enum Status {
        OPEN,
        CONFIRMED,
        DISMISSED
    }

    /** What a confirmation does to the accounts that gave the flagged assists. */
    enum Penalty {
        NONE,
        RESTRICT,
        BAN
    }
}
