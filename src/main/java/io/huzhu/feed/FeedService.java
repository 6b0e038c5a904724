package io.huzhu.feed;

import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.guardrails.Guardrails;
import io.huzhu.identity.CurrentUser;
import io.huzhu.reciprocity.HelpKind;
import io.huzhu.reciprocity.HelpRequestDraft;
import io.huzhu.reciprocity.HelpRequests;
import io.huzhu.safety.LinkPolicy;
import io.huzhu.safety.LinkVerdict;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.Ids;
import io.huzhu.shared.TaskId;
import io.huzhu.task.TaskQueries;
import io.huzhu.task.TaskStatus;
import io.huzhu.task.TaskView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting to a group's feed: text, help posts (own task or an allowlisted external link) and success stories. */
@Service
public class FeedService {

    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 500;
    static final Duration LINK_REQUEST_LIFETIME = Duration.ofHours(24);
    private final FeedRepository feed;
    private final FeedAccess access;
    private final Screening screening;
    private final Groups groups;
    private final HelpRequests helpRequests;
    private final Guardrails guardrails;
    private final LinkPolicy links;
    private final TaskQueries tasks;
    private final MessageViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedService(
            FeedRepository feed,
            FeedAccess access,
            Screening screening,
            Groups groups,
            HelpRequests helpRequests,
            Guardrails guardrails,
            LinkPolicy links,
            TaskQueries tasks,
            MessageViews views,
            ApplicationEventPublisher events,
            Clock clock) {
        this.feed = feed;
        this.access = access;
        this.screening = screening;
        this.groups = groups;
        this.helpRequests = helpRequests;
        this.guardrails = guardrails;
        this.links = links;
        this.tasks = tasks;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** What a member sends; which fields are needed depends on the kind. */
    public record Post(
            MessageKind kind,
            @Nullable String text,
            @Nullable TaskId taskId,
            @Nullable String link) {}

    /**
     * Screens the text first; a refusal writes nothing. A held message is stored without a seq and reaches no member
     * until a moderator approves it.
     */
    @Transactional
    public MessageView post(CurrentUser user, GroupId group, Post post) {
        Membership member = access.poster(group, user.id());
        Instant now = clock.instant();
        Screening.Outcome outcome = screening.screen(member, FeedService.optionalText(post.text(), MAX_TEXT));
        Post screened = new Post(post.kind(), outcome.text(), post.taskId(), post.link());
        MessageRow row = switch (post.kind()) {
            case TEXT -> text(user, group, screened, now);
            case TASK -> taskPost(user, group, screened, now);
            case LINK -> linkPost(user, group, screened, now);
            case SUCCESS -> successStory(user, group, screened, now);
        };
        if (outcome.held()) {
            row = withPosition(row, null, MessageStatus.HELD);
            feed.insert(row);
            events.publishEvent(screening.held(row, outcome.verdict()));
            return views.view(row);
        }
        row = withPosition(row, feed.nextSeq(group), MessageStatus.VISIBLE);
        feed.insert(row);
        openHelpRequest(row);
        events.publishEvent(new MessagePosted(row.id(), group, row.seq(), row.kind(), user.id(), row.taskId(), now));
        return views.view(row);
    }

    private MessageRow text(CurrentUser user, GroupId group, Post post, Instant now) {
        String text = requireText(post.text(), "text", MAX_TEXT);
        return row(group, user, MessageKind.TEXT, text, null, null, null, now);
    }

    private MessageRow taskPost(CurrentUser user, GroupId group, Post post, Instant now) {
        TaskView task = ownTask(user, post.taskId());
        if (task.status() != TaskStatus.OPEN) {
            throw new HuzhuException(ErrorCode.TASK_NOT_OPEN, "Only an open task can be posted for help");
        }
        helpRequests.checkMayPost(group, user.id());
        guardrails.checkHelpPost(user.id(), now);
        return row(group, user, MessageKind.TASK, optionalText(post.text(), MAX_NOTE), task.id(), null, null, now);
    }

    private MessageRow linkPost(CurrentUser user, GroupId group, Post post, Instant now) {
        if (post.link() == null || post.link().isBlank()) {
            throw invalid("link", "REQUIRED", "A link is required");
        }
        LinkVerdict verdict = links.check(post.link(), groups.allowedLinkDomains(group));
        if (!verdict.allowed()) {
            throw new HuzhuException(
                    ErrorCode.LINK_NOT_ALLOWED,
                    verdict.explanation(),
                    List.of(new FieldError("link", verdict.reason(), verdict.explanation())),
                    Map.of());
        }
        helpRequests.checkMayPost(group, user.id());
        guardrails.checkHelpPost(user.id(), now);
        return row(
                group,
                user,
                MessageKind.LINK,
                optionalText(post.text(), MAX_NOTE),
                null,
                verdict.normalised(),
                verdict.registrableDomain(),
                now);
    }

    private MessageRow successStory(CurrentUser user, GroupId group, Post post, Instant now) {
        String text = requireText(post.text(), "text", MAX_TEXT);
        TaskId taskId = null;
        if (post.taskId() != null) {
            TaskView task = ownTask(user, post.taskId());
            if (task.status() == TaskStatus.OPEN || task.status() == TaskStatus.EXPIRED) {
                throw new HuzhuException(
                        ErrorCode.TASK_NOT_SUCCEEDED, "Only a task that reached its target is a success");
            }
            taskId = task.id();
        }
        return row(group, user, MessageKind.SUCCESS, text, taskId, null, null, now);
    }

    private TaskView ownTask(CurrentUser user, @Nullable TaskId taskId) {
        if (taskId == null) {
            throw invalid("taskId", "REQUIRED", "A task is required");
        }
        TaskView task = tasks.find(taskId).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
        if (!task.initiatorId().equals(user.id())) {
            throw HuzhuException.of(ErrorCode.NOT_YOUR_TASK);
        }
        return task;
    }

    /** A help post opens a help request when it becomes visible (at once, or when a moderator approves it). */
    void openHelpRequest(MessageRow row) {
        if (row.kind() != MessageKind.TASK && row.kind() != MessageKind.LINK) {
            return;
        }
        helpRequests.open(new HelpRequestDraft(
                row.groupId(),
                row.id(),
                row.authorId(),
                row.kind() == MessageKind.TASK ? HelpKind.TASK : HelpKind.EXTERNAL_LINK,
                row.taskId(),
                row.link(),
                row.body(),
                row.kind() == MessageKind.TASK
                        ? tasks.find(row.taskId()).orElseThrow().expiresAt()
                        : row.createdAt().plus(LINK_REQUEST_LIFETIME)));
    }

    /** Visible messages take the next seq; held ones none (they are not part of the members' feed yet). */
    private static MessageRow withPosition(MessageRow row, @Nullable Long seq, MessageStatus status) {
        return new MessageRow(
                row.id(),
                row.groupId(),
                seq,
                status,
                row.authorId(),
                row.kind(),
                row.body(),
                row.taskId(),
                row.link(),
                row.linkDomain(),
                row.createdAt());
    }

    MessageRow row(
            GroupId group,
            CurrentUser user,
            MessageKind kind,
            @Nullable String body,
            @Nullable TaskId task,
            @Nullable String link,
            @Nullable String domain,
            Instant now) {
        return new MessageRow(
                Ids.next(),
                group,
                null, // positioned by post(): a seq when visible, none when held
                MessageStatus.VISIBLE,
                user.id(),
                kind,
                body,
                task,
                link,
                domain,
                now);
    }

    static String requireText(@Nullable String text, String field, int max) {
        String value = optionalText(text, max);
        if (value == null) {
            throw invalid(field, "REQUIRED", "Write something first");
        }
        return value;
    }

    static @Nullable String optionalText(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.codePointCount(0, value.length()) > max) {
            throw invalid("text", "TOO_LONG", "At most " + max + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw invalid("text", "CONTROL_CHARACTERS", "Control characters are not allowed");
        }
        return value;
    }

    private static HuzhuException invalid(String field, String reason, String message) {
        return HuzhuException.invalid(List.of(new FieldError(field, reason, message)));
    }
}
