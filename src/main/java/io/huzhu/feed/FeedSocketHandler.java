package io.huzhu.feed;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket protocol at {@code /ws} (documented in {@code docs/realtime.md}): JSON frames; the client sends
 * {@code subscribe} with a group and its cursor, the server answers {@code subscribed}, then every message after
 * the cursor exactly once and in order, and {@code card} frames when a posted task moves.
 */
@Component
class FeedSocketHandler extends TextWebSocketHandler {

    static final String USER = "huzhu.user";
    private static final Logger log = LoggerFactory.getLogger(FeedSocketHandler.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;
    private static final String SUBSCRIPTIONS = "huzhu.subscriptions";
    private final FeedHub hub;
    private final FeedAccess access;
    private static final String CONNECTION = "huzhu.connection";
    private final java.util.Set<WebSocketSession> sessions = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final JsonMapper json;
    private final MemberConnections connections;

    FeedSocketHandler(FeedHub hub, FeedAccess access, JsonMapper json, MemberConnections connections) {
        this.hub = hub;
        this.access = access;
        this.json = json;
        this.connections = connections;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sessions.add(session);
        session.getAttributes().put(SUBSCRIPTIONS, new ArrayList<Subscription>());
        session.getAttributes()
                .put(
                        "huzhu.out",
                        new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES));
        MemberConnections.Connection connection = (type, frame) -> send(session, frame);
        session.getAttributes().put(CONNECTION, connection);
        connections.add(((CurrentUser) session.getAttributes().get(USER)).id(), connection);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        CurrentUser user = (CurrentUser) session.getAttributes().get(USER);
        JsonNode frame;
        try {
            frame = json.readTree(message.getPayload());
        } catch (RuntimeException e) {
            send(session, error(null, "MALFORMED_REQUEST", "Frames are JSON objects"));
            return;
        }
        switch (frame.path("type").asString("")) {
            case "subscribe" -> subscribe(session, user, frame);
            case "unsubscribe" -> unsubscribe(session, frame.path("groupId").asString(""));
            case "ping" -> send(session, "{\"type\":\"pong\"}");
            default -> send(session, error(null, "MALFORMED_REQUEST", "Unknown frame type"));
        }
    }

    private void subscribe(WebSocketSession session, CurrentUser user, JsonNode frame) {
        GroupId group;
        try {
            group = new GroupId(UUID.fromString(frame.path("groupId").asString("")));
        } catch (IllegalArgumentException e) {
            send(session, error(null, "MALFORMED_REQUEST", "groupId must be a UUID"));
            return;
        }
        long after = Math.max(0, frame.path("after").asLong(0));
        try {
            access.reader(group, user.id());
        } catch (HuzhuException e) {
            send(session, error(group.toString(), e.code().name(), e.getMessage()));
            return;
        }
        unsubscribe(session, group.toString());
        send(session, json.writeValueAsString(Map.of("type", "subscribed", "groupId", group, "after", after)));
        subscriptions(session).add(hub.subscribe(group, user.id(), after, new SocketSink(session)));
    }

    private void unsubscribe(WebSocketSession session, String groupId) {
        subscriptions(session).removeIf(s -> {
            boolean match = s.group().toString().equals(groupId);
            if (match) {
                hub.unsubscribe(s);
            }
            return match;
        });
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session);
        subscriptions(session).forEach(hub::unsubscribe);
        if (session.getAttributes().get(CONNECTION) instanceof MemberConnections.Connection connection) {
            connections.remove(((CurrentUser) session.getAttributes().get(USER)).id(), connection);
        }
    }

    /**
     * This node is stopping: every client is told 1012 (service restart), reconnects (through the load balancer, to
     * another node) with its cursor, and loses nothing.
     */
    void closeAll() {
        for (WebSocketSession session : List.copyOf(sessions)) {
            try {
                session.close(CloseStatus.SERVICE_RESTARTED.withReason("node stopping, reconnect"));
            } catch (IOException | RuntimeException ignored) {
                // already gone
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Subscription> subscriptions(WebSocketSession session) {
        return (List<Subscription>) session.getAttributes().get(SUBSCRIPTIONS);
    }

    private String error(String groupId, String code, String detail) {
        var frame = new java.util.LinkedHashMap<String, Object>();
        frame.put("type", "error");
        frame.put("code", code);
        frame.put("detail", detail);
        if (groupId != null) {
            frame.put("groupId", groupId);
        }
        return json.writeValueAsString(frame);
    }

    static void send(WebSocketSession session, String frame) {
        WebSocketSession out = (WebSocketSession) session.getAttributes().getOrDefault("huzhu.out", session);
        try {
            out.sendMessage(new TextMessage(frame));
        } catch (IOException | RuntimeException e) {
            log.debug("Dropping a slow or closed WebSocket {}: {}", session.getId(), e.getMessage());
            try {
                session.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    private record SocketSink(WebSocketSession session) implements Subscription.Sink {
        @Override
        public void message(long seq, String frame) {
            send(session, frame);
        }

        @Override
        public void event(String frame) {
            send(session, frame);
        }

        @Override
        public void close() {
            try {
                session.close(CloseStatus.POLICY_VIOLATION.withReason("no longer a member"));
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
