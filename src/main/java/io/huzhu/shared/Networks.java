package io.huzhu.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The key a client address is counted under by per-address limits. */
public final class Networks {

    private Networks() {}

    /**
     * IPv4 addresses as they are; IPv6 addresses by their /64, which one subscriber holds whole (rotating addresses
     * within it would otherwise reset every counter). Addresses are IP literals from the connection, never names.
     */
    public static String of(@Nullable String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
