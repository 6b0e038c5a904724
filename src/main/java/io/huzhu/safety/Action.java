package io.huzhu.safety;

/** The verdict's action, from mildest to strictest; a verdict takes the strictest action of its findings. */
public enum Action {
    /** Store and show as written. */
    ALLOW,
    /** Store and show with the findings masked. */
    MASK,
    /** Store, but show to nobody except the author and the admins until a moderator approves it. */
    HOLD,
    /** Do not store; the sender is told why and may edit. */
    REJECT
}
