package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final QuotaCheck quotaCheck;
    private final TaskCache cache;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AssistWriter(
            TaskRepository tasks,
            AssistRepository assists,
            Quotas quotas,
            QuotaCheck quotaCheck,
            TaskCache cache,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks = tasks;
        this.assists = assists;
        this.quotas = quotas;
        this.quotaCheck = quotaCheck;
        this.cache = cache;
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
        AssistOutcomes.complete(outcomes);
    }

    /** Completes every attempt of the batch, normally or exceptionally; never throws. */
    void write(TaskId taskId, List<AssistAttempt> attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                Map<AssistAttempt, Object> outcomes = transactions.execute(status -> apply(Map.of(taskId, attempts)));
                AssistOutcomes.complete(outcomes);
                return;
            } catch (ConcurrencyFailureException e) {
                if (attempt < LOCK_RETRIES) {
                    continue;
                }
                AssistOutcomes.fail(attempts, new HuzhuException(ErrorCode.BUSY, "The task is busy; retry shortly"));
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempts.size() > 1) {
                    attempts.forEach(single -> write(taskId, List.of(single)));
                } else {
                    AssistOutcomes.fail(attempts, AssistOutcomes.explain(e));
                }
                return;
            } catch (HuzhuException e) {
                AssistOutcomes.fail(attempts, e);
                return;
            } catch (RuntimeException e) {
                log.error("Assist batch on task {} failed", taskId, e);
                AssistOutcomes.fail(attempts, e);
                return;
            }
        }
    }

    /** One task's part of a transaction. */
    private record Step(TaskRow task, CampaignTerms terms, QuotaCheck.Part part) {
        AssistBatch batch() {
            return part.batch();
        }
    }

    /**
     * Locks are taken in one global order so that writers (lanes of this node, or other nodes) cannot deadlock:
     * first every task row, by task id; then every helper counter of the whole transaction, by (helper, scope);
     * only then anything else. Each kind of statement runs once for the whole transaction, whatever the number of
     * tasks: lock the tasks, read the helpers' earlier assists, the quota counters, insert the assists, move the
     * task counters.
     */
    private Map<AssistAttempt, Object> apply(Map<TaskId, List<AssistAttempt>> attemptsByTask) {
        Instant now = clock.instant();
        List<TaskId> ids = attemptsByTask.keySet().stream()
                .sorted(Comparator.comparing(TaskId::value))
                .toList();
        Map<TaskId, TaskRow> locked = tasks.lockAll(ids);
        List<Step> steps = new ArrayList<>(ids.size());
        Map<TaskId, Set<UserId>> asking = new HashMap<>();
        for (TaskId taskId : ids) {
            TaskRow task = locked.get(taskId);
            if (task == null) {
                throw HuzhuException.of(ErrorCode.TASK_NOT_FOUND);
            }
            CampaignTerms terms =
                    cache.rules(task.campaignId(), task.rulesVersion()).terms();
            AssistBatch batch = new AssistBatch(task, terms, now);
            Map<UserId, AssistAttempt> candidates = batch.screen(attemptsByTask.get(taskId));
            if (!candidates.isEmpty()) {
                asking.put(taskId, candidates.keySet());
            }
            steps.add(new Step(task, terms, new QuotaCheck.Part(batch, candidates, new ArrayList<>())));
        }
        replayOrRefuseEarlier(asking, steps);
        quotaCheck.apply(steps.stream().map(Step::part).toList(), now);
        List<AssistRow> inserts = new ArrayList<>();
        List<TaskRepository.Advance> advances = new ArrayList<>();
        List<AssistRecorded> recorded = new ArrayList<>();
        List<TaskRow> succeeded = new ArrayList<>();
        for (Step step : steps) {
            List<AssistAttempt> taken = step.part().accepted();
            List<AssistRow> rows =
                    step.batch().cut(taken, cache.schedule(step.task().id()));
            if (!rows.isEmpty()) {
                inserts.addAll(rows);
                advances.add(advance(step, rows, now));
                record(step.task(), taken, rows, recorded, succeeded);
                rows.forEach(row ->
                        step.batch().accept(attemptOf(taken, row), step.batch().result(row)));
            }
            step.batch().resolveFollowers();
        }
        if (!inserts.isEmpty()) {
            assists.insertAll(inserts);
            int[] changed = tasks.advanceAll(advances);
            for (int i = 0; i < changed.length; i++) {
                if (changed[i] != 1) {
                    // Not while the row lock is held; should another writer get in regardless, roll back and redo.
                    throw new OptimisticLockingFailureException(
                            "task " + advances.get(i).id() + " changed under its lock");
                }
            }
        }
        for (TaskRow task : succeeded) {
            quotas.endTask(task.initiatorId(), task.campaignId(), true);
            events.publishEvent(new TaskSucceeded(
                    task.id(), task.campaignId(), task.initiatorId(), task.cutCount(), task.seed(), now));
        }
        Map<AssistAttempt, Object> outcomes = new HashMap<>();
        steps.forEach(step -> outcomes.putAll(step.batch().outcomes()));
        if (!recorded.isEmpty()) {
            events.publishEvent(new AssistsRecorded(recorded));
        }
        return outcomes;
    }

    /** A helper who already assisted a task gets the stored result (same key) or a refusal: one read for all tasks. */
    private void replayOrRefuseEarlier(Map<TaskId, Set<UserId>> asking, List<Step> steps) {
        if (asking.isEmpty()) {
            return;
        }
        List<AssistRow> earlier = assists.ofHelpers(asking);
        for (Step step : steps) {
            for (AssistRow row : earlier) {
                if (!row.taskId().equals(step.task().id())) {
                    continue;
                }
                AssistAttempt attempt = step.part().candidates().remove(row.helperId());
                if (attempt == null) {
                    continue;
                }
                if (row.idempotencyKey() != null && row.idempotencyKey().equals(attempt.idempotencyKey())) {
                    step.batch()
                            .accept(
                                    attempt,
                                    AssistResults.of(
                                                    row,
                                                    tasks.find(row.taskId()).orElseThrow())
                                            .asReplay());
                } else {
                    step.batch().refuse(attempt, ErrorCode.ALREADY_ASSISTED, ErrorCode.ALREADY_ASSISTED.title());
                }
            }
        }
    }

    private static TaskRepository.Advance advance(Step step, List<AssistRow> rows, Instant now) {
        TaskRow task = step.task();
        boolean succeeded = AssistBatch.targetReached(task, rows);
        int held = (int) rows.stream()
                .filter(r -> r.status() == AssistStatus.UNDER_REVIEW)
                .count();
        return new TaskRepository.Advance(
                task.id(),
                task.assistsDone(),
                task.assistsDone() + rows.size(),
                rows.getLast().progressAfter(),
                task.underReview() + held,
                step.batch().releasedLeft(rows),
                succeeded ? TaskStatus.SUCCEEDED : TaskStatus.OPEN,
                succeeded ? now : null,
                succeeded ? now.plus(step.terms().claimWindow()) : null);
    }

    /** The events of one task's new rows; the task goes to {@code succeededTasks} when they reached its target. */
    private static void record(
            TaskRow task,
            List<AssistAttempt> taken,
            List<AssistRow> rows,
            List<AssistRecorded> recorded,
            List<TaskRow> succeededTasks) {
        boolean succeeded = AssistBatch.targetReached(task, rows);
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
                    row.createdAt(),
                    row.status() == AssistStatus.UNDER_REVIEW ? row.reason() : null,
                    attempt.risk().fingerprint()));
        }
        if (succeeded) {
            succeededTasks.add(task);
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
}
