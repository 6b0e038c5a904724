package io.huzhu.guardrails;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's default and maximum of each limit: the operators' values where they set one, else the settings.
 * Read through a short cache, so another node's change arrives within {@link #REFRESH}.
 */
@Component
class PlatformLimits {

    static final Duration REFRESH = Duration.ofSeconds(10);

    /** A default and a maximum. */
    record Bounds(long defaultValue, long maximum) {}

    private final JdbcClient jdbc;
    private final GuardrailsProperties properties;
    private final Clock clock;
    private final LoadingCache<Boolean, Map<LimitKind, Bounds>> cache;

    PlatformLimits(JdbcClient jdbc, GuardrailsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(REFRESH).build(key -> load());
    }

    Bounds of(LimitKind kind) {
        return all().get(kind);
    }

    Map<LimitKind, Bounds> all() {
        return cache.get(Boolean.TRUE);
    }

    /** Sets defaults and maxima (operators); a kind left out keeps its value. A default above its maximum is refused. */
    @Transactional
    public Map<LimitKind, Bounds> update(Map<LimitKind, Bounds> changes, UserId operator) {
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((kind, bounds) -> {
            if (bounds.defaultValue() < 0 || bounds.maximum() < 0) {
                errors.add(new FieldError(kind.field(), "NEGATIVE", "Limits are zero or more"));
            } else if (bounds.defaultValue() > bounds.maximum()) {
                errors.add(new FieldError(kind.field(), "ABOVE_MAXIMUM", "The default may not exceed the maximum"));
            }
        });
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
        changes.forEach((kind, bounds) -> {
            int updated = jdbc.sql("update guardrail_platform set default_value = :d, max_value = :m, updated_by = :by,"
                            + " updated_at = :at where kind = :kind")
                    .param("d", bounds.defaultValue())
                    .param("m", bounds.maximum())
                    .param("by", operator.value())
                    .param("at", Sql.ts(clock.instant()))
                    .param("kind", kind.name())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into guardrail_platform (kind, default_value, max_value, updated_by, updated_at)"
                                + " values (:kind, :d, :m, :by, :at) on conflict do nothing")
                        .param("d", bounds.defaultValue())
                        .param("m", bounds.maximum())
                        .param("by", operator.value())
                        .param("at", Sql.ts(clock.instant()))
                        .param("kind", kind.name())
                        .update();
            }
        });
        cache.invalidateAll();
        return load();
    }

    private Map<LimitKind, Bounds> load() {
        Map<LimitKind, Bounds> bounds = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : LimitKind.values()) {
            bounds.put(kind, new Bounds(properties.defaultOf(kind), properties.maximumOf(kind)));
        }
        jdbc.sql("select kind, default_value, max_value from guardrail_platform")
                .query((rs, n) -> Map.entry(
                        LimitKind.valueOf(rs.getString("kind")),
                        new Bounds(rs.getLong("default_value"), rs.getLong("max_value"))))
                .list()
                .forEach(e -> bounds.put(e.getKey(), e.getValue()));
        return bounds;
    }
}
