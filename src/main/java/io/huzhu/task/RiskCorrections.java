package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.risk.AssistStatesChanged;
import io.huzhu.shared.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies risk control's decisions to tasks, in the deciding transaction: per task (locked in id order, like the
 * assist writer), the assists change status, the counters and the released slots follow ({@link Recount}), and a
 * task that fell below or came back to its target changes status. Every change leaves a {@code task_correction} row
 * for the timeline and a {@link TaskProgressCorrected} event.
 */
@Component
class RiskCorrections {

    private final TaskRepository tasks;
    private final AssistRepository assists;
    private final Corrections corrections;
    private final TaskCache cache;
    private final Quotas quotas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskCorrections(
            TaskRepository tasks,
            AssistRepository assists,
            Corrections corrections,
            TaskCache cache,
            Quotas quotas,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.assists = assists;
        this.corrections = corrections;
        this.cache = cache;
        this.quotas = quotas;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(AssistStatesChanged decided) {
        Map<TaskId, List<UUID>> byTask = decided.changes().stream()
                .collect(Collectors.groupingBy(
                        AssistStatesChanged.Change::taskId,
                        () -> new TreeMap<>(java.util.Comparator.comparing(TaskId::value)),
                        Collectors.mapping(AssistStatesChanged.Change::assistId, Collectors.toList())));
        var status = decided.changes().getFirst().status();
        Instant now = clock.instant();
        byTask.forEach((taskId, ids) -> tasks.lock(taskId).ifPresent(task -> {
            List<AssistRow> rows = assists.byIds(taskId, ids);
            Recount.Outcome outcome =
                    Recount.apply(task, rows, status, decided.reason(), decided.caseId(), cache.schedule(taskId));
            TaskRow after = transition(outcome.task(), now);
            tasks.correct(after);
            outcome.changed().forEach(assists::correct);
            record(after, Corrections.Kind.VOIDED, outcome.voided().size(), decided, now);
            record(after, Corrections.Kind.HELD, outcome.held().size(), decided, now);
            record(after, Corrections.Kind.RESTORED, outcome.restored().size(), decided, now);
            if (!outcome.voided().isEmpty()
                    || !outcome.restored().isEmpty()
                    || !outcome.held().isEmpty()) {
                events.publishEvent(new TaskProgressCorrected(
                        decided.correctionId(),
                        taskId,
                        after.campaignId(),
                        after.initiatorId(),
                        outcome.voided(),
                        outcome.restored(),
                        after.progress(),
                        after.remaining(),
                        after.maxAssistsRemaining(),
                        after.status(),
                        decided.reason(),
                        decided.caseId(),
                        now));
            }
        }));
    }

    private void record(TaskRow after, Corrections.Kind kind, int count, AssistStatesChanged decided, Instant now) {
        if (count > 0) {
            corrections.insert(after, kind, count, decided.reason(), decided.caseId(), now);
        }
    }

    /**
     * A succeeded task whose progress fell below the target is open again (the sweeper expires it if its deadline
     * has passed); an open task brought back to its target by restored assists succeeds now.
     */
    private TaskRow transition(TaskRow task, Instant now) {
        boolean full = task.assistsDone() == task.cutCount();
        if (task.status() == TaskStatus.SUCCEEDED && !full) {
            quotas.adjust(task.initiatorId(), task.campaignId(), 1, -1);
            return withStatus(task, TaskStatus.OPEN, null, null);
        }
        if (task.status() == TaskStatus.OPEN && full) {
            CampaignTerms terms =
                    cache.rules(task.campaignId(), task.rulesVersion()).terms();
            quotas.adjust(task.initiatorId(), task.campaignId(), -1, 1);
            events.publishEvent(new TaskSucceeded(
                    task.id(), task.campaignId(), task.initiatorId(), task.cutCount(), task.seed(), now));
            return withStatus(task, TaskStatus.SUCCEEDED, now, now.plus(terms.claimWindow()));
        }
        return task;
    }

    private static TaskRow withStatus(
            TaskRow task,
            TaskStatus status,
            @org.jspecify.annotations.Nullable Instant ended,
            @org.jspecify.annotations.Nullable Instant deadline) {
        return task.corrected(
                task.progress(),
                task.assistsDone(),
                task.voidedCount(),
                task.underReview(),
                task.releasedSlots(),
                status,
                ended,
                deadline);
    }
}
