package io.huzhu.feed;

import io.huzhu.shared.MemberChannel;
import io.huzhu.shared.UserId;
import io.huzhu.shared.cluster.ClusterBus;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Every open feed connection of this node by member: WebSocket sessions from the moment they open, SSE streams
 * while they last. Frames that concern the member rather than a group (notifications) go through here, to every
 * connection the member has, whatever groups it follows, on every node: a frame pushed here is also published on
 * the cluster bus under {@code member:<id>}, which a node follows while the member has a connection there. The bus
 * is best effort; what a lost frame announced is in the member's inbox (see docs/notifications.md).
 */
@Component
class MemberConnections implements MemberChannel {

    /** Sends a frame of a type: a WebSocket sends the frame as is, an SSE stream names its event by the type. */
    interface Connection extends BiConsumer<String, String> {}

    private record Member(Set<Connection> connections, ClusterBus.Following following) {}

    private final Map<UserId, Member> byMember = new ConcurrentHashMap<>();
    private final ClusterBus bus;

    MemberConnections(ClusterBus bus) {
        this.bus = bus;
    }

    void add(UserId member, Connection connection) {
        byMember.compute(member, (m, present) -> {
            Member entry = present != null
                    ? present
                    : new Member(
                            ConcurrentHashMap.newKeySet(), bus.follow(topic(m), payload -> fromOtherNode(m, payload)));
            entry.connections().add(connection);
            return entry;
        });
    }

    void remove(UserId member, Connection connection) {
        byMember.computeIfPresent(member, (m, entry) -> {
            entry.connections().remove(connection);
            if (!entry.connections().isEmpty()) {
                return entry;
            }
            entry.following().close();
            return null;
        });
    }

    /** Pushes to the member's connections here and announces the frame to the other nodes. */
    @Override
    public int push(UserId member, String type, String frame) {
        bus.publish(topic(member), type + "\n" + frame);
        return pushHere(member, type, frame);
    }

    private void fromOtherNode(UserId member, String payload) {
        int newline = payload.indexOf('\n');
        if (newline > 0) {
            pushHere(member, payload.substring(0, newline), payload.substring(newline + 1));
        }
    }

    private int pushHere(UserId member, String type, String frame) {
        Member entry = byMember.get(member);
        if (entry == null) {
            return 0;
        }
        entry.connections().forEach(c -> c.accept(type, frame));
        return entry.connections().size();
    }

    static String topic(UserId member) {
        return "member:" + member.value();
    }
}
