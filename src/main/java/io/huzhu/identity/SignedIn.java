package io.huzhu.identity;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member signed in (API token or web session). {@code client} as in {@link AccountRegistered}: only for listeners
 * in the signing-in transaction.
 */
public record SignedIn(UserId userId, Instant at, @Nullable ClientInfo client) {}
