package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.Campaigns;
import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Applies a batch of assists in one transaction. For each task, in a fixed order: lock the task row, screen, check
 * helper quotas, insert the assists, move the counters with a compare-and-set; then one {@link AssistsRecorded}
 * event for the whole transaction. Attempts are completed only after the commit, so an acknowledged assist is
 * durable. A batch over several tasks that fails is redone task by task; a task's batch that fails as a whole is
 * redone attempt by attempt.
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

    /**
     * Writes the assists of several tasks in one transaction (group commit). Should anything fail, nothing of it
     * stays and every task is redone alone, with its own retries and explanations. Never throws.
     */
    void write(Map<TaskId, List<AssistAttempt>> batch) {
        if (batch.size() == 1) {
            batch.forEach(this::write);
            return;
        }
        Map<AssistAttempt, Object> outcomes;
        try {
            outcomes = transactions.execute(status -> apply(batch));
        } catch (RuntimeException e) {
            log.debug("Group commit over {} tasks failed; writing them one by one", batch.size(), e);
            batch.forEach(this::write);
            return;
        }
        complete(outcomes);
    }

    /** Completes every attempt of the batch, normally or exceptionally; never throws. */
    void write(TaskId taskId, List<AssistAttempt> attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                Map<AssistAttempt, Object> outcomes = transactions.execute(status -> apply(Map.of(taskId, attempts)));
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

    /** One task's part of a transaction; {@code accepted} is filled by the quota check. */
    private record Step(
            TaskRow task,
            CampaignTerms terms,
            AssistBatch batch,
            Map<UserId, AssistAttempt> candidates,
            List<AssistAttempt> accepted) {}

    /**
     * Locks are taken in one global order so that writers (lanes of this node, or other nodes) cannot deadlock:
     * first every task row, by task id; then every helper counter of the whole transaction, by (helper, scope);
     * only then anything else.
     */
    private Map<AssistAttempt, Object> apply(Map<TaskId, List<AssistAttempt>> attemptsByTask) {
        Instant now = clock.instant();
        List<Step> steps = new ArrayList<>(attemptsByTask.size());
        attemptsByTask.keySet().stream()
                .sorted(Comparator.comparing(TaskId::value))
                .forEach(taskId -> {
                    TaskRow task = tasks.lock(taskId).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
                    CampaignTerms terms =
                            cache.rules(task.campaignId(), task.rulesVersion()).terms();
                    AssistBatch batch = new AssistBatch(task, terms, now);
                    Map<UserId, AssistAttempt> candidates = batch.screen(attemptsByTask.get(taskId));
                    if (!candidates.isEmpty()) {
                        replayOrRefuseEarlier(taskId, candidates, batch);
                    }
                    steps.add(new Step(task, terms, batch, candidates, new ArrayList<>()));
                });
        checkQuotas(steps, now);
        Map<AssistAttempt, Object> outcomes = new HashMap<>();
        List<AssistRecorded> recorded = new ArrayList<>();
        for (Step step : steps) {
            List<AssistAttempt> taken = step.accepted();
            List<AssistRow> rows =
                    step.batch().cut(taken, cache.schedule(step.task().id()));
            if (!rows.isEmpty()) {
                record(step.task(), step.terms(), step.batch(), taken, rows, now, recorded);
                rows.forEach(row ->
                        step.batch().accept(attemptOf(taken, row), step.batch().result(row)));
            }
            step.batch().resolveFollowers();
            outcomes.putAll(step.batch().outcomes());
        }
        if (!recorded.isEmpty()) {
            events.publishEvent(new AssistsRecorded(recorded));
        }
        return outcomes;
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

    /**
     * Locks the counters of every candidate of the transaction at once and takes, per step, the candidates within
     * all their limits. A helper assisting two tasks of the same transaction counts against the same day limit
     * twice, in task order.
     */
    private void checkQuotas(List<Step> steps, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, campaigns.dayZone());
        List<Quotas.Key> keys = new ArrayList<>();
        for (Step step : steps) {
            step.candidates()
                    .keySet()
                    .forEach(helper ->
                            keys.addAll(step.batch().scopes(helper, day).keySet()));
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<Quotas.Key, Integer> used = quotas.lockHelperCounters(keys);
        List<Quotas.Key> increments = new ArrayList<>();
        for (Step step : steps) {
            for (var entry : step.candidates().entrySet()) {
                Map<Quotas.Key, AssistBatch.Limit> scopes = step.batch().scopes(entry.getKey(), day);
                var exceeded = scopes.entrySet().stream()
                        .filter(s ->
                                used.getOrDefault(s.getKey(), 0) >= s.getValue().max())
                        .findFirst();
                if (exceeded.isPresent()) {
                    AssistBatch.Limit limit = exceeded.get().getValue();
                    step.batch()
                            .refuse(
                                    entry.getValue(),
                                    limit.code(),
                                    AssistBatch.describe(
                                            limit,
                                            used.getOrDefault(exceeded.get().getKey(), 0)));
                } else {
                    step.accepted().add(entry.getValue());
                    scopes.keySet().forEach(key -> {
                        used.merge(key, 1, Integer::sum);
                        increments.add(key);
                    });
                }
            }
        }
        if (!increments.isEmpty()) {
            quotas.increment(increments);
        }
    }

    private void record(
            TaskRow task,
            CampaignTerms terms,
            AssistBatch batch,
            List<AssistAttempt> taken,
            List<AssistRow> rows,
            Instant now,
            List<AssistRecorded> recorded) {
        assists.insertAll(rows);
        AssistRow last = rows.getLast();
        boolean succeeded = AssistBatch.targetReached(task, rows);
        int held = (int) rows.stream()
                .filter(r -> r.status() == AssistStatus.UNDER_REVIEW)
                .count();
        int changed = tasks.advance(
                task.id(),
                task.assistsDone(),
                task.assistsDone() + rows.size(),
                last.progressAfter(),
                task.underReview() + held,
                batch.releasedLeft(rows),
                succeeded ? TaskStatus.SUCCEEDED : TaskStatus.OPEN,
                succeeded ? now : null,
                succeeded ? now.plus(terms.claimWindow()) : null);
        if (changed != 1) {
            // Not while the row lock is held; should another writer get in regardless, roll back and redo the batch.
            throw new OptimisticLockingFailureException("task " + task.id() + " changed under its lock");
        }
        for (AssistRow row : rows) {
            AssistAttempt attempt = attemptOf(taken, row);
            recorded.add(new AssistRecorded(
                    row.id(),
                    task.id(),
                    task.campaignId(),
                    row.helperId(),
                    task.initiatorId(),
                    row.seq(),
                    row.cut(),
                    row.progressAfter(),
                    task.targetAmount() - row.progressAfter(),
                    row.openAfter(),
                    now,
                    row.status() == AssistStatus.UNDER_REVIEW ? row.reason() : null,
                    attempt.risk().fingerprint()));
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
