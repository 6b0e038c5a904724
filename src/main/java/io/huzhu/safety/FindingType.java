package io.huzhu.safety;

/** What a finding is about. */
public enum FindingType {
    ID_CARD,
    BANK_CARD,
    PHONE,
    EMAIL,
    WECHAT_ID,
    QQ_ID,
    LINK,
    SPAM,
    AD,
    PAID_ASSIST,
    FLOOD,
    DUPLICATE,
    NEW_MEMBER_RULE;

    /** Personal data: never stored or logged as typed. */
    public boolean isPersonalData() {
        return switch (this) {
            case ID_CARD, BANK_CARD, PHONE, EMAIL, WECHAT_ID, QQ_ID -> true;
            default -> false;
        };
    }
}
