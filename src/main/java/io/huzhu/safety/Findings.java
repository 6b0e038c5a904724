package io.huzhu.safety;

/**
 * Every finding's wording in one place and one style: what it looks like, then what happens ("已隐藏", "已提交管理员审核",
 * "不能发送"). The texts never quote the matched value.
 */
final class Findings {

    private static final String HELD_ZH = "，已提交管理员审核";
    private static final String HELD_EN = "; held for an admin to review";

    private Findings() {}

    // ------------------------------------------------------------------------------------------ personal data

    static Finding personal(FindingType type, int start, int end, String rule) {
        return switch (type) {
            case ID_CARD ->
                new Finding(
                        type,
                        start,
                        end,
                        rule,
                        Action.REJECT,
                        "检测到身份证号码。为保护你的隐私，请不要在群里发送身份证号。",
                        "This looks like a Chinese ID card number. To protect your privacy, do not post ID numbers in groups.");
            case BANK_CARD ->
                new Finding(
                        type,
                        start,
                        end,
                        rule,
                        Action.REJECT,
                        "检测到银行卡号。银行卡号属于敏感个人信息，请不要在群里发送。",
                        "This looks like a bank card number. Card numbers are sensitive personal data; do not post them in groups.");
            case EMAIL ->
                new Finding(
                        type,
                        start,
                        end,
                        rule,
                        Action.MASK,
                        "检测到电子邮箱地址。为保护你的隐私，邮箱已被隐藏。",
                        "This looks like an e-mail address. To protect your privacy it is masked.");
            case WECHAT_ID ->
                new Finding(
                        type,
                        start,
                        end,
                        rule,
                        Action.MASK,
                        "检测到微信号。为保护你的隐私并防止引流骚扰，微信号已被隐藏。",
                        "This looks like a WeChat id. To protect your privacy and prevent unsolicited contact, it is masked.");
            case QQ_ID ->
                new Finding(
                        type,
                        start,
                        end,
                        rule,
                        Action.MASK,
                        "检测到QQ号。为保护你的隐私并防止引流骚扰，QQ号已被隐藏。",
                        "This looks like a QQ number. To protect your privacy and prevent unsolicited contact, it is masked.");
            case PHONE ->
                new Finding(
                        type,
                        start,
                        end,
                        rule,
                        Action.MASK,
                        "检测到手机号码。为保护你的隐私，号码已被部分隐藏。",
                        "This looks like a mobile phone number. To protect your privacy it is partly masked.");
            default -> throw new IllegalArgumentException("Not personal data: " + type);
        };
    }

    // ------------------------------------------------------------------------------------------ spam and ads

    /** The model's verdict: the category, how sure it is, held. */
    static Finding model(SpamCategory category, int start, int end, double probability) {
        int percent = (int) Math.round(probability * 100);
        return new Finding(
                category.findingType(),
                start,
                end,
                "MODEL_" + category.name(),
                Action.HOLD,
                "疑似" + category.labelZh() + "（模型判断，可信度 " + percent + "%）" + HELD_ZH,
                "Looks like " + category.labelEn() + " (model, " + percent + " % sure)" + HELD_EN,
                category);
    }

    /** Close to a message an admin confirmed as spam. */
    static Finding similar(int end, int percent, SpamCategory category) {
        return new Finding(
                FindingType.SPAM,
                0,
                end,
                "SIMILAR_TO_SPAM",
                Action.HOLD,
                "与管理员确认过的垃圾消息相似度 " + percent + "%" + HELD_ZH,
                "Similar (" + percent + " %) to a message an admin confirmed as spam" + HELD_EN,
                category);
    }

    /** A rule about the shape of a message or the author's recent activity, held for review. */
    static Finding held(FindingType type, int start, int end, String rule, String zh, String en) {
        return new Finding(type, start, end, rule, Action.HOLD, zh + HELD_ZH, en + HELD_EN);
    }

    static Finding flood(int end, int limit) {
        return new Finding(
                FindingType.FLOOD,
                0,
                end,
                "FLOOD",
                Action.REJECT,
                "发言太快了：每分钟最多 " + limit + " 条，请稍等一会儿再发",
                "Slow down: at most " + limit + " messages a minute in a group; wait a moment and try again");
    }

    // ------------------------------------------------------------------------------------------ links

    static Finding link(int start, int end, String reason, String detailEn, boolean reject) {
        String zh = switch (reason) {
            case "USERINFO" -> "链接在域名前藏了用户名（常见的钓鱼手法），不能发送";
            case "IP_HOST" -> "不能发送直接指向 IP 地址的链接";
            case "SCHEME" -> "只允许 http 和 https 链接，其他协议（如 javascript:、data:、应用跳转）不能发送";
            case "PORT" -> "带端口号的链接" + HELD_ZH.substring(1);
            case "MALFORMED" -> "链接格式异常（含空格、隐藏字符或编码字符）" + HELD_ZH;
            case "UNKNOWN_DOMAIN" -> "链接的域名无法识别" + HELD_ZH;
            case "LOOKALIKE" -> "链接的域名混用了形似的外文字母（仿冒域名），不能发送";
            case "INVISIBLE" -> "链接里藏有看不见的字符，不能发送";
            case "SHORTENER" -> "短链接看不出真正的去向，请发送完整链接" + HELD_ZH;
            default -> "链接不在本群允许的域名内" + HELD_ZH + "；可请管理员添加该域名";
        };
        return new Finding(
                FindingType.LINK,
                start,
                end,
                "LINK_" + reason,
                reject ? Action.REJECT : Action.HOLD,
                zh,
                detailEn + (reject ? "" : HELD_EN));
    }
}
