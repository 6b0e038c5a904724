package io.huzhu.group;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.QrCodes;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.RateLimits;
import io.huzhu.shared.UserId;
import io.huzhu.shared.WriteLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Groups")
class GroupController {

    private final GroupAdmin admin;
    private final Joining joining;
    private final Roster roster;
    // Invite codes are short; limiting lookups per user keeps guessing them impractical.
    private final RateLimiter codeLookups;

    private final WriteLimits limits;

    GroupController(GroupAdmin admin, Joining joining, Roster roster, WriteLimits limits, RateLimits rateLimits) {
        this.codeLookups = rateLimits.limiter("invite code lookups", 60, Duration.ofMinutes(1));
        this.admin = admin;
        this.joining = joining;
        this.roster = roster;
        this.limits = limits;
    }

    /** {@code invitedBy}: the member whose invitation link was followed, if the link named one. */
    record JoinRequest(
            @Nullable String inviteCode,
            @Nullable Boolean acceptRules,
            @Nullable UUID invitedBy) {}

    @GetMapping("/api/groups/rule-templates")
    List<RuleTemplates.Template> ruleTemplates(@RequestParam(defaultValue = "zh-CN") String lang) {
        return RuleTemplates.forLanguage(lang);
    }

    @PostMapping("/api/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a group; the creator becomes its owner")
    GroupViews.Details create(
            @RequestBody GroupForm form, @AuthenticationPrincipal CurrentUser user, ClientInfo client) {
        limits.groupCreation(user.id(), client);
        return admin.create(user.id(), form);
    }

    @GetMapping("/api/groups/mine")
    List<GroupViews.Summary> mine(@AuthenticationPrincipal CurrentUser user) {
        return roster.mine(user.id());
    }

    @GetMapping("/api/groups/preview")
    @Operation(summary = "What a group shows before joining, by invite code")
    GroupViews.Preview preview(@RequestParam String code, @AuthenticationPrincipal CurrentUser user) {
        codeLookups.acquire(user.id().toString());
        return joining.preview(code);
    }

    @PostMapping("/api/groups/join")
    @Operation(summary = "Join by invite code after accepting the rules; pending where the group needs approval")
    GroupViews.JoinResult join(@RequestBody JoinRequest request, @AuthenticationPrincipal CurrentUser user) {
        if (request.inviteCode() == null || request.inviteCode().isBlank()) {
            throw HuzhuException.invalid(
                    List.of(new HuzhuException.FieldError("inviteCode", "REQUIRED", "The group's invite code")));
        }
        codeLookups.acquire(user.id().toString());
        limits.join(user.id());
        return joining.join(
                user.id(),
                request.inviteCode(),
                Boolean.TRUE.equals(request.acceptRules()),
                request.invitedBy() == null ? null : new UserId(request.invitedBy()));
    }

    @GetMapping("/api/groups/{id}")
    GroupViews.Details get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.details(new GroupId(id), user.id());
    }

    @PutMapping("/api/groups/{id}")
    GroupViews.Details update(
            @PathVariable UUID id, @RequestBody GroupForm form, @AuthenticationPrincipal CurrentUser user) {
        limits.groupUpdate(user.id());
        return admin.update(new GroupId(id), user.id(), form);
    }

    @PostMapping("/api/groups/{id}/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        joining.leave(new GroupId(id), user.id());
    }

    @PostMapping("/api/groups/{id}/invite/rotate")
    @Operation(summary = "Replace the invite code; the old code and link stop working")
    GroupViews.Invite rotateInvite(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.rotateInvite(new GroupId(id), user.id());
    }

    @GetMapping(value = "/api/groups/{id}/invite/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> inviteQr(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "320") int size,
            @AuthenticationPrincipal CurrentUser user) {
        if (size < 128 || size > 1024) {
            throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "size must be between 128 and 1024 pixels");
        }
        String link = admin.details(new GroupId(id), user.id()).inviteLink();
        // Private and short-lived: the code behind it can be rotated at any time.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(link, size));
    }
}
