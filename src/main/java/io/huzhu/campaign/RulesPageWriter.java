package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Generates the rules page of a rules version (or of a dry run) in the requested language. */
final class RulesPageWriter {

    private final ChineseRules chinese;
    private final EnglishRules english;

    RulesPageWriter(ZoneId dayZone) {
        this.chinese = new ChineseRules(dayZone);
        this.english = new EnglishRules(dayZone);
    }

    /**
     * @param campaignId null for a dry run
     * @param version null for a dry run
     * @param canonicalTerms the stored (canonical) JSON of {@code terms}
     * @param publishedAt null for a dry run
     */
    RulesPage write(
            @Nullable CampaignId campaignId,
            @Nullable Integer version,
            CampaignTerms terms,
            String canonicalTerms,
            @Nullable Instant publishedAt,
            RulesLanguage lang) {
        RulesText words = lang == RulesLanguage.EN ? english : chinese;
        String hash = TermsJson.sha256(canonicalTerms);
        String title = words.title(terms);
        List<RulesPage.Section> sections = words.sections(terms, version, hash);
        return new RulesPage(
                campaignId,
                version,
                hash,
                publishedAt,
                lang.tag(),
                title,
                sections,
                text(title, sections),
                canonicalTerms);
    }

    /** The page as plain text: the title, then each section's heading and its numbered items. */
    static String text(String title, List<RulesPage.Section> sections) {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (RulesPage.Section section : sections) {
            text.append('\n').append(section.heading()).append('\n');
            int n = 1;
            for (String item : section.items()) {
                text.append(n++).append(". ").append(item).append('\n');
            }
        }
        return text.toString();
    }
}
