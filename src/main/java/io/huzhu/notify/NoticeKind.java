package io.huzhu.notify;

/**
 * What a notice is about. {@code mandatory} kinds (moderation, risk, appeals, account penalties) are always kept and
 * cannot be turned off; {@code security} kinds are pushed even during quiet hours or a break.
 */
enum NoticeKind {
    ASSISTED(false, false),
    TASK_SUCCEEDED(false, false),
    REWARD_TO_CLAIM(false, false),
    HELP_REPORT(false, false),
    JOIN_APPROVED(false, false),
    WEBHOOK_DISABLED(false, false),
    MODERATION(true, false),
    RISK_DECISION(true, false),
    APPEAL_DECIDED(true, false),
    ACCOUNT_RESTRICTED(true, true);

    private final boolean mandatory;
    private final boolean security;

    NoticeKind(boolean mandatory, boolean security) {
        this.mandatory = mandatory;
        this.security = security;
    }

    boolean mandatory() {
        return mandatory;
    }

    boolean security() {
        return security;
    }
}
