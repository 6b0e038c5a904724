package io.huzhu.moderation;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reports, the review queue, moderator actions, the audit log, trust levels and the safety score. */
@RestController
@Tag(name = "Moderation")
class ModerationController {

    private static final int MAX_QUEUE = 200;
    private static final int MAX_PAGE = 100;
    private final Reports reports;
    private final ReviewQueue queue;
    private final ModerationActions actions;
    private final AuditLog audit;
    private final ModerationAccess access;
    private final Trust trust;
    private final SafetyScores scores;

    ModerationController(
            Reports reports,
            ReviewQueue queue,
            ModerationActions actions,
            AuditLog audit,
            ModerationAccess access,
            Trust trust,
            SafetyScores scores) {
        this.reports = reports;
        this.queue = queue;
        this.actions = actions;
        this.audit = audit;
        this.access = access;
        this.trust = trust;
        this.scores = scores;
    }

    record ReportRequest(
            @Nullable UUID messageId,
            @Nullable UUID userId,
            @Nullable ReportReason reason,
            @Nullable String note) {}

    record ActionRequest(
            @Nullable ActionKind action,
            @Nullable UUID messageId,
            @Nullable UUID userId,
            @Nullable Integer minutes,
            @Nullable String reason) {}

    record AuditView(
            UUID id,
            long seq,
            String actor,
            @Nullable UserId actorId,
            AuditAction action,
            @Nullable UserId targetUserId,
            @Nullable UUID messageId,
            String reason,
            List<Finding> findings,
            @Nullable Instant until,
            @Nullable UUID causedBy,
            Instant at) {

        static AuditView of(AuditLog.Entry e) {
            return new AuditView(
                    e.id(),
                    e.seq(),
                    e.actorId() == null ? "SYSTEM" : e.actorId().toString(),
                    e.actorId(),
                    e.action(),
                    e.targetUserId(),
                    e.messageId(),
                    e.reason(),
                    e.findings() == null ? List.of() : Finding.read(e.findings()),
                    e.until(),
                    e.causedBy(),
                    e.at());
        }
    }

    record AuditPage(List<AuditView> items, @Nullable Long next) {}

    @PostMapping("/api/groups/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a message or a member (10 per hour); trusted members' reports can hide a message")
    Reports.Filed report(
            @PathVariable UUID id, @RequestBody ReportRequest body, @AuthenticationPrincipal CurrentUser user) {
        if ((body.messageId() == null) == (body.userId() == null)) {
            throw HuzhuException.invalid(
                    List.of(new FieldError("messageId", "ONE_OF", "Report either a messageId or a userId")));
        }
        if (body.reason() == null) {
            throw HuzhuException.invalid(List.of(new FieldError("reason", "REQUIRED", "Why you report it")));
        }
        var target = new Reports.Target(body.messageId(), body.userId() == null ? null : UserId.of(body.userId()));
        return reports.report(GroupId.of(id), user.id(), target, body.reason(), text("note", body.note(), 500));
    }

    @GetMapping("/api/groups/{id}/moderation/queue")
    @Operation(summary = "Held and reported items awaiting review, oldest first (owner and admins)")
    Map<String, List<ReviewQueue.Item>> queue(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", queue.queue(GroupId.of(id), user.id(), MAX_QUEUE));
    }

    @PostMapping("/api/groups/{id}/moderation/actions")
    @Operation(summary = "APPROVE, DELETE, WARN (the warn ladder), MUTE, KICK or BAN, always with a reason")
    ModerationActions.Done act(
            @PathVariable UUID id, @RequestBody ActionRequest body, @AuthenticationPrincipal CurrentUser user) {
        String reason = text("reason", body.reason(), 500);
        if (body.action() == null || reason == null) {
            throw HuzhuException.invalid(List.of(new FieldError(
                    body.action() == null ? "action" : "reason", "REQUIRED", "An action and a reason are required")));
        }
        var command = new ModerationActions.Command(
                body.action(),
                body.messageId(),
                body.userId() == null ? null : UserId.of(body.userId()),
                body.minutes(),
                reason);
        return actions.act(GroupId.of(id), user.id(), command);
    }

    @GetMapping("/api/groups/{id}/audit")
    @Operation(summary = "Every moderation action, automatic or manual, newest first; page with ?before=<next>")
    AuditPage audit(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "50") int limit,
            @AuthenticationPrincipal CurrentUser user) {
        GroupId group = GroupId.of(id);
        access.moderator(group, user.id());
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<AuditView> items =
                audit.page(group, before, size).stream().map(AuditView::of).toList();
        Long next = items.size() == size ? items.getLast().seq() : null;
        return new AuditPage(items, next);
    }

    @GetMapping("/api/groups/{id}/members/{userId}/trust")
    @Operation(summary = "A member's trust level: 0 new, 1 member, 2 trusted (see docs/moderation.md)")
    Trust.View trust(@PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        GroupId group = GroupId.of(id);
        access.member(group, user.id());
        return trust.of(access.membership(group, UserId.of(userId))
                .orElseThrow(() -> HuzhuException.of(io.huzhu.shared.ErrorCode.MEMBER_NOT_FOUND)));
    }

    @GetMapping("/api/groups/{id}/safety-score")
    @Operation(summary = "The group safety score with every component; non-members pass the invite ?code=")
    SafetyScore.Score safetyScore(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String code,
            @AuthenticationPrincipal CurrentUser user) {
        return scores.score(GroupId.of(id), user.id(), code);
    }

    static @Nullable String text(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max || value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw HuzhuException.invalid(List.of(new FieldError(field, "INVALID", "At most " + max + " characters")));
        }
        return value;
    }
}
