package io.huzhu.campaign;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The wording of a rules page in one language; every language covers the same sections with the same figures. */
interface RulesText {

    String title(CampaignTerms terms);

    /**
     * @param version the rules version, null for a dry run
     * @param termsHash SHA-256 of the canonical terms
     */
    List<RulesPage.Section> sections(CampaignTerms terms, @Nullable Integer version, String termsHash);
}
