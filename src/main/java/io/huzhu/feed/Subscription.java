package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One client following one group's feed from a cursor. Delivers every message exactly once and in seq order:
 * messages that arrive live while the catch-up from the database is running are held back; a message that
 * arrives ahead of one still missing (two commits' notifications racing) triggers a read of the gap from the
 * database; anything at or below the cursor is dropped.
 */
final class Subscription {

    /** Where frames go: a WebSocket session or an SSE stream. */
    interface Sink {
        void message(long seq, String frame);

        void event(String frame);

        void close();
    }

    /** Reads committed messages in (from, to]: frames by seq. */
    interface GapReader {
        List<Map.Entry<Long, String>> read(GroupId group, long from, long to);
    }

    private final GroupId group;
    private final UserId user;
    private final Sink sink;
    private final GapReader gaps;
    private final TreeMap<Long, String> held = new TreeMap<>();
    private long cursor;
    private boolean catchingUp = true;

    Subscription(GroupId group, UserId user, long cursor, Sink sink, GapReader gaps) {
        this.group = group;
        this.user = user;
        this.cursor = cursor;
        this.sink = sink;
        this.gaps = gaps;
    }

    GroupId group() {
        return group;
    }

    UserId user() {
        return user;
    }

    /** The highest seq delivered (or the cursor the client started from). */
    synchronized long cursor() {
        return cursor;
    }

    /** A live message, published after its transaction committed. */
    synchronized void offer(long seq, String frame) {
        if (catchingUp) {
            held.put(seq, frame);
            return;
        }
        deliver(seq, frame);
    }

    /** Ends the catch-up: sends what the database returned, then what was held back meanwhile. */
    synchronized void caughtUp(List<Map.Entry<Long, String>> fromDatabase) {
        for (Map.Entry<Long, String> entry : fromDatabase) {
            deliver(entry.getKey(), entry.getValue());
        }
        catchingUp = false;
        var pending = new TreeMap<>(held);
        held.clear();
        pending.forEach(this::deliver);
    }

    synchronized void event(String frame) {
        if (!catchingUp) {
            sink.event(frame);
        }
    }

    void close() {
        sink.close();
    }

    private void deliver(long seq, String frame) {
        if (seq <= cursor) {
            return;
        }
        while (seq > cursor + 1) {
            List<Map.Entry<Long, String>> missing = gaps.read(group, cursor, seq - 1);
            if (missing.isEmpty()) {
                break; // not visible yet: deliver what we have; the cursor still never moves backwards
            }
            for (Map.Entry<Long, String> entry : missing) {
                if (entry.getKey() > cursor) {
                    sink.message(entry.getKey(), entry.getValue());
                    cursor = entry.getKey();
                }
            }
        }
        sink.message(seq, frame);
        cursor = seq;
    }
}
