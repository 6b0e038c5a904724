package io.huzhu.guardrails;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A member's zone, quiet hours and break with the platform defaults filled in. Cached briefly for the notification
 * sink, which asks before every push; a change on this node clears the member's entry at once, another node's
 * arrives within {@link #TTL}.
 */
@Component
class MemberPreferences {

    static final Duration TTL = Duration.ofSeconds(30);

    /** What applies to a member. */
    record Prefs(
            ZoneId zone,
            boolean quietEnabled,
            LocalTime quietStart,
            LocalTime quietEnd,
            @Nullable Instant breakUntil) {

        boolean onBreak(Instant now) {
            return breakUntil != null && now.isBefore(breakUntil);
        }

        /** Inside [start, end) in the member's zone; a window whose end is before its start wraps past midnight. */
        boolean quiet(Instant now) {
            if (!quietEnabled || quietStart.equals(quietEnd)) {
                return false;
            }
            LocalTime local = now.atZone(zone).toLocalTime();
            return quietStart.isBefore(quietEnd)
                    ? !local.isBefore(quietStart) && local.isBefore(quietEnd)
                    : !local.isBefore(quietStart) || local.isBefore(quietEnd);
        }
    }

    private final MemberStore members;
    private final GuardrailsProperties properties;
    private final Cache<UserId, Prefs> cache =
            Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(TTL).build();

    MemberPreferences(MemberStore members, GuardrailsProperties properties) {
        this.members = members;
        this.properties = properties;
    }

    Prefs of(UserId member) {
        return cache.get(member, id -> of(members.find(id).orElseGet(() -> MemberStore.Row.empty(id))));
    }

    Prefs of(MemberStore.Row row) {
        ZoneId zone = row.zoneId();
        return new Prefs(
                zone == null ? properties.zone() : zone,
                row.quietEnabled(),
                row.quietStart() == null ? properties.quietStart() : LocalTime.ofSecondOfDay(row.quietStart() * 60L),
                row.quietEnd() == null ? properties.quietEnd() : LocalTime.ofSecondOfDay(row.quietEnd() * 60L),
                row.breakUntil());
    }

    void forget(UserId member) {
        cache.invalidate(member);
    }
}
