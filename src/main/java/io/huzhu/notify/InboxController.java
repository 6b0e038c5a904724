package io.huzhu.notify;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class InboxController {

    private static final int MAX_PAGE = 100;
    private final NoticeRepository notices;
    private final Preferences preferences;
    private final Clock clock;

    InboxController(NoticeRepository notices, Preferences preferences, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.clock = clock;
    }

    record Page(List<Notice> items, long unread, @Nullable Long nextBefore) {}

    record Unread(long unread) {}

    record KindSetting(NoticeKind kind, boolean enabled, boolean mandatory) {}

    @GetMapping("/api/me/notifications")
    @Operation(summary = "My notices, newest first; page with before=<nextBefore>")
    Page list(
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "30") int limit,
            @AuthenticationPrincipal CurrentUser user) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<Notice> items = notices.page(user.id(), before == null ? Long.MAX_VALUE : before, size);
        Long next = items.size() == size ? items.getLast().seq() : null;
        return new Page(items, notices.unread(user.id()), next);
    }

    @GetMapping("/api/me/notifications/unread")
    @Operation(summary = "How many of my notices are unread")
    Unread unread(@AuthenticationPrincipal CurrentUser user) {
        return new Unread(notices.unread(user.id()));
    }

    @PostMapping("/api/me/notifications/{id}/read")
    @Operation(summary = "Mark one notice read")
    Unread read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        if (!notices.markRead(user.id(), id, clock.instant())) {
            throw HuzhuException.of(ErrorCode.NOTIFICATION_NOT_FOUND);
        }
        return new Unread(notices.unread(user.id()));
    }

    @PostMapping("/api/me/notifications/read-all")
    @Operation(summary = "Mark all my notices read")
    Unread readAll(@AuthenticationPrincipal CurrentUser user) {
        notices.markAllRead(user.id(), clock.instant());
        return new Unread(0);
    }

    @GetMapping("/api/me/notification-preferences")
    @Operation(summary = "Every kind of notice, whether it is on, and whether it may be turned off")
    List<KindSetting> preferences(@AuthenticationPrincipal CurrentUser user) {
        return settings(user);
    }

    @PutMapping("/api/me/notification-preferences")
    @Operation(summary = "Turn kinds of notice on or off: {\"ASSISTED\": false, …}; security and moderation stay on")
    List<KindSetting> setPreferences(
            @RequestBody Map<NoticeKind, Boolean> changes, @AuthenticationPrincipal CurrentUser user) {
        if (changes.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "Each kind takes true or false");
        }
        preferences.set(user.id(), changes);
        return settings(user);
    }

    private List<KindSetting> settings(CurrentUser user) {
        Map<NoticeKind, Boolean> on = preferences.of(user.id());
        return Arrays.stream(NoticeKind.values())
                .map(k -> new KindSetting(k, on.get(k), k.mandatory()))
                .toList();
    }
}
