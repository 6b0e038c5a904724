package io.huzhu.guardrails;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's month in plain numbers, in their time zone: tasks started and finished, assists given and received,
 * money saved and spent, against the limits in force today. No streaks, no ranks, no comparisons with others.
 */
@Service
class MonthlySummary {

    /** The month's figures; money in cents. Limits are today's (limits are not kept per month). */
    record Summary(
            String month,
            String zone,
            Instant from,
            Instant to,
            long tasksStarted,
            long tasksFinished,
            long assistsGiven,
            long assistsReceived,
            long savedCents,
            long spentCents,
            long monthlySpendLimitCents,
            long helpPosts,
            long helpPostsPerDayLimit,
            long activeTasksLimit) {}

    private final ActivityStore activity;
    private final PersonalLimits limits;
    private final MemberPreferences preferences;
    private final Clock clock;

    MonthlySummary(ActivityStore activity, PersonalLimits limits, MemberPreferences preferences, Clock clock) {
        this.activity = activity;
        this.limits = limits;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Summary of(UserId member, @Nullable String month) {
        Instant now = clock.instant();
        MemberPreferences.Prefs prefs = preferences.of(member);
        YearMonth which = month == null ? YearMonth.from(now.atZone(prefs.zone())) : parse(month);
        Periods period = Periods.month(which, prefs.zone());
        var in = limits.of(member, now);
        return new Summary(
                which.toString(),
                prefs.zone().getId(),
                period.start(),
                period.end(),
                activity.tasksStarted(member, period),
                activity.tasksSucceeded(member, period),
                activity.assistsGiven(member, period),
                activity.assistsReceived(member, period),
                activity.saved(member, period),
                activity.spent(member, period),
                in.get(LimitKind.MONTHLY_SPEND).value(),
                activity.helpPosts(member, period),
                in.get(LimitKind.DAILY_HELP_POSTS).value(),
                in.get(LimitKind.ACTIVE_TASKS).value());
    }

    /** The summary as CSV: one row per figure, with its limit where it has one. */
    static String csv(Summary s) {
        StringBuilder out = new StringBuilder("month,measure,value,limit\n");
        row(out, s, "tasks_started", s.tasksStarted(), "");
        row(out, s, "tasks_finished", s.tasksFinished(), "");
        row(out, s, "assists_given", s.assistsGiven(), "");
        row(out, s, "assists_received", s.assistsReceived(), "");
        row(out, s, "money_saved_cents", s.savedCents(), "");
        row(out, s, "money_spent_cents", s.spentCents(), Long.toString(s.monthlySpendLimitCents()));
        row(out, s, "help_posts", s.helpPosts(), s.helpPostsPerDayLimit() + " per day");
        row(out, s, "active_tasks_limit", s.activeTasksLimit(), "");
        return out.toString();
    }

    private static void row(StringBuilder out, Summary s, String measure, long value, String limit) {
        out.append(s.month())
                .append(',')
                .append(measure)
                .append(',')
                .append(value)
                .append(',')
                .append(limit)
                .append('\n');
    }

    private static YearMonth parse(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() < 2000 || parsed.getYear() > 2999) {
                throw new DateTimeParseException("out of range", month, 0);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw HuzhuException.invalid(List.of(new FieldError("month", "INVALID", "A month such as 2026-11")));
        }
    }
}
