package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** One assist: who gave it, whose task received it, when. */
public interface AssistFact {

    UUID assistId();

    UserId helperId();

    UserId initiatorId();

    Instant at();
}
