package io.huzhu.analytics;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts of members under the smallest shown (5 by default) are not shown: they become "< 5", and so do ratios
 * whose numerator or denominator is such a count, so that no answer lets one single out a few members.
 */
@Component
class SmallNumbers {

    private final int smallest;

    SmallNumbers(AnalyticsProperties properties) {
        this.smallest = properties.smallestShown();
    }

    boolean hidden(long members) {
        return members > 0 && members < smallest;
    }

    /** A member count as shown: the number, or "< 5". */
    Object members(long members) {
        return hidden(members) ? "< " + smallest : members;
    }

    /** A share of members (0..1, three decimals) as shown; null when a part of it is hidden or there is no base. */
    @Nullable
    Object share(long part, long whole) {
        if (whole == 0 || hidden(part) || hidden(whole)) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
