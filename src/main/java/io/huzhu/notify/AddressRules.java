package io.huzhu.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Addresses an owner-supplied URL may not reach: loopback, private (RFC 1918, IPv6 unique-local), link-local (cloud
 * metadata at 169.254.169.254 and fd00:ec2::254 included), carrier-grade NAT (100.64/10, where Alibaba Cloud's
 * metadata 100.100.100.200 lives), unspecified, multicast, reserved, documentation and benchmarking ranges; IPv6
 * forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by that address.
 */
final class AddressRules {

    private record Block(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Block> BLOCKED = List.of(
            block("0.0.0.0", 8),
            block("10.0.0.0", 8),
            block("100.64.0.0", 10),
            block("127.0.0.0", 8),
            block("169.254.0.0", 16),
            block("172.16.0.0", 12),
            block("192.0.0.0", 24),
            block("192.0.2.0", 24),
            block("192.88.99.0", 24),
            block("192.168.0.0", 16),
            block("198.18.0.0", 15),
            block("198.51.100.0", 24),
            block("203.0.113.0", 24),
            block("224.0.0.0", 4),
            block("240.0.0.0", 4),
            block("::", 127),
            block("100::", 64),
            block("2001::", 32),
            block("2001:db8::", 32),
            block("fc00::", 7),
            block("fe80::", 10),
            block("fec0::", 10),
            block("ff00::", 8));

    private AddressRules() {}

    /** True when the address is one no webhook may reach; loopback is allowed only when {@code allowLoopback}. */
    static boolean refused(InetAddress address, boolean allowLoopback) {
        InetAddress judged = address.isLoopbackAddress() ? address : embeddedIpv4(address);
        if (judged.isLoopbackAddress()) {
            return !allowLoopback;
        }
        byte[] bytes = judged.getAddress();
        return BLOCKED.stream().anyMatch(b -> b.contains(bytes));
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16);
        try {
            if (mapped || nat64 || compatible) {
                return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return Inet4Address.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return address;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Block block(String literal, int bits) {
        try {
            return new Block(InetAddress.getByName(literal).getAddress(), bits);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
