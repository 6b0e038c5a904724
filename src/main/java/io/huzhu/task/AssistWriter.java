package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.Campaigns;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of assists on one task in one transaction: lock the task row, screen, check helper quotas,
 * insert the assists, move the counters with a compare-and-set, publish events. Attempts are completed only after
 * the commit, so an acknowledged assist is durable. A batch that fails as a whole is retried attempt by attempt.
 */
@Component
class AssistWriter {

    private static final Logger log = LoggerFactory.getLogger(AssistWriter.class);
    private static final int LOCK_RETRIES = 5;
    private final TaskRepository tasks;
    private final AssistRepository assists;
    private final Quotas quotas;
    private final TaskCache cache;
    private final Campaigns campaigns;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AssistWriter(
            TaskRepository tasks,
            AssistRepository assists,
            Quotas quotas,
            TaskCache cache,
            Campaigns campaigns,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks = tasks;
        this.assists = assists;
        this.quotas = quotas;
        this.cache = cache;
        this.campaigns = campaigns;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Completes every attempt of the batch, normally or exceptionally; never throws. */
    void write(TaskId taskId, List<AssistAttempt> attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                Map<AssistAttempt, Object> outcomes = transactions.execute(status -> apply(taskId, attempts));
                complete(outcomes);
                return;
            } catch (ConcurrencyFailureException e) {
                if (attempt < LOCK_RETRIES) {
                    continue;
                }
                fail(attempts, new HuzhuException(ErrorCode.BUSY, "The task is busy; retry shortly"));
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempts.size() > 1) {
                    attempts.forEach(single -> write(taskId, List.of(single)));
                } else {
                    fail(attempts, explain(e));
                }
                return;
            } catch (HuzhuException e) {
                fail(attempts, e);
                return;
            } catch (RuntimeException e) {
                log.error("Assist batch on task {} failed", taskId, e);
                fail(attempts, e);
                return;
            }
        }
    }

    private Map<AssistAttempt, Object> apply(TaskId taskId, List<AssistAttempt> attempts) {
        Instant now = clock.instant();
        TaskRow task = tasks.lock(taskId).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
        CampaignTerms terms =
                cache.rules(task.campaignId(), task.rulesVersion()).terms();
        AssistBatch batch = new AssistBatch(task, terms, now);
        Map<UserId, AssistAttempt> candidates = batch.screen(attempts);
        if (!candidates.isEmpty()) {
            replayOrRefuseEarlier(taskId, candidates, batch);
        }
        List<AssistAttempt> accepted = checkQuotas(candidates, batch, now);
        List<AssistRow> rows = batch.cut(accepted, cache.schedule(taskId));
        if (!rows.isEmpty()) {
            record(task, terms, rows, now);
            rows.forEach(row -> batch.accept(attemptOf(accepted, row), batch.result(row)));
        }
        batch.resolveFollowers();
        return batch.outcomes();
    }

    /** A helper who already assisted this task gets the stored result (same key) or a refusal. */
    private void replayOrRefuseEarlier(TaskId taskId, Map<UserId, AssistAttempt> candidates, AssistBatch batch) {
        for (AssistRow earlier : assists.ofHelpers(taskId, candidates.keySet())) {
            AssistAttempt attempt = candidates.remove(earlier.helperId());
            if (earlier.idempotencyKey() != null && earlier.idempotencyKey().equals(attempt.idempotencyKey())) {
                batch.accept(
                        attempt,
                        AssistResults.of(earlier, tasks.find(taskId).orElseThrow())
                                .asReplay());
            } else {
                batch.refuse(attempt, ErrorCode.ALREADY_ASSISTED, ErrorCode.ALREADY_ASSISTED.title());
            }
        }
    }

    private List<AssistAttempt> checkQuotas(Map<UserId, AssistAttempt> candidates, AssistBatch batch, Instant now) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        LocalDate day = LocalDate.ofInstant(now, campaigns.dayZone());
        List<Quotas.Key> keys = new ArrayList<>();
        candidates
                .keySet()
                .forEach(helper -> keys.addAll(batch.scopes(helper, day).keySet()));
        Map<Quotas.Key, Integer> used = quotas.lockHelperCounters(keys);
        List<AssistAttempt> accepted = new ArrayList<>();
        List<Quotas.Key> increments = new ArrayList<>();
        for (var entry : candidates.entrySet()) {
            Map<Quotas.Key, AssistBatch.Limit> scopes = batch.scopes(entry.getKey(), day);
            var exceeded = scopes.entrySet().stream()
                    .filter(s ->
                            used.getOrDefault(s.getKey(), 0) >= s.getValue().max())
                    .findFirst();
            if (exceeded.isPresent()) {
                AssistBatch.Limit limit = exceeded.get().getValue();
                batch.refuse(
                        entry.getValue(),
                        limit.code(),
                        AssistBatch.describe(
                                limit, used.getOrDefault(exceeded.get().getKey(), 0)));
            } else {
                accepted.add(entry.getValue());
                increments.addAll(scopes.keySet());
            }
        }
        if (!increments.isEmpty()) {
            quotas.increment(increments);
        }
        return accepted;
    }

    private void record(TaskRow task, CampaignTerms terms, List<AssistRow> rows, Instant now) {
        assists.insertAll(rows);
        AssistRow last = rows.getLast();
        boolean succeeded = AssistBatch.targetReached(task, rows);
        int changed = tasks.advance(
                task.id(),
                task.assistsDone(),
                last.seq() + 1,
                last.progressAfter(),
                succeeded ? TaskStatus.SUCCEEDED : TaskStatus.OPEN,
                succeeded ? now : null,
                succeeded ? now.plus(terms.claimWindow()) : null);
        if (changed != 1) {
            // Not while the row lock is held; should another writer get in regardless, roll back and redo the batch.
            throw new OptimisticLockingFailureException("task " + task.id() + " changed under its lock");
        }
        for (AssistRow row : rows) {
            events.publishEvent(new AssistRecorded(
                    task.id(),
                    task.campaignId(),
                    row.helperId(),
                    task.initiatorId(),
                    row.seq(),
                    row.cut(),
                    row.progressAfter(),
                    task.targetAmount() - row.progressAfter(),
                    task.cutCount() - row.seq() - 1,
                    now));
        }
        if (succeeded) {
            quotas.endTask(task.initiatorId(), task.campaignId(), true);
            events.publishEvent(new TaskSucceeded(
                    task.id(), task.campaignId(), task.initiatorId(), task.cutCount(), task.seed(), now));
        }
    }

    private static AssistAttempt attemptOf(List<AssistAttempt> accepted, AssistRow row) {
        for (AssistAttempt attempt : accepted) {
            if (attempt.helper().id().equals(row.helperId())) {
                return attempt;
            }
        }
        throw new IllegalStateException("no attempt for " + row.helperId());
    }

    private static HuzhuException explain(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("uq_assist_helper_key")) {
            return new HuzhuException(
                    ErrorCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for an assist on another task");
        }
        if (message.contains("uq_assist_task_helper")) {
            return HuzhuException.of(ErrorCode.ALREADY_ASSISTED);
        }
        log.error("Assist rejected by the database", e);
        return new HuzhuException(ErrorCode.BUSY, "The assist could not be recorded; retry shortly");
    }

    private static void complete(Map<AssistAttempt, Object> outcomes) {
        outcomes.forEach((attempt, outcome) -> {
            if (outcome instanceof AssistResult result) {
                attempt.result().complete(result);
            } else {
                attempt.result().completeExceptionally((Throwable) outcome);
            }
        });
    }

    private static void fail(List<AssistAttempt> attempts, Throwable error) {
        attempts.forEach(attempt -> attempt.result().completeExceptionally(error));
    }
}
