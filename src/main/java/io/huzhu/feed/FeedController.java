package io.huzhu.feed;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Group feed")
class FeedController {

    private static final int MAX_PAGE = 100;
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private final FeedService feed;
    private final FeedRepository messages;
    private final MessageViews views;
    private final FeedAccess access;
    private final FeedHub hub;
    private final MemberConnections connections;

    FeedController(
            FeedService feed,
            FeedRepository messages,
            MessageViews views,
            FeedAccess access,
            FeedHub hub,
            MemberConnections connections) {
        this.feed = feed;
        this.messages = messages;
        this.views = views;
        this.access = access;
        this.hub = hub;
        this.connections = connections;
    }

    record PostRequest(
            @NotNull MessageKind kind,
            @Nullable String text,
            @Nullable UUID taskId,
            @Nullable String link) {}

    record Page(List<MessageView> items, long cursor) {}

    @PostMapping("/api/groups/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post text, a task for help, an external assist link, or a success story")
    MessageView post(
            @PathVariable UUID id, @Valid @RequestBody PostRequest request, @AuthenticationPrincipal CurrentUser user) {
        var post = new FeedService.Post(
                request.kind(),
                request.text(),
                request.taskId() == null ? null : new TaskId(request.taskId()),
                request.link());
        return feed.post(user, new GroupId(id), post);
    }

    /**
     * With {@code after}: the messages after that cursor, oldest first (catch-up). Without: the newest page, or the
     * page before {@code before}, newest first. {@code cursor} is the highest seq returned (or {@code after}).
     */
    @GetMapping("/api/groups/{id}/messages")
    Page list(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long after,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "50") int limit,
            @AuthenticationPrincipal CurrentUser user) {
        GroupId group = new GroupId(id);
        access.reader(group, user.id());
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<MessageRow> rows = after != null
                ? messages.after(group, after, size)
                : messages.before(group, before == null ? Long.MAX_VALUE : before, size);
        long cursor = rows.stream().mapToLong(MessageRow::seq).max().orElse(after == null ? 0 : after);
        return new Page(views.views(rows), cursor);
    }

    /** Server-sent events: the fallback for clients without WebSocket. Resumes from {@code Last-Event-ID}. */
    @GetMapping(value = "/api/groups/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long after,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable Long lastEventId,
            @AuthenticationPrincipal CurrentUser user) {
        GroupId group = new GroupId(id);
        access.reader(group, user.id());
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        long cursor = lastEventId != null ? lastEventId : after == null ? 0 : after;
        try {
            // Commits the response at once, so that a browser's EventSource reports "open" even when nothing is new.
            emitter.send(SseEmitter.event().comment("subscribed"));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        SseSink sink = new SseSink(emitter);
        Subscription subscription = hub.subscribe(group, user.id(), cursor, sink);
        MemberConnections.Connection connection = sink::named;
        connections.add(user.id(), connection);
        Runnable end = () -> {
            hub.unsubscribe(subscription);
            connections.remove(user.id(), connection);
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(e -> end.run());
        return emitter;
    }

    private record SseSink(SseEmitter emitter) implements Subscription.Sink {
        @Override
        public void message(long seq, String frame) {
            send(SseEmitter.event().id(Long.toString(seq)).name("message").data(frame, MediaType.APPLICATION_JSON));
        }

        @Override
        public void event(String frame) {
            send(SseEmitter.event().name("card").data(frame, MediaType.APPLICATION_JSON));
        }

        @Override
        public void close() {
            emitter.complete();
        }

        /** A member-wide frame (a notification), as an event named by its type. */
        void named(String type, String frame) {
            send(SseEmitter.event().name(type).data(frame, MediaType.APPLICATION_JSON));
        }

        private void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }
    }
}
