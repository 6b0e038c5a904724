package io.huzhu.moderation;

/** Why a member reports a message or a member. SPAM and AD reports teach the spam filter when confirmed. */
public enum ReportReason {
    SPAM,
    AD,
    PERSONAL_DATA,
    ABUSE,
    OFF_TOPIC,
    FRAUD,
    OTHER;

    boolean spam() {
        return this == SPAM || this == AD;
    }
}
