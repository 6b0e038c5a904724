package io.huzhu.risk;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed risk case restricted ({@code banned} false) or banned these accounts. Each is told why and that they
 * may appeal.
 */
public record RiskPenaltyApplied(UUID caseId, List<UserId> accounts, boolean banned, Instant at) {

    public RiskPenaltyApplied {
        accounts = List.copyOf(accounts);
    }
}
