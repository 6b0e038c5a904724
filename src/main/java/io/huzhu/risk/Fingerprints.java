package io.huzhu.risk;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.net.InetAddresses;
import io.huzhu.shared.ClientInfo;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a raw device id and IP address into a {@link Fingerprint}: keyed SipHash-2-4 (a fast pseudo-random function
 * made for hashing untrusted input under a secret key), so equal values can be matched without keeping them, and
 * someone who reads the database cannot test a guessed address without the key. The key is made once per
 * installation and kept in {@code risk_key}, so every node and every restart hashes alike.
 */
@Component
class Fingerprints {

    private final HashFunction hash;

    @Autowired
    Fingerprints(JdbcClient jdbc, Clock clock) {
        this.hash = sipHash(loadKey(jdbc, clock));
    }

    private Fingerprints(HashFunction hash) {
        this.hash = hash;
    }

    /** With a given 16-byte key (tests, the fraud simulator). */
    static Fingerprints withKey(byte[] key) {
        return new Fingerprints(sipHash(key));
    }

    private static HashFunction sipHash(byte[] key) {
        var buffer = java.nio.ByteBuffer.wrap(key);
        return Hashing.sipHash24(buffer.getLong(), buffer.getLong());
    }

    Fingerprint of(ClientInfo client) {
        String address = client.address();
        InetAddress ip = parse(address);
        return new Fingerprint(
                client.deviceId() == null ? null : hash("d:" + client.deviceId()),
                ip == null ? null : hash("a:" + InetAddresses.toAddrString(ip)),
                ip == null ? null : network(ip));
    }

    private String hash(String value) {
        return hash.hashString(value, StandardCharsets.UTF_8).toString();
    }

    /** The /24 of an IPv4 address or the /64 of an IPv6 one, in CIDR notation. */
    static String network(InetAddress ip) {
        byte[] bytes = ip.getAddress();
        if (ip instanceof Inet4Address) {
            return (bytes[0] & 0xFF) + "." + (bytes[1] & 0xFF) + "." + (bytes[2] & 0xFF) + ".0/24";
        }
        byte[] prefix = new byte[16];
        System.arraycopy(bytes, 0, prefix, 0, 8);
        try {
            return InetAddresses.toAddrString(Inet6Address.getByAddress(prefix)) + "/64";
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A network shown to people: the last kept part replaced by a star ({@code 203.0.113.*}, {@code 2001:db8:1:*}). */
    static String masked(String network) {
        if (network.endsWith(".0/24")) {
            return network.substring(0, network.length() - ".0/24".length()) + ".*";
        }
        String head = network.endsWith("::/64") ? network.substring(0, network.length() - "::/64".length()) : network;
        int cut = head.lastIndexOf(':');
        return (cut > 0 ? head.substring(0, cut) : head) + ":*";
    }

    /** A device shown to people: never the id, only the last four characters of its hash. */
    static String maskedDevice(String device) {
        return "…" + device.substring(Math.max(0, device.length() - 4));
    }

    private static @Nullable InetAddress parse(@Nullable String address) {
        if (address == null || address.isBlank() || !InetAddresses.isInetAddress(address.strip())) {
            return null;
        }
        // An IPv4-mapped IPv6 literal (::ffff:203.0.113.7) comes back as the IPv4 address.
        return InetAddresses.forString(address.strip());
    }

    private static byte[] loadKey(JdbcClient jdbc, Clock clock) {
        byte[] fresh = new byte[16];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into risk_key (id, secret, created_at) values (1, :secret, :at) on conflict do nothing")
                .param("secret", HexFormat.of().formatHex(fresh))
                .param("at", io.huzhu.shared.Sql.ts(clock.instant()))
                .update();
        String secret = jdbc.sql("select secret from risk_key where id = 1")
                .query(String.class)
                .single();
        return HexFormat.of().parseHex(secret);
    }
}
