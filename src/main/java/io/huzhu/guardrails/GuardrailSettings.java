package io.huzhu.guardrails;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member changes about their guardrails: limits, a break, quiet hours. Every change takes the member's lock,
 * so it never interleaves with a check. A break can be taken or lengthened, never shortened or ended.
 */
@Service
class GuardrailSettings {

    /** The break lengths a member can choose: 24 hours, 7 days, 30 days. */
    static final Set<Integer> BREAK_DAYS = Set.of(1, 7, 30);

    /** Quiet hours as sent: local times "HH:mm" and a time-zone id. */
    record QuietHours(boolean enabled, String start, String end, String zone) {}

    private final MemberStore members;
    private final MemberPreferences preferences;
    private final PersonalLimits limits;
    private final SettingsView views;
    private final Clock clock;
    private final RateLimiter changes;

    GuardrailSettings(
            MemberStore members,
            MemberPreferences preferences,
            PersonalLimits limits,
            SettingsView views,
            GuardrailsProperties properties,
            Clock clock) {
        this.members = members;
        this.preferences = preferences;
        this.limits = limits;
        this.views = views;
        this.clock = clock;
        this.changes = new RateLimiter("guardrail setting changes", properties.changesPerHour(), Duration.ofHours(1));
    }

    @Transactional(readOnly = true)
    SettingsView.View view(UserId member) {
        Instant now = clock.instant();
        return views.of(member, preferences.of(member), now);
    }

    @Transactional
    SettingsView.View setLimits(UserId member, Map<LimitKind, Long> wanted) {
        changes.acquire(member.toString());
        Instant now = clock.instant();
        MemberStore.Row row = members.lock(member, now);
        limits.set(member, wanted, now);
        return views.of(member, preferences.of(row), now);
    }

    @Transactional
    SettingsView.View takeBreak(UserId member, int days) {
        if (!BREAK_DAYS.contains(days)) {
            throw HuzhuException.invalid(List.of(new FieldError("days", "INVALID", "A break lasts 1, 7 or 30 days")));
        }
        changes.acquire(member.toString());
        Instant now = clock.instant();
        MemberStore.Row row = members.lock(member, now);
        Instant until = now.plus(Duration.ofDays(days));
        boolean onBreak = row.breakUntil() != null && now.isBefore(row.breakUntil());
        if (onBreak && row.breakUntil().isAfter(until)) {
            until = row.breakUntil();
        }
        Instant from = onBreak && row.breakFrom() != null ? row.breakFrom() : now;
        members.saveBreak(member, from, until, now);
        preferences.forget(member);
        return views.of(member, preferences.of(members.lock(member, now)), now);
    }

    @Transactional
    SettingsView.View setQuietHours(UserId member, QuietHours quiet) {
        LocalTime start = time("start", quiet.start());
        LocalTime end = time("end", quiet.end());
        ZoneId zone = zone(quiet.zone());
        if (start.equals(end)) {
            throw HuzhuException.invalid(
                    List.of(new FieldError("end", "SAME_AS_START", "Quiet hours need a start and a different end")));
        }
        changes.acquire(member.toString());
        Instant now = clock.instant();
        members.lock(member, now);
        members.saveQuietHours(
                member, zone.getId(), quiet.enabled(), start.toSecondOfDay() / 60, end.toSecondOfDay() / 60, now);
        preferences.forget(member);
        return views.of(member, preferences.of(members.lock(member, now)), now);
    }

    private static LocalTime time(String field, @Nullable String value) {
        if (value == null || !value.matches("\\d{2}:\\d{2}")) {
            throw HuzhuException.invalid(List.of(new FieldError(field, "INVALID", "A time such as 22:00")));
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw HuzhuException.invalid(List.of(new FieldError(field, "INVALID", "A time such as 22:00")));
        }
    }

    private static ZoneId zone(@Nullable String value) {
        try {
            if (value == null
                    || value.length() > 64
                    || !ZoneId.getAvailableZoneIds().contains(value)) {
                throw new java.time.DateTimeException("not a region");
            }
            return ZoneId.of(value);
        } catch (java.time.DateTimeException e) {
            throw HuzhuException.invalid(
                    List.of(new FieldError("zone", "INVALID", "A time zone such as Asia/Shanghai")));
        }
    }
}
