package io.huzhu.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreType;
import org.jspecify.annotations.Nullable;

/**
 * Where a request came from, as risk control keeps it: {@code device} and {@code address} are keyed hashes (16 hex
 * characters) of the device id and of the IP address; {@code network} is the address's /24 (IPv4) or /64 (IPv6)
 * prefix. Never serialised into events that are stored.
 */
@JsonIgnoreType
public record Fingerprint(
        @Nullable String device,
        @Nullable String address,
        @Nullable String network) {

    public static final Fingerprint NONE = new Fingerprint(null, null, null);
}
