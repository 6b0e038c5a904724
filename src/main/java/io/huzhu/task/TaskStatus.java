package io.huzhu.task;

/**
 * Life of a task. OPEN until it reaches its target (SUCCEEDED) or its deadline (EXPIRED). A succeeded task is
 * CLAIMED once; an expired one may be SETTLED for its partial value where the campaign allows it. A reward or
 * settlement not taken within the claim window LAPSES and its reservation returns to the campaign.
 */
public enum TaskStatus {
    OPEN,
    SUCCEEDED,
    CLAIMED,
    EXPIRED,
    SETTLED,
    LAPSED;

    public boolean isEnded() {
        return this != OPEN;
    }
}
