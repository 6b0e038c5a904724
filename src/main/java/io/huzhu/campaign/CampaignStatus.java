package io.huzhu.campaign;

/** Draft (editable, invisible to members), published (terms frozen per version), ended (no new tasks). */
public enum CampaignStatus {
    DRAFT,
    PUBLISHED,
    ENDED
}
