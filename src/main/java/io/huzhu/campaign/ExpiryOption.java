package io.huzhu.campaign;

/** What the member may take when a task expires before reaching its target. */
public enum ExpiryOption {
    /** Nothing: an expired task ends without value. */
    NONE,
    /** Buy the item at the price reached so far (bargain campaigns only). */
    BUY_AT_CURRENT_PRICE,
    /** A coupon worth the amount reached so far (bargain and cash campaigns). */
    COUPON
}
