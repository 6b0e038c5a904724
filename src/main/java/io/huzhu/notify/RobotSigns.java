package io.huzhu.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The signatures group robots check, each as its platform publishes it. */
final class RobotSigns {

    private RobotSigns() {}

    /**
     * DingTalk (钉钉, 加签): HMAC-SHA256 keyed with the secret over {@code timestamp_ms + "\n" + secret}, base64, then
     * URL-encoded; sent as the {@code timestamp} and {@code sign} query parameters (valid for an hour).
     */
    static String dingTalk(String secret, long timestampMillis) {
        byte[] mac = StandardSignature.hmac(secret.getBytes(StandardCharsets.UTF_8), timestampMillis + "\n" + secret);
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    /**
     * Feishu (飞书, 签名校验): HMAC-SHA256 keyed with {@code timestamp_s + "\n" + secret} over an empty message,
     * base64; sent as {@code timestamp} and {@code sign} in the JSON body (valid for an hour).
     */
    static String feishu(String secret, long timestampSeconds) {
        byte[] key = (timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(StandardSignature.hmac(key, ""));
    }
}
