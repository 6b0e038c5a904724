package io.huzhu.safety;

/**
 * What kind of spam or ad a message is, with a stable code (the corpus labels), the finding type it is reported as
 * (paid assists keep their own type, everything else is an {@link FindingType#AD}) and labels in Chinese and English.
 */
public enum SpamCategory {
    PAID_ASSIST(FindingType.PAID_ASSIST, "有偿助力或代砍", "paid assists or assists for hire"),
    TRAFFIC_DIVERSION(FindingType.AD, "引流（加好友、进群、扫码、账号）", "traffic diversion (contacts, groups, QR codes, handles)"),
    PART_TIME_JOB(FindingType.AD, "虚假兼职或刷单", "fake part-time jobs or fake orders"),
    GAMBLING(FindingType.AD, "赌博、博彩", "gambling"),
    INVESTMENT_SCAM(FindingType.AD, "投资理财或虚拟币骗局", "investment or crypto scams"),
    LOAN_CASHOUT(FindingType.AD, "贷款、套现、代还", "loans, cash-out or card repayment services"),
    ACCOUNT_TRADING(FindingType.AD, "账号、手机卡或银行卡买卖出租", "trading or renting accounts, SIM or bank cards"),
    FAKE_GIVEAWAY(FindingType.AD, "虚假赠送或转发领奖", "fake giveaways or forward-to-win chains"),
    PHISHING(FindingType.AD, "钓鱼或冒充客服", "phishing or fake customer service"),
    ADULT(FindingType.AD, "色情内容", "adult content"),
    MLM(FindingType.AD, "传销、拉人头返佣", "multi-level marketing or pay-per-recruit schemes");

    private final FindingType findingType;
    private final String labelZh;
    private final String labelEn;

    SpamCategory(FindingType findingType, String labelZh, String labelEn) {
        this.findingType = findingType;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** PAID_ASSIST for paid assists (other modules listen for it), AD for every other category. */
    public FindingType findingType() {
        return findingType;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
