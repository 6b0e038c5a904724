package io.huzhu.moderation;

import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.identity.CurrentUser;
import io.huzhu.safety.Action;
import io.huzhu.safety.ContentSafety;
import io.huzhu.safety.Finding;
import io.huzhu.safety.ScreenContext;
import io.huzhu.safety.Verdict;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dry run of the content gate (it lives here, not in the gate, so that the gate depends on no feature): operators on any text, group owners and admins on text for their group (with the group's
 * link allowlist). Per-author memory is not touched. The response carries findings (offsets, never values) and
 * the masked text; the caller already has the original.
 */
@RestController
@Tag(name = "Content safety")
class SafetyCheckController {

    private final ContentSafety pipeline;
    private final Groups groups;

    SafetyCheckController(ContentSafety pipeline, Groups groups) {
        this.pipeline = pipeline;
        this.groups = groups;
    }

    record CheckRequest(
            @NotNull @Size(max = 4000) String text,
            @Nullable UUID groupId) {}

    record CheckResponse(Action verdict, List<Finding> findings, String masked) {}

    @PostMapping("/api/safety/check")
    @Operation(summary = "Dry-run a text through the content safety pipeline (operators; group owners and admins)")
    CheckResponse check(@Valid @RequestBody CheckRequest request, @AuthenticationPrincipal CurrentUser user) {
        Set<String> allowlist = Set.of();
        GroupId group = request.groupId() == null ? null : new GroupId(request.groupId());
        if (group != null) {
            boolean moderator = groups.membership(group, user.id())
                    .map(Membership::canModerate)
                    .orElse(false);
            if (!moderator && !user.isOperator()) {
                throw new HuzhuException(
                        ErrorCode.FORBIDDEN, "Only the group's owner and admins, or operators, may dry-run text");
            }
            allowlist = groups.allowedLinkDomains(group);
        } else if (!user.isOperator()) {
            throw new HuzhuException(ErrorCode.FORBIDDEN, "Only operators may dry-run text without a group");
        }
        ScreenContext context = new ScreenContext("MESSAGE", group, null, allowlist, Integer.MAX_VALUE, false);
        Verdict verdict = pipeline.dryRun(request.text(), context);
        return new CheckResponse(verdict.action(), verdict.findings(), verdict.masked());
    }
}
