package io.huzhu.risk;

/** What a detector's finding does to the assists it names. */
public enum Effect {
    /** The detector runs but its findings are not acted on (for trying a detector out). */
    OFF,
    /** The assists are held: they count provisionally and the task cannot claim until the case is decided. */
    REVIEW,
    /** The assists stop counting at once; the case still waits for an operator, who may restore them. */
    VOID
}
