package io.huzhu.feed;

import io.huzhu.group.Groups;
import io.huzhu.shared.Ids;
import io.huzhu.task.TaskSucceeded;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** When a task posted for help reaches its target, its groups hear about it (once per group). */
@Component
class SuccessStories {

    private final FeedRepository feed;
    private final Groups groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuccessStories(FeedRepository feed, Groups groups, ApplicationEventPublisher events, Clock clock) {
        this.feed = feed;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void celebrate(TaskSucceeded succeeded) {
        Instant now = clock.instant();
        feed.taskPosts(succeeded.taskId()).stream()
                .map(MessageRow::groupId)
                .distinct()
                .filter(group ->
                        groups.membership(group, succeeded.initiatorId()).isPresent())
                .filter(group -> !feed.hasSuccessStory(group, succeeded.taskId()))
                .forEach(group -> {
                    var row = new MessageRow(
                            Ids.next(),
                            group,
                            feed.nextSeq(group),
                            MessageStatus.VISIBLE,
                            succeeded.initiatorId(),
                            MessageKind.SUCCESS,
                            "助力成功！谢谢大家 🎉 Target reached, thank you all!",
                            succeeded.taskId(),
                            null,
                            null,
                            now);
                    feed.insert(row);
                    events.publishEvent(new MessagePosted(
                            row.id(), group, row.seq(), row.kind(), row.authorId(), row.taskId(), now));
                });
    }
}
