package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's subscribers, per group. Frames are serialised once per message, not once per subscriber. Fan-out
 * across several nodes (Redis) comes with the scaling work; a single node delivers to all its clients.
 */
@Component
class FeedHub {

    static final int CATCH_UP_LIMIT = 500;
    private final Map<GroupId, Set<Subscription>> byGroup = new ConcurrentHashMap<>();
    private final FeedRepository feed;
    private final MessageViews views;
    private final JsonMapper json;

    FeedHub(FeedRepository feed, MessageViews views, JsonMapper json) {
        this.feed = feed;
        this.views = views;
        this.json = json;
    }

    record MessageFrame(String type, GroupId groupId, long seq, MessageView message) {}

    record CardFrame(String type, GroupId groupId, TaskCard card) {}

    /** Registers first, then reads the backlog, so nothing committed in between is lost (duplicates are dropped). */
    Subscription subscribe(GroupId group, UserId user, long after, Subscription.Sink sink) {
        var subscription = new Subscription(group, user, after, sink, this::read);
        byGroup.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(subscription);
        subscription.caughtUp(read(group, after, Long.MAX_VALUE));
        return subscription;
    }

    void unsubscribe(Subscription subscription) {
        Set<Subscription> set = byGroup.get(subscription.group());
        if (set != null) {
            set.remove(subscription);
        }
    }

    void publish(MessageView message) {
        Set<Subscription> set = byGroup.get(message.groupId());
        if (set == null || set.isEmpty() || message.seq() == null || message.status() != MessageStatus.VISIBLE) {
            return;
        }
        String frame = frame(message);
        set.forEach(s -> s.offer(message.seq(), frame));
    }

    record StatusFrame(
            String type,
            GroupId groupId,
            java.util.UUID messageId,
            @Nullable Long seq,
            @Nullable MessageView message) {}

    /**
     * A message already delivered was hidden or removed (members drop it), or a hidden one was restored (members
     * show it again). Not numbered: it changes a message the client already has by seq.
     */
    void publishStatus(
            GroupId group, String type, java.util.UUID messageId, @Nullable Long seq, @Nullable MessageView message) {
        Set<Subscription> set = byGroup.get(group);
        if (set == null || set.isEmpty()) {
            return;
        }
        String frame = json.writeValueAsString(new StatusFrame(type, group, messageId, seq, message));
        set.forEach(s -> s.event(frame));
    }

    void publishCard(GroupId group, TaskCard card) {
        Set<Subscription> set = byGroup.get(group);
        if (set == null || set.isEmpty()) {
            return;
        }
        String frame = json.writeValueAsString(new CardFrame("card", group, card));
        set.forEach(s -> s.event(frame));
    }

    record QueueFrame(String type, GroupId groupId, String why) {}

    /**
     * The group's help queue changed (a help post, a help reported, confirmed or disputed): members who show the
     * queue read their own, personal order again. Not numbered and not durable, like a card.
     */
    void publishQueue(GroupId group, String why) {
        Set<Subscription> set = byGroup.get(group);
        if (set == null || set.isEmpty()) {
            return;
        }
        String frame = json.writeValueAsString(new QueueFrame("queue", group, why));
        set.forEach(s -> s.event(frame));
    }

    /** Closes the streams of a member who left, was kicked or banned. */
    void disconnect(GroupId group, UserId user) {
        Set<Subscription> set = byGroup.get(group);
        if (set == null) {
            return;
        }
        set.removeIf(s -> {
            boolean match = s.user().equals(user);
            if (match) {
                s.close();
            }
            return match;
        });
    }

    private List<Map.Entry<Long, String>> read(GroupId group, long from, long to) {
        var rows = feed.after(group, from, CATCH_UP_LIMIT).stream()
                .filter(r -> r.seq() != null && r.seq() <= to)
                .toList();
        return views.views(rows).stream()
                .<Map.Entry<Long, String>>map(v -> new AbstractMap.SimpleImmutableEntry<>(v.seq(), frame(v)))
                .toList();
    }

    private String frame(MessageView message) {
        return json.writeValueAsString(new MessageFrame("message", message.groupId(), message.seq(), message));
    }
}
