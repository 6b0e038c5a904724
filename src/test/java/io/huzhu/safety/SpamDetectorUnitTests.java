package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpamDetectorUnitTests {

    private final MutableClock clock = new MutableClock();
    private final SampleStore store = SampleStore.inMemory();
    private final SpamDetector detector = new SpamDetector(store, clock);
    private final GroupId group = new GroupId(UUID.randomUUID());
    private final UserId author = new UserId(UUID.randomUUID());

    private List<String> rules(String text) {
        return detector.find(text, ScreenContext.plain("MESSAGE")).stream()
                .map(Finding::rule)
                .toList();
    }

    private ScreenContext in(int previousMessages, boolean newMember) {
        return new ScreenContext("MESSAGE", group, author, Set.of(), previousMessages, newMember);
    }

    @ParameterizedTest
    @ValueSource(strings = {"代砍", "有偿", "刷单", "代刷", "互刷", "付费助力", "收费砍"})
    void paidAssistPhrasesAreHeld(String phrase) {
        List<Finding> findings = detector.find("大家好，" + phrase + "了解一下", ScreenContext.plain("MESSAGE"));
        assertThat(findings).extracting(Finding::type).contains(FindingType.PAID_ASSIST);
        Finding f = findings.stream()
                .filter(x -> x.type() == FindingType.PAID_ASSIST)
                .findFirst()
                .orElseThrow();
        assertThat(f.action()).isEqualTo(Action.HOLD);
        assertThat(f.start()).isEqualTo(4);
        assertThat(f.end()).isEqualTo(4 + phrase.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"加V", "加微信", "加我微信", "私聊", "私信我", "加群", "扫码进群"})
    void contactLuresAreAds(String phrase) {
        assertThat(rules("福利来了" + phrase + "领取")).contains("CONTACT_LURE");
    }

    @Test
    void joinGroupAndPrivateChatNeedALure() {
        assertThat(rules("加群领红包")).contains("CONTACT_LURE");
        assertThat(rules("想要免单的加群 12345678")).contains("CONTACT_LURE");
        assertThat(rules("新人刚加群，求助力")).isEmpty();
        assertThat(rules("有需要私聊")).contains("CONTACT_LURE");
        assertThat(rules("有问题私聊群主")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"博彩", "彩票计划", "百家乐", "菠菜平台"})
    void gamblingIsAnAd(String phrase) {
        assertThat(rules("最新" + phrase + "送福利")).contains("GAMBLING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"兼职", "日结", "足不出户", "轻松月入", "刷信誉"})
    void fakeJobsAreAds(String phrase) {
        assertThat(rules("招人：" + phrase + "，详情咨询")).contains("FAKE_JOB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"帮我砍一刀谢谢", "已助力，求回助", "今天的免单活动还有吗", "今天买的菠菜很新鲜", "新人报到，请多关照", "刚帮楼上砍了，麻烦回一下"})
    void ordinaryMessagesPass(String text) {
        assertThat(rules(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"代 砍", "代*砍", "代\u200b砍", "有-偿", "加 V", "加Ｖ", "加ｖ", "＋V", "+v", "加 微 信", "刷.单"})
    void variantsWithSpacesSymbolsAndWidthsMatch(String text) {
        assertThat(rules("你好" + text + "了解下")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"加威信", "加薇信", "加徽信", "威信号多少", "加vx", "加wx"})
    void homophonesOfWeChatAreLures(String text) {
        assertThat(rules(text)).contains("CONTACT_LURE");
    }

    @Test
    void offsetsPointIntoTheOriginalTextThroughInvisibleAndFullWidthCharacters() {
        String text = "看这里\u200b\u200b代\u200b砍，谢谢";
        Finding f = detector.find(text, ScreenContext.plain("MESSAGE")).getFirst();
        assertThat(text.substring(f.start(), f.end())).isEqualTo("代\u200b砍");
    }

    @Test
    void offsetsSurviveCharactersThatNormaliseToSeveral() {
        // ㍿ is one char that NFKC turns into four (株式会社); 😊 is two chars (a surrogate pair)
        String text = "㍿😊代砍";
        Finding f = detector.find(text, ScreenContext.plain("MESSAGE")).getFirst();
        assertThat(f.start()).isEqualTo(3);
        assertThat(f.end()).isEqualTo(5);
    }

    @Test
    void aProhibitionIsNotAnAd() {
        assertThat(rules("本群严禁代砍、刷单，禁止私聊拉人")).isEmpty();
        assertThat(rules("不要错过，兼职日结")).contains("FAKE_JOB");
        assertThat(rules("禁止发广告。代砍私聊")).contains("PAID_ASSIST", "CONTACT_LURE");
    }

    @Test
    void similarToASeedSampleIsSpam() {
        assertThat(rules("专业代砍拼多多一刀到底不成功不收费")).contains("SIMILAR_TO_SPAM");
        assertThat(rules("出售拼多多老号小号新人号，助力号随便砍")).contains("SIMILAR_TO_SPAM");
        assertThat(rules("拼多多今天的活动大家参加了吗")).doesNotContain("SIMILAR_TO_SPAM");
    }

    @Test
    void learnedSpamIsCaughtByItsSimilarityAndPersisted() {
        String spam = "快来看看这个宝藏店铺全场一元起包邮到家";
        assertThat(rules("快来看看这个宝藏店铺，全场一元起，包邮")).isEmpty();
        detector.learnSpam(spam);
        assertThat(rules("快来看看这个宝藏店铺，全场一元起，包邮")).containsExactly("SIMILAR_TO_SPAM");
        assertThat(store.load()).containsExactly(new SampleStore.Sample(SampleStore.Kind.SPAM, spam));

        SpamDetector restarted = new SpamDetector(store, clock);
        assertThat(restarted.find("快来看看这个宝藏店铺全场一元起包邮", ScreenContext.plain("MESSAGE")))
                .extracting(Finding::rule)
                .containsExactly("SIMILAR_TO_SPAM");
    }

    @Test
    void theSimilarityThresholdIsOneHalf() {
        // 17 n-grams each (9 bigrams, 8 trigrams): 11 shared → 0.65, 7 shared → 0.41
        detector.learnSpam("一二三四五六七八九十");
        assertThat(NGrams.of("一二三四五六七甲乙丙").cosine(NGrams.of("一二三四五六七八九十")))
                .isCloseTo(11 / 17.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rules("一二三四五六七甲乙丙")).containsExactly("SIMILAR_TO_SPAM");
        assertThat(rules("一二三四五甲乙丙丁戊")).isEmpty();
    }

    @Test
    void aHamSampleLowersTheSpamScore() {
        String text = "出售拼多多老号小号新人号，助力号随便砍";
        assertThat(rules(text)).contains("SIMILAR_TO_SPAM");
        detector.learnHam(text);
        assertThat(rules(text)).doesNotContain("SIMILAR_TO_SPAM");
        assertThat(store.load()).extracting(SampleStore.Sample::kind).containsExactly(SampleStore.Kind.HAM);
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingType.NEW_MEMBER_RULE, Action.HOLD, 5));
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingType.DUPLICATE, Action.HOLD));
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
