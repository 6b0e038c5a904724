package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import io.huzhu.support.MutableClock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyPipelineUnitTests {

    private static final String ID = "11010519491231002X";
    private final MutableClock clock = new MutableClock();
    private final SafetyPipeline pipeline = SafetyFixtures.pipeline(clock);
    private final ScreenContext plain = ScreenContext.plain("MESSAGE");

    private ScreenContext member(UserId author) {
        return new ScreenContext("MESSAGE", new GroupId(UUID.randomUUID()), author, Set.of(), 10, false);
    }

    @Test
    void anOrdinaryMessageIsAllowedAsWritten() {
        Verdict verdict = pipeline.screen("帮我砍一刀谢谢 https://mobile.yangkeduo.com/goods?id=1 😊", plain);
        assertThat(verdict.action()).isEqualTo(Action.ALLOW);
        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.masked()).isEqualTo("帮我砍一刀谢谢 https://mobile.yangkeduo.com/goods?id=1 😊");
    }

    @Test
    void theStrictestActionWins() {
        Verdict masked = pipeline.screen("电话13812345678", plain);
        assertThat(masked.action()).isEqualTo(Action.MASK);

        Verdict held = pipeline.screen("电话13812345678，专业代砍，一刀五毛", plain);
        assertThat(held.action()).isEqualTo(Action.HOLD);
        assertThat(held.findings())
                .extracting(Finding::type)
                .containsExactly(FindingType.PHONE, FindingType.PAID_ASSIST);

        Verdict rejected = pipeline.screen("专业代砍，一刀五毛，身份证" + ID + "，电话13812345678", plain);
        assertThat(rejected.action()).isEqualTo(Action.REJECT);
        assertThat(rejected.findings())
                .extracting(Finding::type)
                .containsExactly(FindingType.PAID_ASSIST, FindingType.ID_CARD, FindingType.PHONE);
    }

    @Test
    void personalDataActionsAreSetByType() {
        Verdict verdict = SafetyFixtures.withFakePii(clock).screen("身份证" + ID + " 电话13812345678", plain);
        assertThat(verdict.findings())
                .extracting(Finding::type, Finding::action)
                .containsExactly(tuple(FindingType.ID_CARD, Action.REJECT), tuple(FindingType.PHONE, Action.MASK));
    }

    @Test
    void offsetsAreInTheOriginalTextAndMaskingKeepsTheRest() {
        // full-width digits and zero-width spaces inside the number: found on the normalised text
        String phone = "１３８\u200b１２３４\u200b５６７８";
        String text = "😊联系：" + phone + "，谢谢";
        Verdict verdict = pipeline.screen(text, plain);
        Finding f = verdict.findings().getFirst();
        assertThat(f.type()).isEqualTo(FindingType.PHONE);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(phone);
        assertThat(verdict.masked()).startsWith("😊联系：").endsWith("，谢谢").isNotEqualTo(text);
        assertThat(verdict.masked().substring(f.start(), f.end()))
                .contains("****")
                .doesNotContain("１２３４");
    }

    @Test
    void aLinkGluedToChineseTextIsExtractedExactly() {
        String text = "点这里https://mobile.evil-duo.com/x快，谢谢";
        Verdict verdict = pipeline.screen(text, plain);
        Finding f = verdict.findings().getFirst();
        assertThat(f.type()).isEqualTo(FindingType.LINK);
        assertThat(f.action()).isEqualTo(Action.HOLD);
        assertThat(f.rule()).isEqualTo("LINK_NOT_ALLOWLISTED");
        assertThat(text.substring(f.start(), f.end())).isEqualTo("https://mobile.evil-duo.com/x");

        assertThat(pipeline.screen("点这里https://mobile.yangkeduo.com/x快", plain).action())
                .isEqualTo(Action.ALLOW);
    }

    @Test
    void fullWidthAndBareLinksAreChecked() {
        String text = "看ｈｔｔｐｓ：／／ｅｖｉｌ．ｃｏｍ／ａ吧";
        Finding f = pipeline.screen(text, plain).findings().getFirst();
        assertThat(text.substring(f.start(), f.end())).isEqualTo("ｈｔｔｐｓ：／／ｅｖｉｌ．ｃｏｍ／ａ");
        assertThat(pipeline.screen("领券去 abc.top/x 吧", plain).findings())
                .extracting(Finding::rule)
                .containsExactly("LINK_NOT_ALLOWLISTED");
        assertThat(pipeline.screen("邮箱 a@qq.com 发我", plain).findings())
                .extracting(Finding::type)
                .containsExactly(FindingType.EMAIL);
    }

    @Test
    void userinfoAndIpTricksAreRejectedUnknownDomainsHeld() {
        assertThat(pipeline.screen("https://pinduoduo.com@evil.example/x", plain)
                        .action())
                .isEqualTo(Action.REJECT);
        assertThat(pipeline.screen("http://192.168.1.1/x", plain).action()).isEqualTo(Action.REJECT);
        assertThat(pipeline.screen("点http://2130706433/x领", plain).findings())
                .extracting(Finding::rule, Finding::action)
                .containsExactly(tuple("LINK_IP_HOST", Action.REJECT));
        assertThat(pipeline.screen("https://unknown-shop.com/x", plain).action())
                .isEqualTo(Action.HOLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "点这里领红包 javascript:alert(document.cookie)",
                "javascript :alert(1)",
                "复制打开 data:text/html;base64,PHNjcmlwdD4=",
                "看 file:///etc/passwd",
                "点我 intent://scan/#Intent;scheme=zxing;package=com.evil;end",
                "打开 weixin://dl/business/?t=abcd",
                "taobao://item.taobao.com/item.htm?id=1",
                "<a href=\"vbscript:msgbox(1)\">点</a>"
            })
    void nonWebSchemesAreRejected(String text) {
        Verdict verdict = pipeline.screen(text, plain);
        assertThat(verdict.action()).as(text).isEqualTo(Action.REJECT);
        assertThat(verdict.findings()).extracting(Finding::rule).contains("LINK_SCHEME");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "砍价神器 kanjia888点com 自己搜",
                "访问 haoquan666。com 领券",
                "网址 abc123 点 cn 打开",
                "点 kanjia[.]vip 查看",
                "free(点)top 领取",
                "see shop-deal dot com",
                "新网址：free-gift．top",
                "访问 mall-discount․com",
                "新站 cheap-deal.jp 看看",
                "看 free-coupon.ru"
            })
    void spelledOutDomainsAreLinksAndHeld(String text) {
        Verdict verdict = pipeline.screen(text, plain);
        assertThat(verdict.action()).as(text).isEqualTo(Action.HOLD);
        assertThat(verdict.findings()).extracting(Finding::type).contains(FindingType.LINK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "晚上8点com活动开始",
                "我点com那个按钮没反应",
                "下午3点cn的快递到了",
                "tel：13800138000",
                "时间 20:30:00，价格 12.5 元",
                "版本 v2.3.1 更新了",
                "今天是5.20"
            })
    void ordinaryTextWithDotsAndColonsHasNoLinks(String text) {
        assertThat(pipeline.screen(text, plain).findings()).as(text).noneMatch(f -> f.type() == FindingType.LINK);
    }

    @Test
    void lookAlikeHostsInvisibleCharactersAndShortenersAreRefused() {
        assertThat(pipeline.screen("https://pinduоduo.com/x", plain).findings())
                .extracting(Finding::rule, Finding::action)
                .containsExactly(tuple("LINK_LOOKALIKE", Action.REJECT));
        assertThat(pipeline.screen("https://j\u200bd.com/x", plain).findings())
                .extracting(Finding::rule, Finding::action)
                .containsExactly(tuple("LINK_INVISIBLE", Action.REJECT));
        assertThat(pipeline.screen("领取 https://t.cn/A6xyz12", plain).findings())
                .extracting(Finding::rule, Finding::action)
                .containsExactly(tuple("LINK_SHORTENER", Action.HOLD));
        assertThat(pipeline.screen("pinduoduo点com/goods 看看", plain).action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void theGroupAllowlistApplies() {
        var context = new ScreenContext("MESSAGE", null, null, Set.of("unknown-shop.com"), 10, false);
        assertThat(pipeline.screen("https://unknown-shop.com/x", context).action())
                .isEqualTo(Action.ALLOW);
    }

    @Test
    void duplicatesAreHeldAndFloodsRejected() {
        ScreenContext context = member(new UserId(UUID.randomUUID()));
        assertThat(pipeline.screen("已助力，求回助", context).action()).isEqualTo(Action.ALLOW);
        clock.advance(Duration.ofSeconds(30));
        assertThat(pipeline.screen("已助力 求回助！", context).findings())
                .extracting(Finding::type)
                .containsExactly(FindingType.DUPLICATE);
        for (int i = 0; i < 8; i++) {
            pipeline.screen("第" + i + "条", context);
        }
        Verdict flood = pipeline.screen("还有一条", context);
        assertThat(flood.action()).isEqualTo(Action.REJECT);
        assertThat(flood.findings()).extracting(Finding::type).containsExactly(FindingType.FLOOD);
    }

    @Test
    void aDryRunDoesNotTouchTheAuthorsMemory() {
        ScreenContext context = member(new UserId(UUID.randomUUID()));
        for (int i = 0; i < 20; i++) {
            assertThat(pipeline.dryRun("已助力，求回助", context).action()).isEqualTo(Action.ALLOW);
        }
        assertThat(pipeline.screen("已助力，求回助", context).action()).isEqualTo(Action.ALLOW);
        assertThat(pipeline.dryRun("已助力，求回助", context).findings())
                .extracting(Finding::type)
                .containsExactly(FindingType.DUPLICATE);
        assertThat(pipeline.screen("已助力，求回助", context).action()).isEqualTo(Action.HOLD);
    }

    @Test
    void learnedSamplesHaveTheirPersonalDataMasked() {
        SampleStore store = SampleStore.inMemory();
        SafetyPipeline learning = SafetyFixtures.pipeline(new SpamDetector(store, clock));
        learning.learnSpam("低价代购，电话13812345678");
        assertThat(store.load()).extracting(SampleStore.Sample::text).containsExactly("低价代购，电话138****5678");
    }
}
