package io.huzhu.risk.detect;

import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What is known of an account's registration: when, and from which device, address and network (hashed). */
public record AccountFacts(
        UserId id,
        @Nullable Instant registeredAt,
        @Nullable String device,
        @Nullable String address,
        @Nullable String network) {}
