package io.huzhu.safety;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one link. When allowed, {@code normalised} is the link to store and show (it is parsed
 * once, here, and never again); when refused, {@code reason} is a stable code and {@code explanation} says why.
 */
public record LinkVerdict(
        boolean allowed,
        @Nullable String normalised,
        @Nullable String registrableDomain,
        @Nullable String reason,
        @Nullable String explanation) {

    static LinkVerdict allow(String normalised, String domain) {
        return new LinkVerdict(true, normalised, domain, null, null);
    }

    static LinkVerdict refuse(String reason, String explanation) {
        return new LinkVerdict(false, null, null, reason, explanation);
    }
}
