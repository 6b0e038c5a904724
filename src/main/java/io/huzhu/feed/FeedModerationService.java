package io.huzhu.feed;

import io.huzhu.shared.AfterCommit;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Status changes of messages on a moderator's decision; connected members learn of them after the commit. */
@Service
class FeedModerationService implements FeedModeration {

    private final FeedRepository feed;
    private final FeedService posting;
    private final MessageViews views;
    private final FeedHub hub;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate independent;

    FeedModerationService(
            FeedRepository feed,
            FeedService posting,
            MessageViews views,
            FeedHub hub,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.feed = feed;
        this.posting = posting;
        this.views = views;
        this.hub = hub;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<ModeratedMessage> message(GroupId group, UUID messageId) {
        return feed.find(group, messageId)
                .map(row -> new ModeratedMessage(
                        row.id(),
                        row.groupId(),
                        row.seq(),
                        row.authorId(),
                        row.kind(),
                        row.status(),
                        row.body(),
                        row.link(),
                        row.createdAt()));
    }

    @Override
    @Transactional
    public boolean approve(GroupId group, UUID messageId) {
        Optional<MessageRow> row = feed.find(group, messageId);
        if (row.isEmpty()) {
            return false;
        }
        if (row.get().status() == MessageStatus.HELD) {
            return publishNewly(group, messageId, List.of(MessageStatus.HELD));
        }
        boolean changed =
                feed.changeStatus(group, messageId, List.of(MessageStatus.HIDDEN), MessageStatus.VISIBLE, null);
        if (changed) {
            AfterCommit.run(() -> feed.find(group, messageId)
                    .map(views::view)
                    .ifPresent(v -> hub.publishStatus(group, "restored", messageId, v.seq(), v)));
        }
        return changed;
    }

    @Override
    @Transactional
    public boolean hide(GroupId group, UUID messageId) {
        return change(group, messageId, List.of(MessageStatus.VISIBLE), MessageStatus.HIDDEN, "hidden");
    }

    @Override
    @Transactional
    public boolean remove(GroupId group, UUID messageId) {
        return change(
                group,
                messageId,
                List.of(MessageStatus.VISIBLE, MessageStatus.HELD, MessageStatus.HIDDEN),
                MessageStatus.REMOVED,
                "removed");
    }

    @Override
    @Transactional
    public boolean restore(GroupId group, UUID messageId) {
        Optional<MessageRow> row = feed.find(group, messageId);
        if (row.isEmpty() || row.get().status() != MessageStatus.REMOVED) {
            return false;
        }
        if (row.get().seq() == null) {
            return publishNewly(group, messageId, List.of(MessageStatus.REMOVED));
        }
        boolean changed =
                feed.changeStatus(group, messageId, List.of(MessageStatus.REMOVED), MessageStatus.VISIBLE, null);
        if (changed) {
            AfterCommit.run(() -> feed.find(group, messageId)
                    .map(views::view)
                    .ifPresent(v -> hub.publishStatus(group, "restored", messageId, v.seq(), v)));
        }
        return changed;
    }

    /** A message never shown before takes the next seq now and is delivered like a new post. */
    private boolean publishNewly(GroupId group, UUID messageId, List<MessageStatus> from) {
        long seq = feed.nextSeq(group);
        if (!feed.changeStatus(group, messageId, from, MessageStatus.VISIBLE, seq)) {
            return false;
        }
        MessageRow row = feed.find(group, messageId).orElseThrow();
        try {
            // Its own transaction: a refusal by the posting policy must not roll back the approval.
            independent.executeWithoutResult(s -> posting.openHelpRequest(row));
        } catch (HuzhuException refused) {
            // The policy no longer allows a help request (for example today's allowance is used): the message is
            // shown, but it does not join the help queue.
        }
        Instant now = clock.instant();
        events.publishEvent(new MessagePosted(row.id(), group, seq, row.kind(), row.authorId(), row.taskId(), now));
        return true;
    }

    private boolean change(
            GroupId group, UUID messageId, List<MessageStatus> from, MessageStatus to, String frameType) {
        Optional<MessageRow> before = feed.find(group, messageId);
        boolean changed = feed.changeStatus(group, messageId, from, to, null);
        if (changed && before.isPresent() && before.get().seq() != null) {
            Long seq = before.get().seq();
            AfterCommit.run(() -> hub.publishStatus(group, frameType, messageId, seq, null));
        }
        return changed;
    }
}
