package io.huzhu.task;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.campaign.CampaignKind;
import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.RulesVersion;
import io.huzhu.identity.Accounts;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns task rows into the public {@link TaskView}. */
@Component
class TaskViews {

    private final TaskCache cache;
    private final TaskProperties properties;
    private final Accounts accounts;
    private final Clock clock;

    /** Display names change rarely; a name a few minutes old on a task card is acceptable. */
    private final Cache<UserId, String> names = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    TaskViews(TaskCache cache, TaskProperties properties, Accounts accounts, Clock clock) {
        this.cache = cache;
        this.properties = properties;
        this.accounts = accounts;
        this.clock = clock;
    }

    private String nameOf(UserId user) {
        return names.get(user, id -> accounts.displayNames(List.of(id)).getOrDefault(id, ""));
    }

    TaskView view(TaskRow row) {
        RulesVersion rules = cache.rules(row.campaignId(), row.rulesVersion());
        CampaignTerms terms = rules.terms();
        TaskStatus status = row.effectiveStatus(clock.instant());
        boolean bargain = row.kind() == CampaignKind.BARGAIN;
        Long start = bargain ? terms.startPriceCents() : null;
        Long current = start == null ? null : start - row.progress();
        Instant endedAt = status == TaskStatus.EXPIRED && row.endedAt() == null ? row.expiresAt() : row.endedAt();
        String base = properties.shareBaseUrl().replaceAll("/+$", "");
        return new TaskView(
                row.id(),
                row.campaignId(),
                row.rulesVersion(),
                rules.termsHash(),
                row.kind(),
                terms.title(),
                terms.reward(),
                status,
                row.initiatorId(),
                nameOf(row.initiatorId()),
                row.shareCode(),
                base + "/t/" + row.shareCode(),
                "/api/tasks/" + row.id() + "/qr.png",
                row.kind().countsCents() ? "CENTS" : "ASSISTS",
                row.targetAmount(),
                row.progress(),
                row.remaining(),
                start,
                current,
                bargain ? terms.floorPriceCents() : null,
                row.assistsDone(),
                status == TaskStatus.OPEN ? row.maxAssistsRemaining() : 0,
                row.startedAt(),
                row.expiresAt(),
                endedAt,
                row.claimDeadline() != null ? row.claimDeadline() : claimDeadline(terms, endedAt),
                row.claimedAt(),
                terms.expiryOption(),
                row.settlement(),
                row.settlementValue(),
                row.rewardValue(),
                row.commitment(),
                status.isEnded() ? row.seed() : null,
                row.underReview(),
                row.voidedCount(),
                status == TaskStatus.SUCCEEDED && row.underReview() > 0);
    }

    static @Nullable Instant claimDeadline(CampaignTerms terms, @Nullable Instant endedAt) {
        return endedAt == null ? null : endedAt.plus(terms.claimWindow());
    }
}
