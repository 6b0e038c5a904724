package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate the features ask, synchronously and inside their own transaction, before an effect that spends a member's
 * money or attention. Each check locks the member's guardrail row until that transaction ends, so two concurrent
 * requests of one member cannot both slip under a limit; the effect's event then records what was done in the same
 * transaction ({@link GuardrailListeners}). A check refuses with a {@code HuzhuException} whose problem carries the
 * limit, when it resets and a sentence in Chinese and English ({@link Refusals}); it refuses nothing else.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Guardrails {

    private final MemberStore members;
    private final MemberPreferences preferences;
    private final PersonalLimits limits;
    private final ActivityStore activity;
    private final CoolingOff coolingOff;

    Guardrails(
            MemberStore members,
            MemberPreferences preferences,
            PersonalLimits limits,
            ActivityStore activity,
            CoolingOff coolingOff) {
        this.members = members;
        this.preferences = preferences;
        this.limits = limits;
        this.activity = activity;
        this.coolingOff = coolingOff;
    }

    /** Before a member starts a task: not on a break ({@code ON_BREAK}), under their active-task limit. */
    public void checkTaskStart(UserId member, Instant now) {
        MemberPreferences.Prefs prefs = notOnBreak(member, now);
        long limit = limits.value(member, LimitKind.ACTIVE_TASKS, now);
        long active = activity.activeTasks(member, now);
        if (active >= limit) {
            throw Refusals.activeTasks(
                    limit, active, activity.firstDeadline(member, now).orElse(null), prefs.zone());
        }
    }

    /** Before a member posts a help request: not on a break, under their daily help-post limit. */
    public void checkHelpPost(UserId member, Instant now) {
        MemberPreferences.Prefs prefs = notOnBreak(member, now);
        long limit = limits.value(member, LimitKind.DAILY_HELP_POSTS, now);
        Periods today = Periods.dayOf(now, prefs.zone());
        if (activity.helpPosts(member, today) >= limit) {
            throw Refusals.helpPosts(limit, today.end(), prefs.zone());
        }
    }

    /**
     * Before a member agrees to pay: within their monthly spending limit ({@code SPENDING_LIMIT}), and for a price
     * above their cooling-off threshold, confirmed by {@code confirmation} once the delay has passed
     * ({@code COOLING_OFF}). A purchase at no cost is not checked.
     */
    public void checkPurchase(UserId member, Purchase purchase, @Nullable UUID confirmation, Instant now) {
        if (purchase.priceCents() <= 0) {
            return;
        }
        MemberPreferences.Prefs prefs = preferences.of(members.lock(member, now));
        Periods month = Periods.monthOf(now, prefs.zone());
        long spent = activity.spent(member, month);
        long limit = limits.value(member, LimitKind.MONTHLY_SPEND, now);
        if (spent + purchase.priceCents() > limit) {
            throw Refusals.spending(limit, spent, purchase.priceCents(), month.end(), prefs.zone());
        }
        long threshold = limits.value(member, LimitKind.COOLING_OFF_THRESHOLD, now);
        if (purchase.priceCents() > threshold) {
            coolingOff.require(member, purchase, confirmation, threshold, spent, limit, prefs.zone(), now);
        }
    }

    private MemberPreferences.Prefs notOnBreak(UserId member, Instant now) {
        MemberPreferences.Prefs prefs = preferences.of(members.lock(member, now));
        if (prefs.onBreak(now)) {
            throw Refusals.onBreak(java.util.Objects.requireNonNull(prefs.breakUntil()), prefs.zone());
        }
        return prefs;
    }
}
