package io.huzhu.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1 signatures: {@code webhook-signature} holds {@code v1,<base64 HMAC-SHA256>} over
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"}, keyed with the base64-decoded part of a {@code whsec_} secret.
 * During a rotation the header carries one signature per valid secret, separated by spaces.
 */
final class StandardSignature {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardSignature() {}

    /** A new secret: {@code whsec_} and 24 random bytes in base64 (shown to the owner once). */
    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<signature>} for one secret. */
    static String sign(String secret, String id, long timestampSeconds, String body) {
        String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        byte[] signed = hmac(Base64.getDecoder().decode(key), id + "." + timestampSeconds + "." + body);
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
