package io.huzhu.shared;

/**
 * The live connections a member has open on this node (their feed WebSocket or SSE streams), as a port: the feed
 * module, which owns the connections, implements it; the notification sink pushes through it without depending on
 * the feed.
 */
public interface MemberChannel {

    /**
     * Sends one JSON frame (its {@code type} field names it; an SSE stream uses {@code type} as the event name) to
     * every connection of {@code member} on this node. Returns how many connections it reached (0 when offline).
     */
    int push(UserId member, String type, String frame);
}
