package io.huzhu.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/** Days and weeks (Monday first) in the analytics time zone, and the scopes roll-ups are kept for. */
final class Calendar {

    static final String PLATFORM = "P";
    static final String GROUP = "G";
    static final String CAMPAIGN = "C";
    static final UUID PLATFORM_ID = new UUID(0, 0);
    static final int LAST_WEEK = 8;

    private final ZoneId zone;

    Calendar(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static int weeksBetween(LocalDate cohortWeek, LocalDate week) {
        return (int) ChronoUnit.WEEKS.between(cohortWeek, week);
    }
}
