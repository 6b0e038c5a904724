package io.huzhu.group;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/groups/{id}")
@Tag(name = "Group members")
class MemberController {

    private static final int MAX_PAGE = 100;
    private static final int MAX_MUTE_MINUTES = 30 * 24 * 60;
    private static final int MAX_REASON = 500;

    private final Roster roster;
    private final Joining joining;
    private final Moderation moderation;
    private final MemberSanctions sanctions;

    MemberController(Roster roster, Joining joining, Moderation moderation, MemberSanctions sanctions) {
        this.roster = roster;
        this.joining = joining;
        this.moderation = moderation;
        this.sanctions = sanctions;
    }

    record MuteRequest(@Nullable Integer minutes, @Nullable String reason) {}

    record ReasonRequest(@Nullable String reason) {}

    record Muted(Instant mutedUntil) {}

    @GetMapping("/members")
    GroupViews.Page<GroupViews.Member> members(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID cursor,
            @RequestParam(defaultValue = "50") int limit,
            @AuthenticationPrincipal CurrentUser user) {
        return roster.members(new GroupId(id), user.id(), cursor, Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    @GetMapping("/join-requests")
    List<GroupViews.JoinRequest> joinRequests(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return joining.requests(new GroupId(id), user.id());
    }

    @PostMapping("/join-requests/{userId}/approve")
    GroupViews.JoinResult approve(
            @PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        return joining.approve(new GroupId(id), user.id(), new UserId(userId));
    }

    @PostMapping("/join-requests/{userId}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        joining.reject(new GroupId(id), user.id(), new UserId(userId));
    }

    @PostMapping("/members/{userId}/promote")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void promote(@PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        moderation.promote(new GroupId(id), user.id(), new UserId(userId));
    }

    @PostMapping("/members/{userId}/demote")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void demote(@PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        moderation.demote(new GroupId(id), user.id(), new UserId(userId));
    }

    @PostMapping("/members/{userId}/transfer-ownership")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(@PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        moderation.transferOwnership(new GroupId(id), user.id(), new UserId(userId));
    }

    @PostMapping("/members/{userId}/mute")
    Muted mute(
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @RequestBody MuteRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        Integer minutes = request.minutes();
        if (minutes == null || minutes < 1 || minutes > MAX_MUTE_MINUTES) {
            throw HuzhuException.invalid(List.of(new FieldError("minutes", "RANGE", "1 to 43200 minutes (30 days)")));
        }
        String reason = reason(request.reason());
        return new Muted(sanctions.mute(
                new GroupId(id), user.id(), new UserId(userId), Duration.ofMinutes(minutes), reason, null));
    }

    @PostMapping("/members/{userId}/unmute")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmute(
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @RequestBody(required = false) @Nullable ReasonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        String reason = reason(request == null ? null : request.reason());
        sanctions.unmute(new GroupId(id), user.id(), new UserId(userId), reason, null);
    }

    @PostMapping("/members/{userId}/kick")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void kick(
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @RequestBody(required = false) @Nullable ReasonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        String reason = reason(request == null ? null : request.reason());
        sanctions.kick(new GroupId(id), user.id(), new UserId(userId), reason, null);
    }

    @PostMapping("/members/{userId}/ban")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ban(
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @RequestBody(required = false) @Nullable ReasonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        String reason = reason(request == null ? null : request.reason());
        sanctions.ban(new GroupId(id), user.id(), new UserId(userId), reason, null);
    }

    @PostMapping("/members/{userId}/unban")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unban(
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @RequestBody(required = false) @Nullable ReasonRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        String reason = reason(request == null ? null : request.reason());
        sanctions.unban(new GroupId(id), user.id(), new UserId(userId), reason, null);
    }

    private static String reason(@Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_REASON) {
            throw HuzhuException.invalid(List.of(new FieldError("reason", "LENGTH", "At most 500 characters")));
        }
        return text;
    }
}
