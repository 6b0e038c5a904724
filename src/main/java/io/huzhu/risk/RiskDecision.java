package io.huzhu.risk;

import org.jspecify.annotations.Nullable;

/**
 * The inline gate's answer: ALLOW, REVIEW (the assist counts provisionally) or DENY (refused, 403
 * {@code RISK_DENIED}), with the reason code the member can read (see {@link RiskReasons}) and the request's
 * fingerprint, which travels with the assist into the signals.
 */
public record RiskDecision(Outcome outcome, @Nullable String reason, Fingerprint fingerprint) {

    public enum Outcome {
        ALLOW,
        REVIEW,
        DENY
    }

    public static RiskDecision allow(Fingerprint fingerprint) {
        return new RiskDecision(Outcome.ALLOW, null, fingerprint);
    }

    public boolean denied() {
        return outcome == Outcome.DENY;
    }

    public boolean held() {
        return outcome == Outcome.REVIEW;
    }
}
