package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The published rules of one version, generated from its terms: structured sections and the whole page as plain
 * text. {@code canonicalTerms} is the exact text whose SHA-256 is {@code termsHash}, so a reader can verify it.
 * A dry run has no campaign id, version or publication time.
 */
record RulesPage(
        @Nullable CampaignId campaignId,
        @Nullable Integer version,
        String termsHash,
        @Nullable Instant publishedAt,
        String lang,
        String title,
        List<Section> sections,
        String text,
        String canonicalTerms) {

    record Section(String heading, List<String> items) {}
}
