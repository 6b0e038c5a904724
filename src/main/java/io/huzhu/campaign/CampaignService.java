package io.huzhu.campaign;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.CampaignId;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What other modules use: frozen rules versions and the stock and budget that tasks reserve. Inventory changes are
 * single conditional statements that run in the caller's transaction.
 */
@Service
class CampaignService implements Campaigns {

    private final CampaignRepository repository;
    private final TermsJson json;
    private final CampaignProperties properties;
    // A published version never changes, so it can be kept for as long as memory allows.
    private final Cache<VersionKey, RulesVersion> versions =
            Caffeine.newBuilder().maximumSize(10_000).build();

    CampaignService(CampaignRepository repository, TermsJson json, CampaignProperties properties) {
        this.repository = repository;
        this.json = json;
        this.properties = properties;
    }

    private record VersionKey(CampaignId campaign, int version) {}

    @Override
    public Optional<RulesVersion> currentRules(CampaignId campaign) {
        return repository
                .state(campaign)
                .filter(state -> state.status() != CampaignStatus.DRAFT && state.currentVersion() > 0)
                .flatMap(state -> rules(campaign, state.currentVersion())
                        .map(frozen -> new RulesVersion(
                                frozen.campaignId(),
                                frozen.operatorId(),
                                state.status(),
                                frozen.version(),
                                frozen.terms(),
                                frozen.termsHash(),
                                frozen.publishedAt())));
    }

    @Override
    public Optional<RulesVersion> rules(CampaignId campaign, int version) {
        // A missing version is not cached: it may be published a moment later.
        return Optional.ofNullable(versions.get(new VersionKey(campaign, version), this::load));
    }

    private @Nullable RulesVersion load(VersionKey key) {
        return repository
                .findRules(key.campaign(), key.version())
                .map(stored -> new RulesVersion(
                        key.campaign(),
                        stored.operatorId(),
                        stored.status(),
                        key.version(),
                        json.read(stored.terms()),
                        stored.termsHash(),
                        stored.publishedAt()))
                .orElse(null);
    }

    @Override
    public boolean reserve(CampaignId campaign, long valueCents) {
        if (valueCents < 0) {
            throw new IllegalArgumentException("valueCents must not be negative: " + valueCents);
        }
        return repository.reserve(campaign, valueCents) == 1;
    }

    @Override
    public void release(CampaignId campaign, int stockUnits, long budgetCents) {
        if (stockUnits < 0 || budgetCents < 0) {
            throw new IllegalArgumentException(
                    "release takes non-negative amounts: " + stockUnits + " units, " + budgetCents + " cents");
        }
        if (stockUnits == 0 && budgetCents == 0) {
            return;
        }
        if (repository.release(campaign, stockUnits, budgetCents) != 1) {
            throw new IllegalStateException("No campaign " + campaign + " to release inventory to");
        }
    }

    @Override
    public void recordClaim(CampaignId campaign) {
        if (repository.recordClaim(campaign) != 1) {
            throw new IllegalStateException("No campaign " + campaign + " to record a claim on");
        }
    }

    @Override
    public ZoneId dayZone() {
        return properties.dayZone();
    }
}
