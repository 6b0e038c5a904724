package io.huzhu.guardrails;

/** The limits a member sets for themself. For every kind a higher value is looser. */
public enum LimitKind {
    MONTHLY_SPEND,
    ACTIVE_TASKS,
    DAILY_HELP_POSTS,
    COOLING_OFF_THRESHOLD;

    /** The JSON name of the kind's value. */
    String field() {
        return switch (this) {
            case MONTHLY_SPEND -> "monthlySpendCents";
            case ACTIVE_TASKS -> "activeTasks";
            case DAILY_HELP_POSTS -> "helpPostsPerDay";
            case COOLING_OFF_THRESHOLD -> "coolingOffThresholdCents";
        };
    }
}
