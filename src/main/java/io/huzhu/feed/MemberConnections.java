package io.huzhu.feed;

import io.huzhu.shared.MemberChannel;
import io.huzhu.shared.UserId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Every open feed connection of this node by member: WebSocket sessions from the moment they open, SSE streams
 * while they last. Frames that concern the member rather than a group (notifications) go through here, to every
 * connection the member has, whatever groups it follows.
 */
@Component
class MemberConnections implements MemberChannel {

    /** Sends a frame of a type: a WebSocket sends the frame as is, an SSE stream names its event by the type. */
    interface Connection extends BiConsumer<String, String> {}

    private final Map<UserId, Set<Connection>> byMember = new ConcurrentHashMap<>();

    void add(UserId member, Connection connection) {
        byMember.computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void remove(UserId member, Connection connection) {
        byMember.computeIfPresent(member, (m, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public int push(UserId member, String type, String frame) {
        Set<Connection> set = byMember.get(member);
        if (set == null) {
            return 0;
        }
        set.forEach(c -> c.accept(type, frame));
        return set.size();
    }
}
