package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpamDetectorUnitTests {

    private final MutableClock clock = new MutableClock();
    private final SampleStore store = SampleStore.inMemory();
    private final SpamDetector detector = new SpamDetector(store, clock);
    private final GroupId group = new GroupId(UUID.randomUUID());
    private final UserId author = new UserId(UUID.randomUUID());

    private List<Finding> find(String text) {
        return detector.find(text, ScreenContext.plain("MESSAGE"));
    }

    private List<String> rules(String text) {
        return find(text).stream().map(Finding::rule).toList();
    }

    private ScreenContext in(int previousMessages, boolean newMember) {
        return new ScreenContext("MESSAGE", group, author, Set.of(), previousMessages, newMember);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "专业代砍，一刀五毛，私我|PAID_ASSIST",
                "加V领取福利，拉你进内部群|TRAFFIC_DIVERSION",
                "招人：兼职日结，手机就能做|PART_TIME_JOB",
                "最新博彩平台，首充送彩金|GAMBLING",
                "跟着老师炒币，一个月翻倍|INVESTMENT_SCAM",
                "信用卡代还，不看征信，当天下款|LOAN_CASHOUT",
                "出售拼多多老号小号新人号，助力号随便砍|ACCOUNT_TRADING",
                "转发到十个群，截图领红包|FAKE_GIVEAWAY",
                "您好我是客服，您的订单异常需要给您退款|PHISHING",
                "同城约会，寂寞的来聊|ADULT",
                "拉人头返佣金，发展下线月入过万|MLM"
            })
    void adsAreHeldWithTheirCategory(String text, SpamCategory category) {
        Finding f = find(text).getFirst();
        assertThat(f.category()).isEqualTo(category);
        assertThat(f.rule()).isEqualTo("MODEL_" + category.name());
        assertThat(f.type()).isEqualTo(category == SpamCategory.PAID_ASSIST ? FindingType.PAID_ASSIST : FindingType.AD);
        assertThat(f.action()).isEqualTo(Action.HOLD);
        assertThat(f.explanationZh()).contains(category.labelZh()).contains("审核");
        assertThat(f.explanationEn()).contains(category.labelEn()).contains("review");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "帮我砍一刀谢谢",
                "已助力，求回助",
                "今天的免单活动还有吗",
                "今天买的菠菜很新鲜",
                "新人报到，请多关照",
                "刚帮楼上砍了，麻烦回一下",
                "群主说了，有偿助力的一律踢出去",
                "兼职刷单都是骗局，大家别上当",
                "我不需要代砍",
                "本群严禁代砍、刷单，禁止私聊拉人",
                "有问题私聊群主"
            })
    void ordinaryMessagesWarningsAndNegationsPass(String text) {
        assertThat(rules(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"代 砍", "代*砍", "代\u200b砍", "代🔥砍", "代－砍"})
    void separatorsInsideWordsAreIgnored(String written) {
        assertThat(SpamText.of(NormalisedText.of(written + "找我")).text()).isEqualTo("代砍找我");
        assertThat(find(written + "找我，五毛一刀，量大从优")).extracting(Finding::category).contains(SpamCategory.PAID_ASSIST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"加V", "加Ｖ", "＋V", "+v", "➕V", "加薇", "加微", "加威信", "加vx", "加微信"})
    void weChatSpellingsFoldToOneClass(String written) {
        assertThat(SpamText.of(NormalisedText.of(written)).text()).isEqualTo("加" + SpamText.WECHAT);
    }

    @Test
    void qqSpellingsAndDigitsFold() {
        assertThat(SpamText.of(NormalisedText.of("扣扣")).text()).isEqualTo(String.valueOf(SpamText.QQ));
        assertThat(SpamText.of(NormalisedText.of("企鹅")).text()).isEqualTo(String.valueOf(SpamText.QQ));
        assertThat(SpamText.of(NormalisedText.of("🐧群")).text()).isEqualTo(SpamText.QQ + "群");
        assertThat(SpamText.of(NormalisedText.of("一刀5毛，８毛")).text()).isEqualTo("一刀0毛" + SpamText.BREAK + "0毛");
    }

    @Test
    void traditionalCharactersReadAsSimplified() {
        assertThat(SpamText.of(NormalisedText.of("兼職日結")).text()).isEqualTo("兼职日结");
        assertThat(find("招聘兼職，手機就能做，日結工資")).extracting(Finding::category).contains(SpamCategory.PART_TIME_JOB);
    }

    @Test
    void linksAreOneMarkForTheModel() {
        NormalisedText text = NormalisedText.of("帮我砍一刀 https://mobile.yangkeduo.com/goods.html?id=1 谢谢");
        assertThat(SpamText.of(text, LinkExtractor.extract(text.text())).text())
                .isEqualTo("帮我砍一刀" + SpamText.LINK + "谢谢");
    }

    @Test
    void theEvidenceIsReportedWhereItIsWritten() {
        String text = "大家好\u200b\u200b，专业代\u200b砍，一刀五毛";
        Finding f = find(text).getFirst();
        assertThat(f.category()).isEqualTo(SpamCategory.PAID_ASSIST);
        assertThat(f.start()).isBetween(0, text.length() - 1);
        assertThat(f.end()).isBetween(f.start() + 1, text.length());
        assertThat(text.substring(f.start(), f.end())).contains("代\u200b砍");
    }

    @Test
    void shortTextsAreLeftToTheOtherRules() {
        assertThat(rules("+1")).isEmpty();
        assertThat(rules("收到👌")).isEmpty();
    }

    @Test
    void learnedSpamIsCaughtByItsSimilarityAndSurvivesARestart() {
        String spam = "快来看看这个宝藏店铺全场一元起包邮到家";
        assertThat(rules("快来看看这个宝藏店铺，全场一元起，包邮")).isEmpty();
        detector.learnSpam(spam);
        assertThat(rules("快来看看这个宝藏店铺，全场一元起，包邮")).contains("SIMILAR_TO_SPAM");
        assertThat(store.load()).containsExactly(new SampleStore.Sample(SampleStore.Kind.SPAM, spam));

        SpamDetector restarted = new SpamDetector(store, clock);
        assertThat(restarted.find("快来看看这个宝藏店铺全场一元起包邮", ScreenContext.plain("MESSAGE")))
                .extracting(Finding::rule)
                .contains("SIMILAR_TO_SPAM");
    }

    @Test
    void anOverturnedHoldTeachesTheModelAndSurvivesARestart() {
        String text = "低价出售游戏金币，量大优惠";
        assertThat(find(text)).extracting(Finding::type).contains(FindingType.AD);
        detector.learnHam(text);
        assertThat(rules(text)).isEmpty();
        assertThat(store.load()).extracting(SampleStore.Sample::kind).containsExactly(SampleStore.Kind.HAM);

        SpamDetector restarted = new SpamDetector(store, clock);
        assertThat(restarted.find(text, ScreenContext.plain("MESSAGE"))).isEmpty();
    }

    @Test
    void confirmedSpamMovesTheModel() {
        String text = "宝藏店铺全场一元起，今晚八点开抢，手慢无";
        SpamClassifier.Prediction before = detector.classify(text);
        detector.learnSpam(text);
        SpamClassifier.Prediction after = detector.classify(text);
        assertThat(after.spamProbability())
                .isGreaterThan(before.spamProbability())
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void tooManyEmojiInAShortMessage() {
        assertThat(rules("福利🎁🎁🎁🔥🔥🔥")).contains("TOO_MANY_EMOJI");
        assertThat(rules("谢谢🎁🎁🎁🔥🔥")).doesNotContain("TOO_MANY_EMOJI");
        assertThat(rules("长".repeat(150) + "🎁🎁🎁🔥🔥🔥")).doesNotContain("TOO_MANY_EMOJI");
    }

    @Test
    void moreThanThreeMentions() {
        assertThat(rules("@小王 @小李 @小张 @小赵 快来")).contains("TOO_MANY_MENTIONS");
        assertThat(rules("@小王 @小李 @小张 谢谢")).doesNotContain("TOO_MANY_MENTIONS");
        assertThat(rules("a@qq.com b@qq.com c@qq.com d@qq.com")).doesNotContain("TOO_MANY_MENTIONS");
    }

    @Test
    void moreThanTwoLinks() {
        assertThat(rules("https://a.jd.com/1 https://b.jd.com/2 https://c.jd.com/3"))
                .contains("TOO_MANY_LINKS");
        assertThat(rules("https://a.jd.com/1 https://b.jd.com/2")).doesNotContain("TOO_MANY_LINKS");
    }

    @Test
    void aFirstMessageWithALinkIsHeld() {
        String text = "帮我砍一刀https://mobile.yangkeduo.com/x";
        assertThat(detector.find(text, in(0, false)))
                .extracting(Finding::type, Finding::action, Finding::start)
                .containsExactly(tuple(FindingType.NEW_MEMBER_RULE, Action.HOLD, 5));
        assertThat(detector.find(text + "1", in(3, true)))
                .extracting(Finding::type)
                .contains(FindingType.NEW_MEMBER_RULE);
        assertThat(detector.find(text + "2", in(3, false))).isEmpty();
        assertThat(detector.find("帮我砍一刀", in(0, true))).isEmpty();
    }

    @Test
    void theSameTextTwiceWithinTenMinutesIsADuplicate() {
        ScreenContext context = in(5, false);
        assertThat(detector.find("帮我砍一刀谢谢", context)).isEmpty();
        clock.advance(Duration.ofMinutes(9));
        assertThat(detector.find("帮我 砍一刀，谢谢！", context))
                .extracting(Finding::type, Finding::action)
                .containsExactly(tuple(FindingType.DUPLICATE, Action.HOLD));
        clock.advance(Duration.ofMinutes(11));
        assertThat(detector.find("帮我砍一刀谢谢", context)).isEmpty();
        ScreenContext otherAuthor =
                new ScreenContext("MESSAGE", group, new UserId(UUID.randomUUID()), Set.of(), 5, false);
        assertThat(detector.find("帮我砍一刀谢谢", otherAuthor)).isEmpty();
    }

    @Test
    void moreThanTenMessagesAMinuteIsAFlood() {
        ScreenContext context = in(5, false);
        for (int i = 0; i < 10; i++) {
            assertThat(detector.find("第" + i + "条消息内容", context)).isEmpty();
            clock.advance(Duration.ofSeconds(5));
        }
        List<Finding> eleventh = detector.find("第十一条消息内容", context);
        assertThat(eleventh).extracting(Finding::type).containsExactly(FindingType.FLOOD);
        assertThat(eleventh.getFirst().action()).isEqualTo(Action.REJECT);
        assertThat(eleventh.getFirst().explanationEn()).startsWith("Slow down");
        clock.advance(Duration.ofSeconds(60));
        assertThat(detector.find("一分钟后的消息", context)).isEmpty();
    }
}
