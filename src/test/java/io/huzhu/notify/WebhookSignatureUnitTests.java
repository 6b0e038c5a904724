package io.huzhu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Signatures against values computed independently (Python's hmac module; the first is the Standard Webhooks
 * specification's own example, the second the worked example of docs/notifications.md).
 */
class WebhookSignatureUnitTests {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void matchesTheSpecificationsExample() {
        assertThat(StandardSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void matchesTheWorkedExampleOfTheDocs() {
        String body = "{\"type\":\"member.joined\",\"timestamp\":\"2025-11-30T08:00:00Z\",\"data\":{\"groupId\":"
                + "\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\",\"memberId\":\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c\","
                + "\"approved\":false}}";
        assertThat(StandardSignature.sign(SECRET, "msg_01936b2f4a8c7d9e0f1a2b3c4d5e6f70", 1764489600, body))
                .isEqualTo("v1,NLLo0g9t0kO0aS0SeftdWno6ZVV5rpWdrjoIEePgKLs=");
    }

    @Test
    void newSecretsAreWhsecAnd24RandomBytes() {
        String a = StandardSignature.newSecret();
        assertThat(a).startsWith("whsec_").hasSize("whsec_".length() + 32);
        assertThat(StandardSignature.newSecret()).isNotEqualTo(a);
    }

    @Test
    void dingTalkSignsTimestampNewlineSecretUrlEncoded() {
        assertThat(RobotSigns.dingTalk("SECtest-secret", 1764489600000L))
                .isEqualTo("5vMZJ%2BMNpNfpYbEFKJo2oVJxz12gbJf1ihraQaSXJxk%3D");
    }

    @Test
    void feishuSignsAnEmptyMessageKeyedWithTimestampNewlineSecret() {
        assertThat(RobotSigns.feishu("test-secret", 1764489600L))
                .isEqualTo("TINF+W0K98QkCtNuXj9OxyNdk9ZXvkU2Tq1PztClQcY=");
    }
}
