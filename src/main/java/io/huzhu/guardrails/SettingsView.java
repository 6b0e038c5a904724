package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A member's guardrails as the settings screen shows them: limits, what is used of them now, break, quiet hours. */
@Component
class SettingsView {

    /**
     * @param limits every limit, with a raise waiting to apply and the platform's default and maximum
     * @param usage what the member has used of the limits now
     * @param breakUntil the end of the member's break, while it lasts
     * @param quietHours the member's quiet hours and whether they are in them now
     * @param raiseDelay how long a raised limit waits
     * @param coolingOffDelay how long a big purchase waits for its second confirmation
     * @param breakDays the break lengths on offer
     */
    record View(
            List<PersonalLimits.Limit> limits,
            Usage usage,
            @Nullable Instant breakUntil,
            Quiet quietHours,
            Duration raiseDelay,
            Duration coolingOffDelay,
            List<Integer> breakDays) {}

    /** This month's spending, open tasks and today's help posts, with when the month and the day end. */
    record Usage(
            long monthSpentCents, long activeTasks, long helpPostsToday, Instant monthResetsAt, Instant dayResetsAt) {}

    record Quiet(boolean enabled, String start, String end, String zone, boolean quietNow) {}

    private final PersonalLimits limits;
    private final ActivityStore activity;
    private final GuardrailsProperties properties;

    SettingsView(PersonalLimits limits, ActivityStore activity, GuardrailsProperties properties) {
        this.limits = limits;
        this.activity = activity;
        this.properties = properties;
    }

    View of(UserId member, MemberPreferences.Prefs prefs, Instant now) {
        Periods month = Periods.monthOf(now, prefs.zone());
        Periods day = Periods.dayOf(now, prefs.zone());
        Usage usage = new Usage(
                activity.spent(member, month),
                activity.activeTasks(member, now),
                activity.helpPosts(member, day),
                month.end(),
                day.end());
        return new View(
                List.copyOf(limits.of(member, now).values()),
                usage,
                prefs.onBreak(now) ? prefs.breakUntil() : null,
                new Quiet(
                        prefs.quietEnabled(),
                        prefs.quietStart().toString(),
                        prefs.quietEnd().toString(),
                        prefs.zone().getId(),
                        prefs.quiet(now)),
                properties.raiseDelay(),
                properties.coolingOffDelay(),
                GuardrailSettings.BREAK_DAYS.stream().sorted().toList());
    }
}
