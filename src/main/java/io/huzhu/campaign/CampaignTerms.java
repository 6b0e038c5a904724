package io.huzhu.campaign;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The complete, published terms of one rules version of a campaign. Immutable: a change to a published campaign
 * creates a new version; each task keeps the version it started under. Money is in integer cents.
 *
 * @param kind the campaign kind
 * @param title shown to members
 * @param description what the campaign is about
 * @param organiser who runs it (published on the rules page)
 * @param reward what a successful member receives
 * @param startsAt first instant a task may start
 * @param endsAt last instant a task may start (tasks already running keep their own deadline)
 * @param taskLifetime time a task has to reach its target
 * @param startPriceCents BARGAIN: the price the task starts at
 * @param floorPriceCents BARGAIN: the price the assists bring it down to (often 0)
 * @param targetCents CASH_TARGET: the amount to accumulate (withdrawal threshold)
 * @param itemValueCents ASSIST_COUNT: the value of the reward, reserved from the budget per task
 * @param minAssists fewest assists a task's schedule may need (ASSIST_COUNT: exactly this many)
 * @param maxAssists most assists a task's schedule may need; the guaranteed upper bound shown to members
 * @param minCutCents smallest cut of a single assist, at least 1 cent (ignored for ASSIST_COUNT)
 * @param stock number of rewards; one is reserved when a task starts
 * @param budgetCents total value the organiser commits; a task's reward value is reserved when it starts
 * @param limits per-initiator and per-helper limits
 * @param minInitiatorAccountAge eligibility: age an account needs to start a task
 * @param minHelperAccountAge eligibility: age an account needs to assist
 * @param expiryOption what an expired task may be settled for
 * @param claimWindow how long after success the reward can be claimed
 */
public record CampaignTerms(
        CampaignKind kind,
        String title,
        String description,
        String organiser,
        String reward,
        Instant startsAt,
        Instant endsAt,
        Duration taskLifetime,
        @Nullable Long startPriceCents,
        @Nullable Long floorPriceCents,
        @Nullable Long targetCents,
        @Nullable Long itemValueCents,
        int minAssists,
        int maxAssists,
        long minCutCents,
        int stock,
        long budgetCents,
        Limits limits,
        Duration minInitiatorAccountAge,
        Duration minHelperAccountAge,
        ExpiryOption expiryOption,
        Duration claimWindow) {

    /**
     * Per-initiator and per-helper limits; a null helper limit means no limit.
     *
     * @param maxActiveTasksPerUser open tasks one member may have on this campaign at once
     * @param maxSuccessesPerUser successful tasks one member may have on this campaign in total
     * @param helperDailyLimit assists a helper may give per calendar day across all campaigns
     * @param helperCampaignLimit assists a helper may give on this campaign in total
     * @param helperInitiatorLimit assists a helper may give to the same initiator on this campaign
     */
    public record Limits(
            int maxActiveTasksPerUser,
            int maxSuccessesPerUser,
            @Nullable Integer helperDailyLimit,
            @Nullable Integer helperCampaignLimit,
            @Nullable Integer helperInitiatorLimit) {}

    /** What the assists of one task add up to: cents for BARGAIN and CASH_TARGET, assists for ASSIST_COUNT. */
    public long amountToCut() {
        return switch (kind) {
            case BARGAIN -> required(startPriceCents) - required(floorPriceCents);
            case CASH_TARGET -> required(targetCents);
            case ASSIST_COUNT -> maxAssists;
        };
    }

    /** The value reserved from the budget when a task starts (the most a task can cost the organiser). */
    public long rewardValueCents() {
        return switch (kind) {
            case BARGAIN -> required(startPriceCents) - required(floorPriceCents);
            case CASH_TARGET -> required(targetCents);
            case ASSIST_COUNT -> required(itemValueCents);
        };
    }

    /** The smallest single cut: 1 assist for ASSIST_COUNT, otherwise the minimum cut in cents. */
    public long minimumCut() {
        return kind == CampaignKind.ASSIST_COUNT ? 1 : minCutCents;
    }

    private static long required(@Nullable Long value) {
        if (value == null) {
            throw new IllegalStateException("terms are missing an amount their kind requires");
        }
        return value;
    }
}
