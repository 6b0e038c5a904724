package io.huzhu.feed;

import io.huzhu.group.MemberLeft;
import io.huzhu.shared.TaskId;
import io.huzhu.task.AssistRecorded;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.TaskQueries;
import io.huzhu.task.TaskSucceeded;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Pushes committed messages and task progress to connected members, and closes streams of members who left. */
@Component
class FeedListeners {

    private final FeedHub hub;
    private final FeedRepository feed;
    private final MessageViews views;
    private final TaskQueries tasks;
    private final SuccessStories stories;
    private final Executor cards = Executors.newVirtualThreadPerTaskExecutor();

    FeedListeners(FeedHub hub, FeedRepository feed, MessageViews views, TaskQueries tasks, SuccessStories stories) {
        this.hub = hub;
        this.feed = feed;
        this.views = views;
        this.tasks = tasks;
        this.stories = stories;
    }

    @TransactionalEventListener
    void on(MessagePosted posted) {
        feed.find(posted.groupId(), posted.messageId()).map(views::view).ifPresent(hub::publish);
    }

    /**
     * A task card moves in every group the task was posted to: once per task and transaction, with the figures after
     * the transaction. Not durable on purpose: a card is a picture of the task, and a client that missed one reads
     * the task again when it reconnects; running off the writer's thread keeps the assists' acknowledgements fast.
     */
    @TransactionalEventListener
    void on(AssistsRecorded recorded) {
        List<TaskId> moved = recorded.assists().stream()
                .map(AssistRecorded::taskId)
                .distinct()
                .toList();
        cards.execute(() -> moved.forEach(this::moveCard));
    }

    private void moveCard(TaskId taskId) {
        var posts = feed.taskPosts(taskId);
        if (posts.isEmpty()) {
            return;
        }
        tasks.find(taskId)
                .map(TaskCard::of)
                .ifPresent(card -> posts.stream()
                        .map(MessageRow::groupId)
                        .distinct()
                        .forEach(group -> hub.publishCard(group, card)));
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
