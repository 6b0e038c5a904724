package io.huzhu.risk;

/** Whether an assist counts towards its task. A voided assist stays in the timeline with its seq and cut. */
public enum AssistStatus {
    COUNTED,
    /** Counts provisionally; a task whose success rests on it cannot claim until it is decided. */
    UNDER_REVIEW,
    VOIDED
}
