package io.huzhu.notify;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Where a subscription delivers and in which shape. {@code STANDARD}: any HTTPS receiver, JSON signed per Standard
 * Webhooks. The group robots of enterprise chat apps take a text message at their own host, within their published
 * rate limits (WeCom and DingTalk: 20 messages a minute per robot; Feishu: 100 a minute and 5 a second per robot).
 */
enum WebhookFormat {
    STANDARD(Set.of(), List.of()),
    WECOM(Set.of("qyapi.weixin.qq.com"), List.of(new Rate(20, Duration.ofMinutes(1)))),
    DINGTALK(Set.of("oapi.dingtalk.com"), List.of(new Rate(20, Duration.ofMinutes(1)))),
    FEISHU(
            Set.of("open.feishu.cn", "open.larksuite.com"),
            List.of(new Rate(100, Duration.ofMinutes(1)), new Rate(5, Duration.ofSeconds(1))));

    /** At most {@code count} messages per {@code period}. */
    record Rate(int count, Duration period) {}

    private final Set<String> hosts;
    private final List<Rate> rates;

    WebhookFormat(Set<String> hosts, List<Rate> rates) {
        this.hosts = hosts;
        this.rates = rates;
    }

    /** The robot's official hosts; empty for {@code STANDARD} (any public host). */
    Set<String> hosts() {
        return hosts;
    }

    List<Rate> rates() {
        return rates;
    }

    boolean robot() {
        return this != STANDARD;
    }
}
