package io.huzhu.guardrails;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the guardrails ({@code huzhu.guardrails.*}). Operators may override the limit defaults and maxima at
 * run time ({@code PUT /api/admin/guardrails}); these values apply to a kind they have not set.
 *
 * @param zone the time zone of a member who has not chosen one (months, days and quiet hours are counted in it)
 * @param quietStart start of the default quiet hours (local time)
 * @param quietEnd end of the default quiet hours (local time; before the start means "the next morning")
 * @param raiseDelay how long a raised (looser) personal limit waits before it applies
 * @param coolingOffDelay how long a purchase above the member's threshold waits before it can be confirmed
 * @param coolingOffWindow how long a confirmable purchase stays confirmable before it has to be asked for again
 * @param changesPerHour setting changes (limits, quiet hours, breaks) one member may make an hour
 * @param defaults the platform default of each limit
 * @param maxima the highest value a member may choose for each limit
 */
@ConfigurationProperties("huzhu.guardrails")
public record GuardrailsProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("22:00") LocalTime quietStart,
        @DefaultValue("07:00") LocalTime quietEnd,
        @DefaultValue("PT24H") Duration raiseDelay,
        @DefaultValue("PT30M") Duration coolingOffDelay,
        @DefaultValue("PT24H") Duration coolingOffWindow,
        @DefaultValue("30") int changesPerHour,
        @DefaultValue Defaults defaults,
        @DefaultValue Maxima maxima) {

    long defaultOf(LimitKind kind) {
        return switch (kind) {
            case MONTHLY_SPEND -> defaults.monthlySpendCents();
            case ACTIVE_TASKS -> defaults.activeTasks();
            case DAILY_HELP_POSTS -> defaults.helpPostsPerDay();
            case COOLING_OFF_THRESHOLD -> defaults.coolingOffThresholdCents();
        };
    }

    long maximumOf(LimitKind kind) {
        return switch (kind) {
            case MONTHLY_SPEND -> maxima.monthlySpendCents();
            case ACTIVE_TASKS -> maxima.activeTasks();
            case DAILY_HELP_POSTS -> maxima.helpPostsPerDay();
            case COOLING_OFF_THRESHOLD -> maxima.coolingOffThresholdCents();
        };
    }

    /**
     * The platform default of each limit.
     *
     * @param monthlySpendCents what a member may agree to pay in a calendar month, in cents (default ¥2,000)
     * @param activeTasks tasks open at once
     * @param helpPostsPerDay help posts a calendar day
     * @param coolingOffThresholdCents a purchase above this price (cents) waits for a second confirmation (¥300)
     */
    public record Defaults(
            @DefaultValue("200000") long monthlySpendCents,
            @DefaultValue("10") long activeTasks,
            @DefaultValue("20") long helpPostsPerDay,
            @DefaultValue("30000") long coolingOffThresholdCents) {}

    /** The highest value a member may choose for each limit (same fields as {@link Defaults}). */
    public record Maxima(
            @DefaultValue("5000000") long monthlySpendCents,
            @DefaultValue("50") long activeTasks,
            @DefaultValue("100") long helpPostsPerDay,
            @DefaultValue("500000") long coolingOffThresholdCents) {}
}
