package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One example per family of personal-data evasion (written for this test, not taken from a held-out file): the type
 * must be found on the normalised text, and the masked original must not hold the value.
 */
class PiiEvasionFamiliesUnitTests {

    private final PiiDetector detector = new PiiDetector();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WECHAT_ID | 加我\\n微\\n信\\nmumu_0912 聊",
                "WECHAT_ID | V信\\nmumu_mama",
                "WECHAT_ID | 手机：\\n13912345678\\n薇信：\\ntaotao_mama",
                "WECHAT_ID | vx搜 mumu_hz77 备注来意",
                "WECHAT_ID | 微信可找 abc_hz2020",
                "WECHAT_ID | V：m u m u _ 8 8",
                "WECHAT_ID | Ⓥ mumu_hz_913",
                "WECHAT_ID | +v.x：tuantuan_1314",
                "WECHAT_ID | w.x：tuantuan_520",
                "WECHAT_ID | 我的🛰️是 mumu_kanjia",
                "QQ_ID | Q\\n3456\\n78912",
                "QQ_ID | 有事打 139.1234.5678 或者 q 345678912",
                "PHONE | 外卖到了打13912345678放门口",
                "PHONE | 联系𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖",
                "PHONE | 电话 ١٣٩١٢٣٤٥٦٧٨",
                "EMAIL | 邮箱\\nmumu_hz2021\\n@\\n126.com",
                "EMAIL | 邮箱：mumu_hz77 @ sohu . com",
                "EMAIL | 发到 mumu_mama_hz 圈a qq.com",
                "EMAIL | mumu_kj*163.com（*改成@）",
                "EMAIL | 邮箱是 mumu_hz0601 后面加 @gmail.com",
                "EMAIL | mail：mumu_hz [at] sina [dot] com",
                "BANK_CARD | 打到6222021234567890128这张，或者 62220212（接着）34567890128",
                "ID_CARD | 身份证前面是1101051990后面是03070025",
            })
    void everyFamilyIsFound(String type, String escaped) {
        String text = escaped.replace("\\n", "\n");
        NormalisedText normalised = NormalisedText.of(text);
        List<Finding> found = detector.find(normalised.text());
        assertThat(found)
                .as("%s in %s", type, escaped)
                .anyMatch(f -> f.type().name().equals(type));
        List<Finding> mapped = found.stream()
                .map(f -> f.at(normalised.originalStart(f.start()), normalised.originalEnd(f.end())))
                .toList();
        String masked = PiiDetector.mask(text, mapped);
        assertThat(masked)
                .as("masked %s", escaped)
                .doesNotContain("13912345678")
                .doesNotContain("mumu_");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "快递单号 7712345678901 明天到",
                "订单 240101123456789 已付款，数量 3",
                "打开 qq.com 看看新闻",
                "我在163.com注册过",
                "V 领券在哪里",
                "Q 2 季度的活动",
                "尾号 8888 的卡",
                "验证码 123456 别告诉别人",
                "下午 3 点到 5 点，价格 12.5 元",
                "微信 支付 已完成",
            })
    void ordinaryNumbersAndWordsPass(String text) {
        assertThat(detector.find(NormalisedText.of(text).text())).as(text).isEmpty();
    }
}
