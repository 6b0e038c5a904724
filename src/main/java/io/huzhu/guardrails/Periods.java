package io.huzhu.guardrails;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Calendar months and days in a member's time zone, as half-open instants [start, end). */
record Periods(Instant start, Instant end) {

    static Periods month(YearMonth month, ZoneId zone) {
        return new Periods(
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    static Periods monthOf(Instant now, ZoneId zone) {
        return month(YearMonth.from(now.atZone(zone)), zone);
    }

    static Periods dayOf(Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return new Periods(
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
