package io.huzhu.risk;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** An appeal against a risk decision was decided: upheld or overturned. The appellant is told. */
public record RiskAppealDecided(UUID appealId, UUID caseId, UserId appellantId, boolean overturned, Instant at) {}
