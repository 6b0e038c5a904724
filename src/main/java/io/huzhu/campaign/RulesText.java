package io.huzhu.campaign;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The wording of a rules page in one language; every language covers the same sections with the same figures. */
interface RulesText {

    String title(CampaignTerms terms);

    /**
     * The sections in the order every language shows them: what SAMR's promotion rules require, then honesty.
     *
     * @param version the rules version, null for a dry run
     * @param termsHash SHA-256 of the canonical terms
     */
    default List<RulesPage.Section> sections(CampaignTerms terms, @Nullable Integer version, String termsHash) {
        return List.of(
                overview(terms),
                participation(terms),
                reward(terms),
                deadlines(terms),
                claim(terms),
                expiry(terms),
                honesty(terms, version, termsHash));
    }

    RulesPage.Section overview(CampaignTerms terms);

    RulesPage.Section participation(CampaignTerms terms);

    RulesPage.Section reward(CampaignTerms terms);

    RulesPage.Section deadlines(CampaignTerms terms);

    RulesPage.Section claim(CampaignTerms terms);

    RulesPage.Section expiry(CampaignTerms terms);

    RulesPage.Section honesty(CampaignTerms terms, @Nullable Integer version, String termsHash);
}
