package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import io.huzhu.shared.cluster.ClusterBus;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The feed's side of the cluster bus: one topic per group ({@code feed:group:<id>}), followed by a node while one of
 * its clients follows the group. What travels is small and never the only copy: "this group has messages up to seq
 * N" (the receiving node reads them from the database by seq), a card or status frame (a picture of current state),
 * and "this member left" (close their streams). docs/realtime.md explains why a lost wake-up costs latency only.
 */
@Component
class FeedFanOut {

    /** What a node does with what another node announced about a group. */
    interface Remote {
        void wake();

        void event(String frame);

        void left(UserId user);
    }

    private final ClusterBus bus;

    FeedFanOut(ClusterBus bus) {
        this.bus = bus;
    }

    static String topic(GroupId group) {
        return "feed:group:" + group;
    }

    ClusterBus.Following follow(GroupId group, Remote remote) {
        return bus.follow(topic(group), payload -> {
            if (payload.startsWith("m ")) {
                remote.wake();
            } else if (payload.startsWith("e ")) {
                remote.event(payload.substring(2));
            } else if (payload.startsWith("l ")) {
                remote.left(new UserId(UUID.fromString(payload.substring(2))));
            }
        });
    }

    /** A message with this seq committed (called after commit). */
    void message(GroupId group, long seq) {
        bus.publish(topic(group), "m " + seq);
    }

    /** A card or status frame for the group's followers (called after commit). */
    void event(GroupId group, String frame) {
        bus.publish(topic(group), "e " + frame);
    }

    void left(GroupId group, UserId user) {
        bus.publish(topic(group), "l " + user);
    }

    boolean shared() {
        return bus.shared();
    }

    void onResume(Runnable action) {
        bus.onResume(action);
    }
}
