package io.huzhu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundGuardUnitTests {

    static NotifyProperties properties(boolean allowLoopback) {
        return new NotifyProperties(
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                new NotifyProperties.Webhooks(
                        allowLoopback,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        4096,
                        List.of(Duration.ofSeconds(5)),
                        5,
                        Duration.ofHours(24),
                        5,
                        20,
                        Duration.ofSeconds(1),
                        20,
                        "http://localhost:8080"));
    }

    @Test
    void refusesEveryInternalRange() throws Exception {
        for (String address : List.of(
                "127.0.0.1",
                "127.8.8.8",
                "::1",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.100.100.200",
                "0.0.0.0",
                "224.0.0.1",
                "255.255.255.255",
                "198.18.0.1",
                "192.0.2.1",
                "fd00:ec2::254",
                "fc00::1",
                "fe80::1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "2002:a00:1::1",
                "::",
                "ff02::1")) {
            assertThat(AddressRules.refused(InetAddress.getByName(address), false))
                    .as(address)
                    .isTrue();
        }
    }

    @Test
    void allowsPublicAddressesAndLoopbackOnlyWhenTheTestSwitchIsOn() throws Exception {
        for (String address : List.of("93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111")) {
            assertThat(AddressRules.refused(InetAddress.getByName(address), false))
                    .as(address)
                    .isFalse();
        }
        assertThat(AddressRules.refused(InetAddress.getByName("127.0.0.1"), true))
                .isFalse();
        assertThat(AddressRules.refused(InetAddress.getByName("::1"), true)).isFalse();
        assertThat(AddressRules.refused(InetAddress.getByName("10.0.0.1"), true))
                .isTrue();
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedInProduction() {
        var guard = new OutboundGuard(properties(false));
        assertThatThrownBy(() -> guard.check("https://localhost/hook", WebhookFormat.STANDARD))
                .isInstanceOfSatisfying(
                        HuzhuException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WEBHOOK_URL_REFUSED));
        assertThatThrownBy(() -> guard.check("http://localhost/hook", WebhookFormat.STANDARD))
                .isInstanceOf(HuzhuException.class);
    }

    @Test
    void robotsOnlyAtTheirHostsAndOnlyHttps() {
        var guard = new OutboundGuard(properties(false));
        assertThatThrownBy(() -> guard.check("https://93.184.215.14/cgi-bin/webhook/send?key=x", WebhookFormat.WECOM))
                .hasMessageContaining("qyapi.weixin.qq.com");
        assertThatThrownBy(() -> guard.check("http://93.184.215.14/hook", WebhookFormat.STANDARD))
                .hasMessageContaining("HTTPS");
        assertThat(guard.check("https://93.184.215.14/hook", WebhookFormat.STANDARD)
                        .getHost())
                .isEqualTo("93.184.215.14");
    }

    @Test
    void robotUrlsAreShownWithTheirKeysMasked() {
        assertThat(WebhookViews.mask("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=633a31f6-7f9c"))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?…");
        assertThat(WebhookViews.mask("https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07"))
                .isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/…bd07");
    }

    @Test
    void robotTextsStayWithinWecomsLimit() {
        String text = RobotTexts.cut("砍".repeat(2000));
        assertThat(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(RobotTexts.MAX_BYTES);
    }
}
