package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.Campaigns;
import io.huzhu.campaign.ExpiryOption;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expiry sweeper. All state is in the database (status and deadline), so nothing is lost across restarts: a
 * task that passed its deadline while the server was down is expired on the first pass after start-up. Every
 * change is a conditional update, so several nodes may sweep at once without expiring a task twice. The assist
 * path also checks the deadline itself, so no assist counts after it even before the sweeper runs.
 */
@Component
class Expiry {

    private static final Logger log = LoggerFactory.getLogger(Expiry.class);
    private final TaskRepository tasks;
    private final Quotas quotas;
    private final TaskCache cache;
    private final Campaigns campaigns;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TaskProperties properties;
    private final Clock clock;

    Expiry(
            TaskRepository tasks,
            Quotas quotas,
            TaskCache cache,
            Campaigns campaigns,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            TaskProperties properties,
            Clock clock) {
        this.tasks = tasks;
        this.quotas = quotas;
        this.cache = cache;
        this.campaigns = campaigns;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huzhu.task.sweep-interval:PT5S}", initialDelayString = "PT2S")
    void scheduledSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Expiry sweep failed; the next pass retries", e);
        }
    }

    /** One pass: expire overdue tasks, then lapse rewards and settlements not taken in time. Returns changes. */
    int sweep() {
        Instant now = clock.instant();
        int changed = 0;
        for (TaskRow task : tasks.overdue(now, properties.sweepBatch())) {
            changed += Boolean.TRUE.equals(transactions.execute(s -> expire(task, now))) ? 1 : 0;
        }
        for (TaskRow task : tasks.pastClaimDeadline(now, properties.sweepBatch())) {
            changed += Boolean.TRUE.equals(transactions.execute(s -> lapse(task, now))) ? 1 : 0;
        }
        return changed;
    }

    /** OPEN → EXPIRED. The reservation is returned unless the member may still settle for the partial value. */
    boolean expire(TaskRow task, Instant now) {
        CampaignTerms terms =
                cache.rules(task.campaignId(), task.rulesVersion()).terms();
        if (!tasks.expire(task.id(), now, task.expiresAt().plus(terms.claimWindow()))) {
            return false;
        }
        quotas.endTask(task.initiatorId(), task.campaignId(), false);
        if (!settleable(task)) {
            campaigns.release(task.campaignId(), 1, task.rewardValue());
        }
        events.publishEvent(new TaskExpired(
                task.id(),
                task.campaignId(),
                task.initiatorId(),
                task.progress(),
                task.remaining(),
                task.seed(),
                task.expiresAt(),
                settleable(task)));
        return true;
    }

    /** A reward or settlement not taken by the claim deadline lapses; its reservation returns to the campaign. */
    private boolean lapse(TaskRow task, Instant now) {
        boolean holdsReservation = task.status() == TaskStatus.SUCCEEDED || settleable(task);
        if (!tasks.lapse(task.id(), task.status(), now)) {
            return false;
        }
        if (holdsReservation) {
            campaigns.release(task.campaignId(), 1, task.rewardValue());
        }
        return true;
    }

    private boolean settleable(TaskRow task) {
        CampaignTerms terms =
                cache.rules(task.campaignId(), task.rulesVersion()).terms();
        return terms.expiryOption() != ExpiryOption.NONE && task.progress() > 0;
    }
}
