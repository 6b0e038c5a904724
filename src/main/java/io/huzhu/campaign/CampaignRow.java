package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code campaign}, with the terms and hash of its current rules version when it has one.
 *
 * @param draftTerms canonical JSON of the draft; after publication, of the latest version
 * @param versionTerms canonical JSON of the current version (null for a draft, or when not read)
 */
record CampaignRow(
        CampaignId id,
        UserId operatorId,
        CampaignKind kind,
        CampaignStatus status,
        String draftTerms,
        int currentVersion,
        int stockAvailable,
        long budgetAvailable,
        int stockClaimed,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable Instant endedAt,
        @Nullable String versionTerms,
        @Nullable String termsHash) {

    /** The terms a reader sees: the current version's once published, the draft's before. */
    String shownTerms() {
        return versionTerms == null ? draftTerms : versionTerms;
    }
}
