package io.huzhu.campaign;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.CampaignId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating campaigns from code (demo data, imports): the same validation and lifecycle as the API. */
@Service
public class CampaignAuthoring {

    private final CampaignLifecycle lifecycle;

    CampaignAuthoring(CampaignLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Validates the terms, creates the campaign as a draft of {@code operator} and publishes rules version 1. */
    @Transactional
    public CampaignId publish(CurrentUser operator, CampaignTerms terms) {
        CampaignId id = lifecycle.create(operator, CampaignRequest.of(terms)).id();
        lifecycle.publish(operator, id);
        return id;
    }
}
