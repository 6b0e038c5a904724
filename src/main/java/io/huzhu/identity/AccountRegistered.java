package io.huzhu.identity;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member registered. {@code client} is where from (device and address, for risk control); it is handed only to
 * listeners that run in the registering transaction and is dropped when the event is stored, so it is null in a
 * listener that runs later from the event publication registry.
 */
public record AccountRegistered(
        UserId userId, Instant at, @Nullable ClientInfo client) {}
