package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/**
 * One frozen rules version of a campaign.
 *
 * @param termsHash SHA-256 (hex) of the canonical JSON of the terms, so anyone can check a task's terms
 */
public record RulesVersion(
        CampaignId campaignId,
        UserId operatorId,
        CampaignStatus status,
        int version,
        CampaignTerms terms,
        String termsHash,
        Instant publishedAt) {}
