package io.huzhu.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks verification written for the tests from the specification, independently of the production
 * signer ({@code StandardSignature}): any one of the space-separated {@code v1,} signatures must match.
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {}

    static boolean verifies(String secret, WebhookReceiver.Received r) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String content = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        for (String part : r.header("webhook-signature").split(" ")) {
            if (part.equals("v1," + expected)) {
                return true;
            }
        }
        return false;
    }
}
