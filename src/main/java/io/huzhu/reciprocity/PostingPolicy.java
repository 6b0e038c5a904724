package io.huzhu.reciprocity;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group's posting policy. Zero (or no floor) switches a rule off, which is the default for every group.
 *
 * @param helpBeforePost helps a member must have given in the group (booked in the ledger) before posting
 * @param maxPostsPerDay help posts per member per day, 0 for no limit
 * @param balanceFloor below this balance a member's requests lose priority in the queue; they are not blocked
 */
record PostingPolicy(
        int helpBeforePost, int maxPostsPerDay, @Nullable Integer balanceFloor) {

    static final PostingPolicy OFF = new PostingPolicy(0, 0, null);
    static final int MAX_RULE = 100;
    static final int MAX_FLOOR = 10_000;

    static PostingPolicy validated(int helpBeforePost, int maxPostsPerDay, @Nullable Integer balanceFloor) {
        List<FieldError> errors = new ArrayList<>();
        if (helpBeforePost < 0 || helpBeforePost > MAX_RULE) {
            errors.add(new FieldError("helpBeforePost", "RANGE", "0 (off) to " + MAX_RULE));
        }
        if (maxPostsPerDay < 0 || maxPostsPerDay > MAX_RULE) {
            errors.add(new FieldError("maxPostsPerDay", "RANGE", "0 (off) to " + MAX_RULE));
        }
        if (balanceFloor != null && Math.abs(balanceFloor) > MAX_FLOOR) {
            errors.add(new FieldError("balanceFloor", "RANGE", "-" + MAX_FLOOR + " to " + MAX_FLOOR + ", or null"));
        }
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
        return new PostingPolicy(helpBeforePost, maxPostsPerDay, balanceFloor);
    }

    /** Helps the member still has to give before posting; 0 when the rule lets them post. */
    int helpsMissing(int given) {
        return Math.max(0, helpBeforePost - given);
    }

    /** The daily limit as a bound for the conditional update (no limit is the largest bound). */
    int dailyBound() {
        return maxPostsPerDay == 0 ? Integer.MAX_VALUE : maxPostsPerDay;
    }

    boolean dailyLimitReached(int postsToday) {
        return postsToday >= dailyBound();
    }

    boolean belowFloor(int balance) {
        return balanceFloor != null && balance < balanceFloor;
    }

    static LocalDate day(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }

    /** When the next day's allowance starts: midnight of the following day in the policy's zone. */
    static Instant nextDay(Instant now, ZoneId zone) {
        return day(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    HuzhuException helpFirst(int given) {
        int missing = helpsMissing(given);
        return new HuzhuException(
                ErrorCode.POLICY_HELP_FIRST,
                "This group asks members to help " + helpBeforePost + " times before posting; you have helped "
                        + given + ", so " + missing + " more " + (missing == 1 ? "help is" : "helps are")
                        + " needed",
                List.of(),
                Map.of("required", helpBeforePost, "given", given, "missing", missing));
    }

    HuzhuException dailyPosts(Instant now, ZoneId zone) {
        Instant next = nextDay(now, zone);
        return new HuzhuException(
                ErrorCode.POLICY_DAILY_POSTS,
                "This group allows " + maxPostsPerDay + " help " + (maxPostsPerDay == 1 ? "post" : "posts")
                        + " a day; your next post is possible at " + next,
                List.of(),
                Map.of("limit", maxPostsPerDay, "nextPostAt", next.toString()));
    }
}
