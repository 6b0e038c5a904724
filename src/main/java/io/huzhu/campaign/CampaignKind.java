package io.huzhu.campaign;

/** The three kinds of assist campaign. */
public enum CampaignKind {
    /** 砍价: the price goes from a start price down to a floor price by assists. */
    BARGAIN,
    /** 助力享免单: a fixed number of assists unlocks the reward. */
    ASSIST_COUNT,
    /** 助力提现: assists accumulate cash up to a withdrawal threshold. */
    CASH_TARGET;

    /** Whether progress is counted in cents (true) or in assists (false). */
    public boolean countsCents() {
        return this != ASSIST_COUNT;
    }
}
