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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Appeals against moderation actions, decided by someone other than the moderator who acted. */
@RestController
@Tag(name = "Moderation")
class AppealController {

    private static final int MAX_MINE = 100;
    private final Appeals appeals;

    AppealController(Appeals appeals) {
        this.appeals = appeals;
    }

    record AppealRequest(
            @Nullable UUID auditEntryId, @Nullable String text) {}

    record DecisionRequest(
            Appeals.@Nullable Decision decision, @Nullable String note) {}

    record AppealView(
            UUID id,
            UUID auditEntryId,
            GroupId groupId,
            UserId appellantId,
            AuditAction action,
            String actionReason,
            String text,
            AppealRepository.Status status,
            @Nullable UserId decidedBy,
            @Nullable String decisionNote,
            Instant createdAt,
            @Nullable Instant decidedAt) {

        static AppealView of(Appeals.Filed f) {
            var a = f.appeal();
            return new AppealView(
                    a.id(),
                    a.auditId(),
                    a.groupId(),
                    a.appellantId(),
                    f.entry().action(),
                    f.entry().reason(),
                    a.text(),
                    a.status(),
                    a.decidedBy(),
                    a.decisionNote(),
                    a.createdAt(),
                    a.decidedAt());
        }
    }

    @PostMapping("/api/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appeal an action taken against you (one open appeal per action)")
    AppealView file(@RequestBody AppealRequest body, @AuthenticationPrincipal CurrentUser user) {
        String text = ModerationController.text("text", body.text(), 2000);
        if (body.auditEntryId() == null || text == null) {
            throw HuzhuException.invalid(List.of(new FieldError(
                    body.auditEntryId() == null ? "auditEntryId" : "text",
                    "REQUIRED",
                    "The audit entry and why you appeal")));
        }
        return AppealView.of(appeals.file(user.id(), body.auditEntryId(), text));
    }

    @GetMapping("/api/appeals/{id}")
    @Operation(summary = "An appeal with its status and decision (the appellant, the group's owner and admins)")
    AppealView view(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return AppealView.of(appeals.view(id, user.id()));
    }

    @GetMapping("/api/me/appeals")
    @Operation(summary = "My appeals, newest first")
    Map<String, List<AppealView>> mine(@AuthenticationPrincipal CurrentUser user) {
        return Map.of(
                "items",
                appeals.mine(user.id(), MAX_MINE).stream().map(AppealView::of).toList());
    }

    @GetMapping("/api/groups/{id}/appeals")
    @Operation(summary = "The group's appeals, open ones first, then newest (owner and admins)")
    Map<String, List<AppealView>> ofGroup(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return Map.of(
                "items",
                appeals.ofGroup(GroupId.of(id), user.id(), MAX_MINE).stream()
                        .map(AppealView::of)
                        .toList());
    }

    @PostMapping("/api/appeals/{id}/decision")
    @Operation(summary = "UPHOLD or OVERTURN (reverses the action); not by the moderator who acted")
    AppealView decide(
            @PathVariable UUID id, @RequestBody DecisionRequest body, @AuthenticationPrincipal CurrentUser user) {
        String note = ModerationController.text("note", body.note(), 1000);
        if (body.decision() == null || note == null) {
            throw HuzhuException.invalid(List.of(new FieldError(
                    body.decision() == null ? "decision" : "note", "REQUIRED", "A decision and a note")));
        }
        return AppealView.of(appeals.decide(id, user.id(), body.decision(), note));
    }
}
