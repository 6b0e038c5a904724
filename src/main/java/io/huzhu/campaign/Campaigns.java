package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What other modules may ask of campaigns: their frozen terms, and the stock and budget that tasks reserve. The
 * inventory operations are conditional updates whose row counts are checked, so stock and budget never go
 * below zero.
 */
public interface Campaigns {

    /** The latest published rules of a campaign, with its current status; empty for an unknown or draft one. */
    Optional<RulesVersion> currentRules(CampaignId campaign);

    /**
     * One rules version (immutable, so callers may cache it). Its {@code status} is the campaign's status when the
     * version was first read; {@link #currentRules} always reads the live status.
     */
    Optional<RulesVersion> rules(CampaignId campaign, int version);

    /**
     * Reserves one unit of stock and {@code valueCents} of budget for a task that is starting. Runs in the caller's
     * transaction.
     *
     * @return false when stock or budget is exhausted (nothing is changed)
     */
    boolean reserve(CampaignId campaign, long valueCents);

    /** Gives back reserved stock units and budget (an expired task, or the unused part of a settlement). */
    void release(CampaignId campaign, int stockUnits, long budgetCents);

    /** Counts a claimed reward (the stock unit was reserved when the task started). */
    void recordClaim(CampaignId campaign);

    /** The time zone in which per-day limits reset (default Asia/Shanghai). */
    ZoneId dayZone();
}
