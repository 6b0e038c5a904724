package io.huzhu.task;

import io.huzhu.campaign.CampaignKind;
import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.Campaigns;
import io.huzhu.campaign.ExpiryOption;
import io.huzhu.guardrails.Guardrails;
import io.huzhu.guardrails.Purchase;
import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims of succeeded tasks and settlements of expired ones. Each is a conditional status change whose row count
 * is checked, so a reward is claimed exactly once however many requests race. Where the member pays something (a
 * bargain's floor price, or an expired bargain bought at its current price) the guardrails gate is asked first:
 * monthly spending limit and cooling-off, confirmed by {@code confirmation}.
 */
@Service
class Rewards {

    private final TaskRepository tasks;
    private final TaskCache cache;
    private final Campaigns campaigns;
    private final Expiry expiry;
    private final TaskViews views;
    private final ApplicationEventPublisher events;
    private final Guardrails guardrails;
    private final Clock clock;

    Rewards(
            TaskRepository tasks,
            TaskCache cache,
            Campaigns campaigns,
            Expiry expiry,
            TaskViews views,
            ApplicationEventPublisher events,
            Guardrails guardrails,
            Clock clock) {
        this.guardrails = guardrails;
        this.tasks = tasks;
        this.cache = cache;
        this.campaigns = campaigns;
        this.expiry = expiry;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TaskView claim(TaskId id, CurrentUser user, @Nullable UUID confirmation) {
        Instant now = clock.instant();
        TaskRow task = owned(id, user);
        switch (task.effectiveStatus(now)) {
            case CLAIMED -> throw HuzhuException.of(ErrorCode.ALREADY_CLAIMED);
            case SUCCEEDED -> {}
            case LAPSED -> throw HuzhuException.of(ErrorCode.CLAIM_WINDOW_CLOSED);
            default ->
                throw new HuzhuException(
                        ErrorCode.TASK_NOT_SUCCEEDED, "The task has not reached its target; nothing to claim");
        }
        if (task.underReview() > 0) {
            throw new HuzhuException(
                    ErrorCode.CLAIM_ON_HOLD,
                    task.underReview() + " assist(s) of this task are under review; claim once they are decided",
                    java.util.List.of(),
                    java.util.Map.of("assistsUnderReview", task.underReview()));
        }
        CampaignTerms terms =
                cache.rules(task.campaignId(), task.rulesVersion()).terms();
        Long floor = terms.floorPriceCents();
        long price = task.kind() == CampaignKind.BARGAIN && floor != null ? floor : 0;
        guardrails.checkPurchase(
                user.id(), new Purchase(id.value(), terms.reward(), price, task.rewardValue()), confirmation, now);
        if (!tasks.claim(id, now)) {
            TaskRow current = tasks.find(id).orElseThrow();
            throw current.status() == TaskStatus.SUCCEEDED
                    ? HuzhuException.of(ErrorCode.CLAIM_WINDOW_CLOSED)
                    : HuzhuException.of(ErrorCode.ALREADY_CLAIMED);
        }
        campaigns.recordClaim(task.campaignId());
        events.publishEvent(new RewardClaimed(
                id, task.campaignId(), task.initiatorId(), task.rewardValue(), now, price, task.rewardValue()));
        return views.view(tasks.find(id).orElseThrow());
    }

    /** Takes the partial value of an expired task: buy at the price reached, or a coupon of the amount reached. */
    @Transactional
    public TaskView settle(TaskId id, CurrentUser user, @Nullable UUID confirmation) {
        Instant now = clock.instant();
        TaskRow task = owned(id, user);
        CampaignTerms terms =
                cache.rules(task.campaignId(), task.rulesVersion()).terms();
        ExpiryOption option = terms.expiryOption();
        if (option == ExpiryOption.NONE) {
            throw new HuzhuException(
                    ErrorCode.SETTLEMENT_NOT_ALLOWED, "This campaign offers nothing for an expired task");
        }
        if (task.status() == TaskStatus.OPEN && task.effectiveStatus(now) == TaskStatus.EXPIRED) {
            expiry.expire(task, now);
            task = tasks.find(id).orElseThrow();
        }
        if (task.claimDeadline() != null && !now.isBefore(task.claimDeadline())) {
            throw HuzhuException.of(ErrorCode.CLAIM_WINDOW_CLOSED);
        }
        switch (task.status()) {
            case SETTLED -> throw HuzhuException.of(ErrorCode.ALREADY_SETTLED);
            case EXPIRED -> {}
            case LAPSED -> throw HuzhuException.of(ErrorCode.CLAIM_WINDOW_CLOSED);
            default -> throw HuzhuException.of(ErrorCode.TASK_NOT_EXPIRED);
        }
        if (task.progress() == 0) {
            throw new HuzhuException(ErrorCode.SETTLEMENT_NOT_ALLOWED, "No assist was made, so there is no value");
        }
        long value = task.progress();
        boolean buying = option == ExpiryOption.BUY_AT_CURRENT_PRICE && task.kind() == CampaignKind.BARGAIN;
        Long start = terms.startPriceCents();
        long price = buying && start != null ? start - value : 0;
        guardrails.checkPurchase(user.id(), new Purchase(id.value(), terms.reward(), price, value), confirmation, now);
        if (!tasks.settle(id, option.name(), value)) {
            throw HuzhuException.of(ErrorCode.ALREADY_SETTLED);
        }
        settleInventory(task, option, value);
        events.publishEvent(
                new TaskSettled(id, task.campaignId(), task.initiatorId(), option, value, now, price, value));
        return views.view(tasks.find(id).orElseThrow());
    }

    /** Buying consumes the reserved item; a coupon returns it. The unused budget returns either way. */
    private void settleInventory(TaskRow task, ExpiryOption option, long value) {
        if (option == ExpiryOption.BUY_AT_CURRENT_PRICE && task.kind() == CampaignKind.BARGAIN) {
            campaigns.recordClaim(task.campaignId());
            campaigns.release(task.campaignId(), 0, task.rewardValue() - value);
        } else {
            campaigns.release(task.campaignId(), 1, task.rewardValue() - value);
        }
    }

    private TaskRow owned(TaskId id, CurrentUser user) {
        TaskRow task = tasks.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
        if (!task.initiatorId().equals(user.id())) {
            throw HuzhuException.of(ErrorCode.NOT_TASK_OWNER);
        }
        return task;
    }
}
