package io.huzhu.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.group.MemberLeft;
import io.huzhu.reciprocity.HelpConfirmed;
import io.huzhu.reciprocity.HelpDisputed;
import io.huzhu.reciprocity.HelpReported;
import io.huzhu.shared.AfterCommit;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.cluster.ClusterBus;
import io.huzhu.task.AssistRecorded;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.TaskProgressCorrected;
import io.huzhu.task.TaskQueries;
import io.huzhu.task.TaskSucceeded;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pushes committed messages and task progress to connected members, and closes streams of members who left. The
 * pushes are after-commit hand-offs ({@link AfterCommit}), not {@code @TransactionalEventListener}s, whose completion
 * bookkeeping in the event publication registry would cost a serialised event and an update per transaction.
 */
@Component
class FeedListeners {

    private final FeedHub hub;
    private final FeedRepository feed;
    private final MessageViews views;
    private final TaskQueries tasks;
    private final SuccessStories stories;
    private final Executor cards = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Where each task is posted, remembered for a few seconds: most assisted tasks were never posted to a group, and
     * asking the database on every batch would cost a read per assist. A post forgets the task at once on this node
     * and, through the cluster bus, on the others; a lost message or a hide shows within {@link #POSTED_IN_TTL} (the
     * new post carries its card anyway).
     */
    static final Duration POSTED_IN_TTL = Duration.ofSeconds(5);

    private final Cache<TaskId, Set<GroupId>> postedIn = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(POSTED_IN_TTL)
            .build();

    static final String POSTED_IN_TOPIC = "invalidate:posted-in";
    private final ClusterBus bus;

    FeedListeners(
            FeedHub hub,
            FeedRepository feed,
            MessageViews views,
            TaskQueries tasks,
            SuccessStories stories,
            ClusterBus bus) {
        this.bus = bus;
        bus.follow(POSTED_IN_TOPIC, task -> postedIn.invalidate(new TaskId(UUID.fromString(task))));
        this.hub = hub;
        this.feed = feed;
        this.views = views;
        this.tasks = tasks;
        this.stories = stories;
    }

    @EventListener
    void on(MessagePosted posted) {
        AfterCommit.run(() -> posted(posted));
    }

    private void posted(MessagePosted posted) {
        if (posted.taskId() != null) {
            postedIn.invalidate(posted.taskId());
            bus.publish(POSTED_IN_TOPIC, posted.taskId().toString());
        }
        feed.find(posted.groupId(), posted.messageId()).map(views::view).ifPresent(hub::publish);
        if (posted.kind() == MessageKind.TASK || posted.kind() == MessageKind.LINK) {
            hub.publishQueue(posted.groupId(), "POSTED");
        }
    }

    /** External-link help moved: queues re-rank (help still needed, the ledger, who owes whom). */
    @EventListener
    void on(HelpReported reported) {
        AfterCommit.run(() -> hub.publishQueue(reported.groupId(), "REPORTED"));
    }

    @EventListener
    void on(HelpConfirmed confirmed) {
        AfterCommit.run(() -> hub.publishQueue(confirmed.groupId(), "CONFIRMED"));
    }

    @EventListener
    void on(HelpDisputed disputed) {
        AfterCommit.run(() -> hub.publishQueue(disputed.groupId(), "DISPUTED"));
    }

    /**
     * A task card moves in every group the task was posted to: once per task and transaction, with the figures after
     * the transaction. Not durable on purpose: a card is a picture of the task, and a client that missed one reads
     * the task again when it reconnects; running off the writer's thread keeps the assists' acknowledgements fast.
     */
    @EventListener
    void on(AssistsRecorded recorded) {
        List<TaskId> moved = recorded.assists().stream()
                .map(AssistRecorded::taskId)
                .distinct()
                .toList();
        AfterCommit.run(() -> cards.execute(() -> moveCards(moved)));
    }

    private void moveCards(List<TaskId> moved) {
        Map<TaskId, Set<GroupId>> groups = postedIn.getAll(moved, missing -> {
            Map<TaskId, Set<GroupId>> found = new HashMap<>(feed.postedIn(missing));
            missing.forEach(task -> found.putIfAbsent(task, Set.of()));
            return found;
        });
        groups.forEach((taskId, postedTo) -> {
            if (!postedTo.isEmpty()) {
                tasks.find(taskId)
                        .map(TaskCard::of)
                        .ifPresent(card -> postedTo.forEach(group -> hub.publishCard(group, card)));
            }
        });
    }

    /** Risk control voided or restored assists: the card shows the corrected progress. */
    @EventListener
    void on(TaskProgressCorrected corrected) {
        AfterCommit.run(() -> cards.execute(() -> moveCards(List.of(corrected.taskId()))));
    }

    @ApplicationModuleListener
    void on(TaskSucceeded succeeded) {
        stories.celebrate(succeeded);
    }

    @ApplicationModuleListener
    void on(MemberLeft left) {
        hub.disconnect(left.groupId(), left.userId());
    }
}
