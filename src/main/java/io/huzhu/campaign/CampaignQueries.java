package io.huzhu.campaign;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reading campaigns and their rules pages; drafts only by their operator and admins. */
@Service
class CampaignQueries {

    private final CampaignRepository repository;
    private final TermsJson json;
    private final RulesPageWriter rulesPages;
    private final Clock clock;

    CampaignQueries(CampaignRepository repository, TermsJson json, RulesPageWriter rulesPages, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.rulesPages = rulesPages;
        this.clock = clock;
    }

    /**
     * @param mine the caller's own campaigns in every status (drafts included) instead of the public list
     */
    public CampaignPage list(
            @Nullable CurrentUser user, boolean mine, @Nullable String cursor, @Nullable Integer limit) {
        if (mine && user == null) {
            throw HuzhuException.of(ErrorCode.UNAUTHENTICATED);
        }
        int size = CampaignPage.limit(limit);
        // One row more than asked tells whether another page follows.
        List<CampaignRow> rows = repository.list(mine ? user.id() : null, CampaignPage.parse(cursor), size + 1);
        Instant now = clock.instant();
        List<CampaignView> items = rows.stream()
                .limit(size)
                .map(row -> CampaignView.of(row, json.read(row.shownTerms()), now))
                .toList();
        String next = rows.size() > size ? CampaignPage.cursor(rows.get(size - 1)) : null;
        return new CampaignPage(items, next);
    }

    public CampaignView get(@Nullable CurrentUser user, CampaignId id) {
        CampaignRow row = CampaignAccess.visible(repository.find(id), user);
        return CampaignView.of(row, json.read(row.shownTerms()), clock.instant());
    }

    /**
     * The rules page of one version, the current one when {@code version} is null. Read from the stored text, so
     * the page shows exactly the terms its hash commits to.
     */
    public RulesPage rules(@Nullable CurrentUser user, CampaignId id, @Nullable Integer version, RulesLanguage lang) {
        CampaignRow row = CampaignAccess.visible(repository.find(id), user);
        if (row.status() == CampaignStatus.DRAFT) {
            throw new HuzhuException(
                    ErrorCode.CAMPAIGN_NOT_PUBLISHED,
                    "A draft has no rules yet; POST /api/campaigns/validate previews them");
        }
        int wanted = version == null ? row.currentVersion() : version;
        CampaignRepository.StoredRules stored = repository
                .findRules(id, wanted)
                .orElseThrow(() -> new HuzhuException(
                        ErrorCode.NOT_FOUND, "This campaign has versions 1 to " + row.currentVersion()));
        return rulesPages.write(id, wanted, json.read(stored.terms()), stored.terms(), stored.publishedAt(), lang);
    }
}
