package io.huzhu.reciprocity;

import io.huzhu.identity.Accounts;
import io.huzhu.reciprocity.LedgerMath.Balance;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.task.TaskQueries;
import io.huzhu.task.TaskStatus;
import io.huzhu.task.TaskView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's help queue: the open requests they can still help with, ranked by {@link FairQueue}. Showing a
 * request at the top of a queue counts as an exposure, which the ranking uses to rotate requests so none starves.
 */
@Service
class HelpQueue {

    /** Live progress of a task request, read when the queue is built. */
    record TaskProgress(
            TaskId taskId, String title, String unit, long remaining, int maxAssistsRemaining, Instant deadline) {}

    record Item(
            UUID messageId,
            HelpKind kind,
            UserId requesterId,
            String requesterName,
            Instant postedAt,
            Instant deadline,
            int exposures,
            int helpCount,
            int requesterGiven,
            int requesterReceived,
            boolean lowPriority,
            @Nullable TaskProgress task,
            @Nullable String link,
            @Nullable String note,
            List<QueueReasons.Reason> reasons) {}

    private final HelpRequestRepository requests;
    private final LedgerRepository ledger;
    private final PolicyRepository policies;
    private final GroupAccess access;
    private final TaskQueries tasks;
    private final Accounts accounts;
    private final ReciprocityProperties properties;
    private final Clock clock;

    HelpQueue(
            HelpRequestRepository requests,
            LedgerRepository ledger,
            PolicyRepository policies,
            GroupAccess access,
            TaskQueries tasks,
            Accounts accounts,
            ReciprocityProperties properties,
            Clock clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.policies = policies;
        this.access = access;
        this.tasks = tasks;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Muted members may read it: helping others is exactly what a muted member can still do. */
    @Transactional
    public List<Item> of(GroupId group, UserId viewer) {
        access.member(group, viewer);
        Instant now = clock.instant();
        List<HelpRequestRepository.Row> rows =
                requests.queueCandidates(group, viewer, now, properties.queueCandidates());
        Map<UserId, Balance> balances = ledger.balancesOf(
                group, rows.stream().map(HelpRequestRepository.Row::requesterId).toList());
        PostingPolicy policy = policies.find(group);
        Map<TaskId, TaskView> taskViews = tasks.findAll(rows.stream()
                .map(HelpRequestRepository.Row::taskId)
                .filter(java.util.Objects::nonNull)
                .toList());
        Map<UserId, Integer> helpedMe = ledger.helpersOf(group, viewer);
        Map<UserId, Integer> helpedThem = ledger.helpedBy(group, viewer);
        List<FairQueue.Candidate> candidates = rows.stream()
                .map(row -> candidate(
                        row,
                        balances.get(row.requesterId()),
                        policy,
                        taskViews,
                        helpedMe.getOrDefault(row.requesterId(), 0),
                        helpedThem.getOrDefault(row.requesterId(), 0)))
                .toList();
        List<FairQueue.Candidate> top = FairQueue.rank(candidates, now).stream()
                .limit(properties.queueSize())
                .toList();
        requests.expose(top.stream()
                .limit(properties.exposedTop())
                .map(FairQueue.Candidate::requestId)
                .toList());
        Map<UUID, HelpRequestRepository.Row> byId =
                rows.stream().collect(Collectors.toMap(HelpRequestRepository.Row::messageId, Function.identity()));
        Map<UserId, String> names = accounts.displayNames(
                top.stream().map(FairQueue.Candidate::requesterId).distinct().toList());
        return top.stream()
                .map(c -> item(byId.get(c.requestId()), c, names.getOrDefault(c.requesterId(), "?"), taskViews, now))
                .toList();
    }

    /**
     * For a task the queue knows exactly how much help is still needed (the rest of its fixed schedule); an external
     * link's need is unknown and counts as one. The viewer's own history with the requester makes the queue
     * personal: a member sees first the requests of those who helped them and whom they have not helped back.
     */
    private static FairQueue.Candidate candidate(
            HelpRequestRepository.Row row,
            @Nullable Balance balance,
            PostingPolicy policy,
            Map<TaskId, TaskView> taskViews,
            int helpedViewer,
            int viewerHelpedThem) {
        int given = balance == null ? 0 : balance.given();
        int received = balance == null ? 0 : balance.received();
        TaskView task = row.taskId() == null ? null : taskViews.get(row.taskId());
        int stillNeeded = row.taskId() == null
                ? 1
                : task == null || task.status() != TaskStatus.OPEN ? 0 : task.maxAssistsRemaining();
        return new FairQueue.Candidate(
                row.messageId(),
                row.requesterId(),
                row.createdAt(),
                row.deadline(),
                given,
                received,
                row.exposures(),
                policy.belowFloor(given - received),
                stillNeeded,
                helpedViewer,
                Math.max(0, helpedViewer - viewerHelpedThem),
                row.helpCount() == 0);
    }

    private Item item(
            HelpRequestRepository.Row row,
            FairQueue.Candidate candidate,
            String requesterName,
            Map<TaskId, TaskView> taskViews,
            Instant now) {
        TaskView view = row.taskId() == null ? null : taskViews.get(row.taskId());
        TaskProgress task = view == null ? null : progress(view);
        return new Item(
                row.messageId(),
                row.kind(),
                row.requesterId(),
                requesterName,
                row.createdAt(),
                row.deadline(),
                row.exposures(),
                row.helpCount(),
                candidate.helpGiven(),
                candidate.helpReceived(),
                candidate.belowBalanceFloor(),
                task,
                row.kind() == HelpKind.EXTERNAL_LINK ? row.link() : null,
                row.note(),
                QueueReasons.of(candidate, now, FairQueue.Settings.DEFAULTS, row.taskId() != null));
    }

    private static TaskProgress progress(TaskView view) {
        return new TaskProgress(
                view.id(), view.title(), view.unit(), view.remaining(), view.maxAssistsRemaining(), view.expiresAt());
    }
}
