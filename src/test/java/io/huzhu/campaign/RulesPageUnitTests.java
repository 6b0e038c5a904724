package io.huzhu.campaign;

import static io.huzhu.campaign.CampaignFixtures.JSON;
import static io.huzhu.campaign.CampaignFixtures.NOW;
import static io.huzhu.campaign.CampaignFixtures.assistCount;
import static io.huzhu.campaign.CampaignFixtures.bargain;
import static io.huzhu.campaign.CampaignFixtures.cashTarget;
import static io.huzhu.campaign.CampaignFixtures.request;
import static io.huzhu.campaign.CampaignFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.CampaignId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RulesPageUnitTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CampaignId ID = CampaignId.of(UUID.fromString("01900000-0000-7000-8000-000000000001"));
    private static final Instant PUBLISHED = Instant.parse("2030-01-01T01:00:00Z");

    private final CampaignValidator validator = new CampaignValidator(CampaignProperties.defaults());
    private final TermsJson json = new TermsJson(JSON);

    private CampaignTerms richBargain() {
        Map<String, Object> request = with(bargain(), "minCutCents", 10);
        request.put("minAssists", 20);
        request.put("description", "每人限领一只。");
        request.put("taskLifetime", "PT24H");
        request.put("claimWindow", "P7D");
        request.put("minInitiatorAccountAge", "P7D");
        request.put("minHelperAccountAge", "PT12H");
        request.put("expiryOption", "BUY_AT_CURRENT_PRICE");
        request.put(
                "limits",
                Map.of(
                        "maxActiveTasksPerUser", 2,
                        "maxSuccessesPerUser", 3,
                        "helperDailyLimit", 5,
                        "helperCampaignLimit", 8,
                        "helperInitiatorLimit", 2));
        return validator.validate(request(request), NOW);
    }

    private RulesPage page(CampaignTerms terms, RulesLanguage lang) {
        return new RulesPageWriter(SHANGHAI).write(ID, 3, terms, json.write(terms), PUBLISHED, lang);
    }

    @Test
    void theChinesePageHasEverySectionTheRegulationAsksFor() {
        RulesPage page = page(richBargain(), RulesLanguage.ZH_CN);
        assertThat(page.lang()).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("「砍价免费拿：保温杯」活动规则");
        assertThat(page.sections())
                .extracting(RulesPage.Section::heading)
                .containsExactly("一、活动概况", "二、参与条件", "三、奖品与数量", "四、活动时间与期限", "五、领奖条件", "六、任务到期未完成", "七、公开透明承诺");
        assertThat(page.sections()).allSatisfy(s -> assertThat(s.items()).isNotEmpty());
    }

    @Test
    void theChinesePageStatesTheExactFigures() {
        String text = page(richBargain(), RulesLanguage.ZH_CN).text();
        assertThat(text)
                .contains("主办方：互助小店")
                .contains("奖品：不锈钢保温杯一只")
                .contains("从¥99.00砍到¥0.00")
                .contains("共需砍掉¥99.00")
                .contains("共100份")
                .contains("预算共¥9900.00，每发起一个任务预留¥99.00")
                .contains("账号注册满7天")
                .contains("账号注册满12小时")
                .contains("同时进行的任务最多2个，累计最多成功3次")
                .contains("每天最多助力5次（所有活动合计，按北京时间（Asia/Shanghai）的自然日计算，每天0:00重置）")
                .contains("在本活动中最多助力8次")
                .contains("最多为同一位发起人助力2次")
                .contains("活动时间：2030年1月1日 10:00（北京时间，UTC+08:00）至2030年2月1日 00:00（北京时间，UTC+08:00）")
                .contains("发起后24小时内完成")
                .contains("任务成功后须在7天内领取奖品")
                .contains("按到期时已砍到的价格购买")
                .contains("精确到分的剩余金额")
                .contains("每次助力至少砍掉¥0.10")
                .contains("最多需要50次助力即可成功（至少需要20次）")
                .contains("SHA-256")
                .contains("随机种子")
                .contains("没有付费加速")
                .contains("规则版本：第3版，条款SHA-256：" + TermsJson.sha256(json.write(richBargain())))
                .contains("活动说明：每人限领一只。");
    }

    @Test
    void theEnglishPageStatesTheSameFigures() {
        RulesPage page = page(richBargain(), RulesLanguage.EN);
        assertThat(page.lang()).isEqualTo("en");
        assertThat(page.sections())
                .extracting(RulesPage.Section::heading)
                .containsExactly(
                        "Overview",
                        "Who can take part",
                        "Reward and quantity",
                        "Dates and deadlines",
                        "How to claim",
                        "If a task expires",
                        "Our honesty commitments");
        assertThat(page.text())
                .contains("Organiser: 互助小店")
                .contains("from CNY 99.00 to CNY 0.00")
                .contains("Quantity: 100 rewards")
                .contains("budget of CNY 9900.00")
                .contains("at least 7 days old may start a task")
                .contains("at least 12 hours old may assist")
                .contains("at most 2 open tasks")
                .contains("at most 3 successful tasks")
                .contains("at most 5 assists per calendar day across all campaigns; days are counted in"
                        + " Beijing time (Asia/Shanghai)")
                .contains("at most 8 assists on this campaign")
                .contains("the same initiator at most 2 times")
                .contains("from 1 January 2030, 10:00 (Asia/Shanghai, UTC+08:00) until 1 February 2030, 00:00"
                        + " (Asia/Shanghai, UTC+08:00)")
                .contains("within 24 hours of being started")
                .contains("claimed within 7 days")
                .contains("buy the item at the price reached so far")
                .contains("exact amount left, to the cent")
                .contains("at least CNY 0.10")
                .contains("at most 50 assists to succeed (at least 20)")
                .contains("SHA-256 hash")
                .contains("seed behind it is revealed")
                .contains("no paid boosts")
                .contains("Rules version 3");
    }

    @Test
    void theTextIsTheWholePage() {
        RulesPage page = page(richBargain(), RulesLanguage.ZH_CN);
        assertThat(page.text()).startsWith(page.title() + "\n");
        page.sections().forEach(section -> {
            assertThat(page.text()).contains(section.heading());
            section.items().forEach(item -> assertThat(page.text()).contains(item));
        });
        assertThat(page.termsHash()).isEqualTo(TermsJson.sha256(page.canonicalTerms()));
        assertThat(page.campaignId()).isEqualTo(ID);
        assertThat(page.version()).isEqualTo(3);
        assertThat(page.publishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void defaultsReadAsNoRestriction() {
        CampaignTerms terms = validator.validate(request(cashTarget()), NOW);
        String zh = page(terms, RulesLanguage.ZH_CN).text();
        assertThat(zh)
                .contains("对注册时长没有要求")
                .contains("每位用户每天的助力次数不设上限")
                .contains("累计满¥20.00即可提现")
                .contains("不能获得奖品")
                .contains("恰好需要30次助力即可成功")
                .contains("每次助力至少砍掉¥0.01");
        String en = page(terms, RulesLanguage.EN).text();
        assertThat(en)
                .contains("there is no minimum account age")
                .contains("There is no daily limit on assists")
                .contains("reaches CNY 20.00")
                .contains("ends without a reward");
    }

    @Test
    void anAssistCountCampaignCountsAssistsNotCents() {
        CampaignTerms terms = validator.validate(request(assistCount()), NOW);
        String zh = page(terms, RulesLanguage.ZH_CN).text();
        assertThat(zh)
                .contains("集满5次好友助力")
                .contains("奖品价值¥18.00")
                .contains("恰好需要5次助力")
                .doesNotContain("精确到分");
        assertThat(page(terms, RulesLanguage.EN).text())
                .contains("exactly 5 assists")
                .contains("worth CNY 18.00");
    }

    @Test
    void aCouponIsWorthWhatWasCollected() {
        CampaignTerms terms = validator.validate(request(with(cashTarget(), "expiryOption", "COUPON")), NOW);
        assertThat(page(terms, RulesLanguage.ZH_CN).text()).contains("优惠券，面值等于到期时已累计的金额");
        assertThat(page(terms, RulesLanguage.EN).text()).contains("coupon worth the amount collected so far");
    }

    @Test
    void timesFollowTheConfiguredZone() {
        CampaignTerms terms = validator.validate(request(bargain()), NOW);
        RulesPage page = new RulesPageWriter(ZoneId.of("Europe/Berlin"))
                .write(ID, 1, terms, json.write(terms), PUBLISHED, RulesLanguage.EN);
        assertThat(page.text())
                .contains("from 1 January 2030, 03:00 (Europe/Berlin, UTC+01:00)")
                .contains("All times on this page are in Europe/Berlin time.");
    }

    @Test
    void aDryRunIsMarkedAsAPreview() {
        CampaignTerms terms = validator.validate(request(bargain()), NOW);
        RulesPage page =
                new RulesPageWriter(SHANGHAI).write(null, null, terms, json.write(terms), null, RulesLanguage.ZH_CN);
        assertThat(page.text()).contains("规则预览（尚未发布）");
        assertThat(page.campaignId()).isNull();
    }

    @Test
    void formatsMoneyWithoutRounding() {
        RulesFormat zh = RulesFormat.chinese(SHANGHAI);
        RulesFormat en = RulesFormat.english(SHANGHAI);
        assertThat(zh.money(1234)).isEqualTo("¥12.34");
        assertThat(zh.money(5)).isEqualTo("¥0.05");
        assertThat(en.money(1234)).isEqualTo("CNY 12.34");
        assertThat(en.money(100_000_000_000L)).isEqualTo("CNY 1000000000.00");
    }

    /** Issue 11, finding 2: a time stored before validation bounded it still prints (as UTC) instead of failing. */
    @Test
    void aTimeBeyondWhatADatePrintsStillPrints() {
        java.time.Instant far = java.time.Instant.parse("+1000000000-01-01T00:00:00Z");
        assertThat(RulesFormat.chinese(SHANGHAI).time(far))
                .contains("1000000000")
                .contains("UTC");
        assertThat(RulesFormat.english(SHANGHAI).time(java.time.Instant.MIN)).contains("UTC");
    }

    @Test
    void formatsDurationsInWords() {
        RulesFormat zh = RulesFormat.chinese(SHANGHAI);
        RulesFormat en = RulesFormat.english(SHANGHAI);
        assertThat(zh.duration(java.time.Duration.ofHours(24))).isEqualTo("24小时");
        assertThat(zh.duration(java.time.Duration.ofDays(7))).isEqualTo("7天");
        assertThat(zh.duration(java.time.Duration.ofMinutes(90))).isEqualTo("1小时30分钟");
        assertThat(en.duration(java.time.Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(en.duration(java.time.Duration.parse("P3DT2H"))).isEqualTo("3 days 2 hours");
    }

    @Test
    void resolvesTheLanguage() {
        assertThat(RulesLanguage.resolve(null, null)).isEqualTo(RulesLanguage.ZH_CN);
        assertThat(RulesLanguage.resolve("en", "zh-CN")).isEqualTo(RulesLanguage.EN);
        assertThat(RulesLanguage.resolve(null, "en-US,en;q=0.9")).isEqualTo(RulesLanguage.EN);
        assertThat(RulesLanguage.resolve(null, "fr-FR, en;q=0.5")).isEqualTo(RulesLanguage.EN);
        assertThat(RulesLanguage.resolve(null, "zh-TW")).isEqualTo(RulesLanguage.ZH_CN);
        assertThat(RulesLanguage.resolve(null, "fr-FR")).isEqualTo(RulesLanguage.ZH_CN);
        assertThat(RulesLanguage.resolve(null, ";;;")).isEqualTo(RulesLanguage.ZH_CN);
    }
}
