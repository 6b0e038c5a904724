package io.huzhu.guardrails;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Operators set the platform's default and maximum of each limit; members can always be stricter. */
@RestController
@Tag(name = "Guardrails")
@PreAuthorize("hasRole('OPERATOR')")
class PlatformController {

    private final PlatformLimits platform;
    private final GuardrailsProperties properties;

    PlatformController(PlatformLimits platform, GuardrailsProperties properties) {
        this.platform = platform;
        this.properties = properties;
    }

    record Bound(LimitKind kind, long defaultValue, long maximum) {}

    record View(
            List<Bound> limits,
            String zone,
            String quietStart,
            String quietEnd,
            Duration raiseDelay,
            Duration coolingOffDelay) {}

    record Update(@org.jspecify.annotations.Nullable List<Bound> limits) {}

    @GetMapping("/api/admin/guardrails")
    @Operation(summary = "The platform defaults and maxima of the members' limits, and the fixed settings")
    View get() {
        return view(platform.all());
    }

    @PutMapping("/api/admin/guardrails")
    @Operation(summary = "Set platform defaults and maxima (a kind left out keeps its values)")
    View update(@AuthenticationPrincipal CurrentUser user, @RequestBody Update update) {
        if (update.limits() == null || update.limits().stream().anyMatch(b -> b == null || b.kind() == null)) {
            throw HuzhuException.invalid(
                    List.of(new FieldError("limits", "REQUIRED", "A list of {kind, defaultValue, maximum}")));
        }
        Map<LimitKind, PlatformLimits.Bounds> changes = new EnumMap<>(LimitKind.class);
        for (Bound bound : update.limits()) {
            changes.put(bound.kind(), new PlatformLimits.Bounds(bound.defaultValue(), bound.maximum()));
        }
        return view(platform.update(changes, user.id()));
    }

    private View view(Map<LimitKind, PlatformLimits.Bounds> bounds) {
        return new View(
                bounds.entrySet().stream()
                        .map(e -> new Bound(
                                e.getKey(),
                                e.getValue().defaultValue(),
                                e.getValue().maximum()))
                        .toList(),
                properties.zone().getId(),
                properties.quietStart().toString(),
                properties.quietEnd().toString(),
                properties.raiseDelay(),
                properties.coolingOffDelay());
    }
}
