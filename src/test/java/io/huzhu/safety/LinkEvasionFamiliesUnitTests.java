package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One example per family of link evasion (written for this test, not taken from a held-out file): each must come
 * out as a link that the policy refuses; and ordinary text with dots, slashes and numbers must not become a link.
 */
class LinkEvasionFamiliesUnitTests {

    private final LinkPolicy policy = SafetyFixtures.links();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "加我领券 quan66 [点] top 速度",
                "打开浏览器：quan66 [点] top",
                "网址：quan66点cn",
                "quan66 （点） top",
                "haoquan【點】vip/x",
                "quan66(DOT)cn/a/1",
                "quan66 dot cn",
                "quan66 . cn/a",
                "quan66丶net丶cn",
                "quan66·top",
                "https://item.taobao.com\\@quan66.top/",
                "http:\\\\quan66.top\\a",
                "//quan66.top/r/1",
                "打开 //quan66.top",
                "https:/quan66.top/r/2",
                "HTTPS:quan66.top",
                "砍一刀 198.51.100.23/r/9",
                "198.51.100.23:8080",
                "http://0x7f.0.0.1/",
                "item.jd.com:8080/1.html",
                "mobile.yangkeduo.com:81/goods.html",
                "is.gd/abc123",
                "x.gd/abc",
                "qr.ae/pv1",
                "t.ly/AbCd",
                "v.ht/xy",
                "juan８８。ｃｏｍ",
            })
    void everyEvasionBecomesARefusedLink(String message) {
        List<LinkExtractor.Link> links =
                LinkExtractor.extract(NormalisedText.of(message).text());
        assertThat(links).as("links in %s", message).isNotEmpty();
        assertThat(links.stream().anyMatch(l -> !policy.check(l.url(), Set.of()).allowed()))
                .as("some link refused in %s: %s", message, links)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "版本号 2.10.1 更新了",
                "下午3点半到，3点com都行", // a number before 点 is not a label
                "1/2 的价格，2024/11/30 截止",
                "比例 1:1，时间 12:30",
                "价格 9.9 元，满 99.5 减 10",
                "main.py 跑不起来",
                "文件 report.docx 发群里了",
                "IP 段 1.2.3 不完整",
                "订单号 2024.1130.8888.12",
                "好的。com 是什么意思",
                "https://mobile.yangkeduo.com/goods.html?goods_id=123 帮砍",
                "//我也不知道",
                "点赞 点 点赞",
                "a / b 都可以",
            })
    void ordinaryTextWithDotsAndSlashesIsNotARefusedLink(String message) {
        List<LinkExtractor.Link> links =
                LinkExtractor.extract(NormalisedText.of(message).text());
        assertThat(links.stream().filter(l -> !policy.check(l.url(), Set.of()).allowed()))
                .as("refused links in %s", message)
                .isEmpty();
    }
}
