package io.huzhu.group;

import java.util.List;
import java.util.Locale;

/** Ready-made rules for assist groups, in Chinese and English; an owner picks and edits them. */
final class RuleTemplates {

    record Template(String id, String title, String text) {}

    private static final List<Template> ZH = List.of(
            new Template("help-first", "先助人，再求助", "发自己的助力链接前，请先帮群里至少 3 位成员助力。"),
            new Template("no-paid", "禁止有偿助力", "禁止代砍、刷单、有偿求砍或出售助力，违者移出群聊。"),
            new Template("no-personal-data", "保护个人信息", "不要发送身份证号、银行卡号、手机号等个人信息，也不要向他人索要。"),
            new Template("no-ads", "禁止广告和无关链接", "只发助力活动链接；广告、引流、无关链接和短链接会被拦截。"),
            new Template("be-polite", "文明交流", "互相尊重，不刷屏，不催促，不辱骂。"),
            new Template("honest-confirm", "如实确认", "别人帮你助力后请如实确认；没有帮忙不要谎报“已助力”。"));

    private static final List<Template> EN = List.of(
            new Template(
                    "help-first", "Help before you ask", "Assist at least 3 members before posting your own link."),
            new Template(
                    "no-paid",
                    "No paid assists",
                    "No paid or traded assists, no assist-for-hire (代砍) and no fake orders (刷单); offenders are removed."),
            new Template(
                    "no-personal-data",
                    "Keep personal data private",
                    "Never post ID card, bank card or phone numbers, and never ask others for them."),
            new Template(
                    "no-ads",
                    "No ads or unrelated links",
                    "Post assist links only; ads, promotions, unrelated links and URL shorteners are held back."),
            new Template("be-polite", "Be polite", "Respect each other: no flooding, no nagging, no insults."),
            new Template(
                    "honest-confirm",
                    "Confirm help honestly",
                    "Confirm help you received; never report \"helped\" when you did not."));

    private RuleTemplates() {}

    /** Chinese for any {@code zh} tag, English otherwise. */
    static List<Template> forLanguage(String lang) {
        return lang.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
