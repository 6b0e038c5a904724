package io.huzhu.shared;

import java.time.Instant;

/**
 * The span of time any request may name, in a body, a query or a cursor: from 2000 to 2100. Anything outside is a
 * typo or an attack, and would overflow a database timestamp or a printed date further on; each feature narrows it
 * further (a campaign runs within a year of now).
 */
public final class TimeRange {

    public static final Instant MIN = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("2100-01-01T00:00:00Z");
    public static final String DESCRIPTION = "a time between 2000-01-01T00:00:00Z and 2100-01-01T00:00:00Z";

    private TimeRange() {}

    public static boolean contains(Instant value) {
        return !value.isBefore(MIN) && !value.isAfter(MAX);
    }
}
