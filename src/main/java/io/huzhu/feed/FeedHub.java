package io.huzhu.feed;

import com.google.common.collect.Iterables;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import io.huzhu.shared.cluster.ClusterBus;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's subscribers, per group. Frames are serialised once per message, not once per subscriber. Across nodes
 * ({@link FeedFanOut}): a node follows the topic of each group one of its clients follows; a wake-up from another
 * node makes it read the group's new messages once from the database, by seq, for all its subscribers of that group;
 * a periodic sweep compares the groups' last seqs with what was delivered, so a lost wake-up only delays.
 */
@Component
class FeedHub {

    static final int CATCH_UP_LIMIT = 500;
    private final Map<GroupId, Followers> byGroup = new ConcurrentHashMap<>();
    private final FeedRepository feed;
    private final MessageViews views;
    private final JsonMapper json;
    private final FeedFanOut fanOut;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    /** The subscriptions of one group on this node, and this node's following of the group's topic. */
    private static final class Followers {
        final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
        final AtomicInteger wakes = new AtomicInteger();
        volatile long known;
        ClusterBus.@Nullable Following following;
    }

    FeedHub(FeedRepository feed, MessageViews views, JsonMapper json, FeedFanOut fanOut) {
        this.feed = feed;
        this.views = views;
        this.json = json;
        this.fanOut = fanOut;
        fanOut.onResume(this::sweep);
    }

    record MessageFrame(String type, GroupId groupId, long seq, MessageView message) {}

    record CardFrame(String type, GroupId groupId, TaskCard card) {}

    record StatusFrame(
            String type,
            GroupId groupId,
            UUID messageId,
            @Nullable Long seq,
            @Nullable MessageView message) {}

    /** Registers (and follows the group's topic) first, then reads the backlog, so nothing committed is missed. */
    Subscription subscribe(GroupId group, UserId user, long after, Subscription.Sink sink) {
        var subscription = new Subscription(group, user, after, sink, this::read);
        byGroup.compute(group, (g, followers) -> {
            Followers f = followers == null ? new Followers() : followers;
            if (f.following == null) {
                f.following = fanOut.follow(g, remote(g));
            }
            f.subscriptions.add(subscription);
            return f;
        });
        subscription.caughtUp(read(group, after, Long.MAX_VALUE));
        return subscription;
    }

    void unsubscribe(Subscription subscription) {
        byGroup.computeIfPresent(subscription.group(), (g, f) -> {
            f.subscriptions.remove(subscription);
            if (!f.subscriptions.isEmpty()) {
                return f;
            }
            if (f.following != null) {
                f.following.close();
            }
            return null;
        });
    }

    /** A message committed on this node: delivered here, and announced to the other nodes. */
    void publish(MessageView message) {
        if (message.seq() == null || message.status() != MessageStatus.VISIBLE) {
            return;
        }
        fanOut.message(message.groupId(), message.seq());
        Followers f = byGroup.get(message.groupId());
        if (f == null || f.subscriptions.isEmpty()) {
            return;
        }
        String frame = frame(message);
        f.subscriptions.forEach(s -> s.offer(message.seq(), frame));
    }

    /**
     * A message already delivered was hidden or removed (members drop it), or a hidden one was restored (members
     * show it again). Not numbered: it changes a message the client already has by seq.
     */
    void publishStatus(GroupId group, String type, UUID messageId, @Nullable Long seq, @Nullable MessageView message) {
        String frame = json.writeValueAsString(new StatusFrame(type, group, messageId, seq, message));
        fanOut.event(group, frame);
        eventHere(group, frame);
    }

    void publishCard(GroupId group, TaskCard card) {
        String frame = json.writeValueAsString(new CardFrame("card", group, card));
        fanOut.event(group, frame);
        eventHere(group, frame);
    }

    record QueueFrame(String type, GroupId groupId, String why) {}

    /**
     * The group's help queue changed (a help post, a help reported, confirmed or disputed): members who show the
     * queue read their own, personal order again. Not numbered and not durable, like a card.
     */
    void publishQueue(GroupId group, String why) {
        String frame = json.writeValueAsString(new QueueFrame("queue", group, why));
        fanOut.event(group, frame);
        eventHere(group, frame);
    }

    /** Closes the streams of a member who left, was kicked or banned, on every node. */
    void disconnect(GroupId group, UserId user) {
        fanOut.left(group, user);
        disconnectHere(group, user);
    }

    private void eventHere(GroupId group, String frame) {
        Followers f = byGroup.get(group);
        if (f != null) {
            f.subscriptions.forEach(s -> s.event(frame));
        }
    }

    private void disconnectHere(GroupId group, UserId user) {
        Followers f = byGroup.get(group);
        if (f == null) {
            return;
        }
        f.subscriptions.stream().filter(s -> s.user().equals(user)).toList().forEach(s -> {
            s.close();
            unsubscribe(s);
        });
    }

    /** Ends every stream on this node (SSE clients reconnect by themselves, from their last event id). */
    void closeAll() {
        byGroup.values()
                .forEach(f -> List.copyOf(f.subscriptions).forEach(s -> {
                    s.close();
                    unsubscribe(s);
                }));
    }

    private FeedFanOut.Remote remote(GroupId group) {
        return new FeedFanOut.Remote() {
            @Override
            public void wake() {
                FeedHub.this.wake(group);
            }

            @Override
            public void event(String frame) {
                eventHere(group, frame);
            }

            @Override
            public void left(UserId user) {
                disconnectHere(group, user);
            }
        };
    }

    /**
     * Reads the group's messages after the lowest cursor of this node's subscribers, once for all of them.
     * Wake-ups that arrive while a read runs are coalesced into one more read.
     */
    void wake(GroupId group) {
        Followers f = byGroup.get(group);
        if (f == null || f.wakes.getAndIncrement() > 0) {
            return;
        }
        readers.execute(() -> {
            int seen;
            do {
                seen = f.wakes.get();
                long from = f.subscriptions.stream()
                        .mapToLong(Subscription::cursor)
                        .min()
                        .orElse(Long.MAX_VALUE);
                if (from != Long.MAX_VALUE) {
                    var frames = read(group, from, Long.MAX_VALUE);
                    f.subscriptions.forEach(s -> frames.forEach(e -> s.offer(e.getKey(), e.getValue())));
                }
            } while (f.wakes.addAndGet(-seen) > 0);
        });
    }

    /** Wakes the followed groups whose feed moved past what this node knows: lost wake-ups cost this long at most. */
    @Scheduled(fixedDelayString = "${huzhu.cluster.sweep-interval:PT2S}")
    void sweep() {
        if (!fanOut.shared() || byGroup.isEmpty()) {
            return;
        }
        for (List<GroupId> chunk : Iterables.partition(new ArrayList<>(byGroup.keySet()), 500)) {
            feed.lastSeqs(chunk).forEach((group, last) -> {
                Followers f = byGroup.get(group);
                if (f == null) {
                    return;
                }
                long delivered = f.subscriptions.stream()
                        .mapToLong(Subscription::cursor)
                        .max()
                        .orElse(last);
                if (last > Math.max(delivered, f.known)) {
                    f.known = last;
                    wake(group);
                }
            });
        }
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
