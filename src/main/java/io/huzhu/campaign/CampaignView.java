package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the API shows it: its current terms (the draft's before publication), version and hash, inventory
 * and whether tasks can start now.
 *
 * @param version the current rules version; 0 for a draft
 * @param termsHash SHA-256 of the current version's canonical terms; absent for a draft
 * @param runningNow published, and now is inside the window in which tasks may start
 * @param ended ended by the operator, or its window is over
 */
record CampaignView(
        CampaignId id,
        UserId operatorId,
        CampaignKind kind,
        CampaignStatus status,
        int version,
        @Nullable String termsHash,
        CampaignTerms terms,
        int stockAvailable,
        int stockClaimed,
        long budgetAvailable,
        boolean runningNow,
        boolean ended,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable Instant endedAt) {

    static CampaignView of(CampaignRow row, CampaignTerms terms, Instant now) {
        boolean published = row.status() == CampaignStatus.PUBLISHED;
        boolean inWindow = !now.isBefore(terms.startsAt()) && !now.isAfter(terms.endsAt());
        return new CampaignView(
                row.id(),
                row.operatorId(),
                row.kind(),
                row.status(),
                row.currentVersion(),
                row.termsHash(),
                terms,
                row.stockAvailable(),
                row.stockClaimed(),
                row.budgetAvailable(),
                published && inWindow,
                row.status() == CampaignStatus.ENDED || (published && now.isAfter(terms.endsAt())),
                row.createdAt(),
                row.publishedAt(),
                row.endedAt());
    }
}
