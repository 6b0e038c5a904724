package io.huzhu.guardrails;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The limits that apply to a member: their own where they set one, else the platform default, never above the
 * platform maximum. A lower value applies at once; a higher one after {@code huzhu.guardrails.raise-delay}.
 */
@Component
class PersonalLimits {

    /**
     * One limit as the member sees it.
     *
     * @param value what applies now
     * @param pendingValue a raise not yet in force
     * @param pendingFrom when the raise applies
     * @param own whether the member chose the value (false: the platform default)
     */
    record Limit(
            LimitKind kind,
            long value,
            @Nullable Long pendingValue,
            @Nullable Instant pendingFrom,
            long platformDefault,
            long maximum,
            boolean own) {}

    private final LimitStore store;
    private final PlatformLimits platform;
    private final GuardrailsProperties properties;

    PersonalLimits(LimitStore store, PlatformLimits platform, GuardrailsProperties properties) {
        this.store = store;
        this.platform = platform;
        this.properties = properties;
    }

    Map<LimitKind, Limit> of(UserId member, Instant now) {
        Map<LimitKind, LimitStore.Row> rows = store.of(member);
        Map<LimitKind, Limit> limits = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : LimitKind.values()) {
            limits.put(kind, limit(kind, rows.get(kind), now));
        }
        return limits;
    }

    long value(UserId member, LimitKind kind, Instant now) {
        return limit(kind, store.of(member).get(kind), now).value();
    }

    /** Applies the member's wishes; the caller holds the member's lock. Values above the maximum are refused. */
    Map<LimitKind, Limit> set(UserId member, Map<LimitKind, Long> wanted, Instant now) {
        Map<LimitKind, Limit> current = of(member, now);
        List<FieldError> errors = new ArrayList<>();
        wanted.forEach((kind, value) -> {
            long maximum = current.get(kind).maximum();
            if (value < 0) {
                errors.add(new FieldError(kind.field(), "NEGATIVE", "A limit is zero or more"));
            } else if (value > maximum) {
                errors.add(new FieldError(kind.field(), "ABOVE_MAXIMUM", "At most " + maximum + " on this platform"));
            }
        });
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
        wanted.forEach((kind, value) -> {
            long inForce = current.get(kind).value();
            LimitStore.Row row = value <= inForce
                    ? new LimitStore.Row(value, null, null)
                    : new LimitStore.Row(inForce, value, now.plus(properties.raiseDelay()));
            store.save(member, kind, row, now);
        });
        return of(member, now);
    }

    private Limit limit(LimitKind kind, LimitStore.@Nullable Row row, Instant now) {
        PlatformLimits.Bounds bounds = platform.of(kind);
        long maximum = bounds.maximum();
        if (row == null) {
            return new Limit(
                    kind, Math.min(bounds.defaultValue(), maximum), null, null, bounds.defaultValue(), maximum, false);
        }
        Long pending = row.pendingAt(now);
        return new Limit(
                kind,
                Math.min(row.valueAt(now), maximum),
                pending == null ? null : Math.min(pending, maximum),
                pending == null ? null : row.pendingFrom(),
                bounds.defaultValue(),
                maximum,
                true);
    }
}
