package io.huzhu.shared;

import com.fasterxml.jackson.annotation.JsonIgnoreType;
import org.jspecify.annotations.Nullable;

/**
 * Where a request came from: the client's device id ({@code X-Device-Id}, an opaque string of at most 128
 * characters) and its IP address (the direct peer, or the forwarded address behind a trusted proxy). Only the risk
 * gate reads the raw values, and it keeps keyed hashes and the network prefix, never these. The type is never
 * serialised (an event carrying it loses it on the way into the event publication registry) and its
 * {@link #toString()} reveals nothing, so it cannot reach a log by accident.
 */
@JsonIgnoreType
public record ClientInfo(
        @Nullable String deviceId, @Nullable String address) {

    public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

    public static final int MAX_DEVICE_ID = 128;

    @Override
    public String toString() {
        return "ClientInfo[device=" + (deviceId == null ? "none" : "given") + ", address="
                + (address == null ? "none" : "given") + "]";
    }
}
