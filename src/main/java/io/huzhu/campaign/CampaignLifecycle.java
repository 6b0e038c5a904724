package io.huzhu.campaign;

import io.huzhu.campaign.Violations.Reason;
import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, publishing and ending campaigns. Each change locks the campaign's row first, so changes of
 * one campaign run one after another; the state change itself is a conditional update whose row count is checked.
 */
@Service
class CampaignLifecycle {

    private final CampaignRepository repository;
    private final CampaignValidator validator;
    private final TermsJson json;
    private final RulesPageWriter rulesPages;
    private final Clock clock;

    CampaignLifecycle(
            CampaignRepository repository,
            CampaignValidator validator,
            TermsJson json,
            RulesPageWriter rulesPages,
            Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.json = json;
        this.rulesPages = rulesPages;
        this.clock = clock;
    }

    @Transactional
    public CampaignView create(CurrentUser user, CampaignRequest request) {
        Instant now = now();
        CampaignTerms terms = validator.validate(request, now);
        CampaignId id = CampaignId.next();
        repository.insertDraft(id, user.id(), terms.kind(), json.write(terms), now);
        return view(id);
    }

    /** Replaces a draft's terms, or publishes the next rules version of a published campaign. */
    @Transactional
    public CampaignView update(CurrentUser user, CampaignId id, CampaignRequest request) {
        CampaignRow row = CampaignAccess.managed(repository.lock(id), user);
        if (row.status() == CampaignStatus.ENDED) {
            throw HuzhuException.of(ErrorCode.CAMPAIGN_ENDED);
        }
        CampaignTerms terms = validator.validate(request, now());
        if (row.status() == CampaignStatus.DRAFT) {
            expectOne(repository.updateDraft(id, terms.kind(), json.write(terms)), ErrorCode.CAMPAIGN_NOT_DRAFT);
        } else {
            nextVersion(user, row, terms);
        }
        return view(id);
    }

    private void nextVersion(CurrentUser user, CampaignRow row, CampaignTerms terms) {
        if (terms.kind() != row.kind()) {
            throw Violations.single("kind", Reason.KIND_CHANGED, "A published campaign stays a " + row.kind());
        }
        CampaignRepository.StoredRules current = repository
                .findRules(row.id(), row.currentVersion())
                .orElseThrow(() -> new IllegalStateException("campaign " + row.id() + " lacks its current version"));
        String canonical = json.write(terms);
        if (canonical.equals(current.terms())) {
            return; // the same terms again: no new version
        }
        CampaignTerms previous = json.read(current.terms());
        int stockDelta = terms.stock() - previous.stock();
        long budgetDelta = terms.budgetCents() - previous.budgetCents();
        Violations violations = new Violations();
        if (row.stockAvailable() + stockDelta < 0) {
            violations.add(
                    "stock",
                    Reason.BELOW_RESERVED,
                    "Started tasks hold " + (previous.stock() - row.stockAvailable())
                            + " units; stock can go down by at most " + row.stockAvailable());
        }
        if (row.budgetAvailable() + budgetDelta < 0) {
            violations.add(
                    "budgetCents",
                    Reason.BELOW_RESERVED,
                    "Only " + row.budgetAvailable()
                            + " cents are unreserved; the budget can go down by at most that much");
        }
        violations.throwIfAny();
        int version = row.currentVersion() + 1;
        expectOne(
                repository.nextVersion(row.id(), row.currentVersion(), canonical, stockDelta, budgetDelta),
                ErrorCode.CAMPAIGN_NOT_PUBLISHED);
        repository.insertRules(row.id(), version, canonical, TermsJson.sha256(canonical), now(), user.id());
    }

    /** Freezes the draft as rules version 1 and makes its stock and budget available. */
    @Transactional
    public CampaignView publish(CurrentUser user, CampaignId id) {
        CampaignRow row = CampaignAccess.managed(repository.lock(id), user);
        if (row.status() != CampaignStatus.DRAFT) {
            throw HuzhuException.of(ErrorCode.CAMPAIGN_NOT_DRAFT);
        }
        Instant now = now();
        // Checked again: a window that was fine when the draft was saved may have passed since.
        CampaignTerms terms = validator.validate(CampaignRequest.of(json.read(row.draftTerms())), now);
        String canonical = json.write(terms);
        expectOne(repository.publish(id, terms.stock(), terms.budgetCents(), now), ErrorCode.CAMPAIGN_NOT_DRAFT);
        repository.insertRules(id, 1, canonical, TermsJson.sha256(canonical), now, user.id());
        return view(id);
    }

    /** No new tasks after this; tasks already running continue under their own rules version. */
    @Transactional
    public CampaignView end(CurrentUser user, CampaignId id) {
        CampaignRow row = CampaignAccess.managed(repository.lock(id), user);
        switch (row.status()) {
            case DRAFT -> throw HuzhuException.of(ErrorCode.CAMPAIGN_NOT_PUBLISHED);
            case ENDED -> throw HuzhuException.of(ErrorCode.CAMPAIGN_ENDED);
            case PUBLISHED -> expectOne(repository.end(id, now()), ErrorCode.CAMPAIGN_ENDED);
        }
        return view(id);
    }

    /** Validates without saving and shows the rules page the terms would publish. */
    public RulesPage dryRun(CampaignRequest request, RulesLanguage lang) {
        CampaignTerms terms = validator.validate(request, now());
        return rulesPages.write(null, null, terms, json.write(terms), null, lang);
    }

    private CampaignView view(CampaignId id) {
        CampaignRow row = repository.find(id).orElseThrow();
        return CampaignView.of(row, json.read(row.shownTerms()), clock.instant());
    }

    private static void expectOne(int rows, ErrorCode otherwise) {
        if (rows != 1) {
            throw HuzhuException.of(otherwise);
        }
    }

    // Both databases keep microseconds; truncating first makes what is stored equal what was written.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
