package io.huzhu.guardrails;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's own guardrails: limits, a break, quiet hours, and the monthly summary. */
@RestController
@Tag(name = "Guardrails")
class GuardrailsController {

    private final GuardrailSettings settings;
    private final MonthlySummary summaries;

    GuardrailsController(GuardrailSettings settings, MonthlySummary summaries) {
        this.settings = settings;
        this.summaries = summaries;
    }

    /** The limits to change; a field left out stays as it is. Money in cents. */
    record LimitsRequest(
            @Nullable Long monthlySpendCents,
            @Nullable Long activeTasks,
            @Nullable Long helpPostsPerDay,
            @Nullable Long coolingOffThresholdCents) {

        Map<LimitKind, Long> asMap() {
            Map<LimitKind, Long> wanted = new EnumMap<>(LimitKind.class);
            put(wanted, LimitKind.MONTHLY_SPEND, monthlySpendCents);
            put(wanted, LimitKind.ACTIVE_TASKS, activeTasks);
            put(wanted, LimitKind.DAILY_HELP_POSTS, helpPostsPerDay);
            put(wanted, LimitKind.COOLING_OFF_THRESHOLD, coolingOffThresholdCents);
            return wanted;
        }

        private static void put(Map<LimitKind, Long> map, LimitKind kind, @Nullable Long value) {
            if (value != null) {
                map.put(kind, value);
            }
        }
    }

    /** A break of 1, 7 or 30 days. */
    record BreakRequest(@Nullable Integer days) {}

    @GetMapping("/api/me/guardrails")
    @Operation(summary = "My limits (with raises waiting to apply), what I have used of them, my break and quiet hours")
    SettingsView.View get(@AuthenticationPrincipal CurrentUser user) {
        return settings.view(user.id());
    }

    @PutMapping("/api/me/guardrails/limits")
    @Operation(summary = "Set my limits: a lower value applies at once, a higher one after 24 hours")
    SettingsView.View limits(@AuthenticationPrincipal CurrentUser user, @RequestBody LimitsRequest request) {
        return settings.setLimits(user.id(), request.asMap());
    }

    @PostMapping("/api/me/guardrails/break")
    @Operation(
            summary = "Take a break of 1, 7 or 30 days: no new tasks, no help posts, nothing pushed; it cannot be"
                    + " ended early")
    SettingsView.View takeBreak(@AuthenticationPrincipal CurrentUser user, @RequestBody BreakRequest request) {
        if (request.days() == null) {
            throw HuzhuException.invalid(List.of(new FieldError("days", "REQUIRED", "1, 7 or 30")));
        }
        return settings.takeBreak(user.id(), request.days());
    }

    @PutMapping("/api/me/guardrails/quiet-hours")
    @Operation(summary = "Set my quiet hours (local times and a time zone): nothing is pushed to me inside them")
    SettingsView.View quietHours(
            @AuthenticationPrincipal CurrentUser user, @RequestBody GuardrailSettings.QuietHours request) {
        return settings.setQuietHours(user.id(), request);
    }

    @GetMapping("/api/me/guardrails/summary")
    @Operation(summary = "My month in plain numbers (?month=YYYY-MM, default this month in my time zone)")
    MonthlySummary.Summary summary(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String month) {
        return summaries.of(user.id(), month);
    }

    @GetMapping(value = "/api/me/guardrails/summary.csv", produces = "text/csv")
    @Operation(summary = "My month as CSV")
    ResponseEntity<String> summaryCsv(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String month) {
        MonthlySummary.Summary summary = summaries.of(user.id(), month);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"huzhu-" + summary.month() + ".csv\"")
                .body(MonthlySummary.csv(summary));
    }
}
