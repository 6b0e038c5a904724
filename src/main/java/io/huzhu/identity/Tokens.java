package io.huzhu.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import io.huzhu.shared.cluster.ClusterBus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens. Only a SHA-256 of each token is stored. Lookups are cached for a short time
 * ({@code huzhu.identity.token-cache-ttl}) because every API call authenticates. A revocation, a ban or a role
 * change drops the cached lookups on this node at once and, through the {@link ClusterBus}, on every other node as
 * soon as it has committed (milliseconds; should a message be lost, within the cache time).
 */
@Service
public class Tokens {

    private static final String PREFIX = "hz_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties properties;
    private final Cache<String, Optional<Holder>> cache;

    private record Holder(CurrentUser user, Instant expiresAt) {}

    public record IssuedToken(String token, Instant expiresAt) {}

    static final String TOPIC = "invalidate:tokens";
    private final ClusterBus bus;

    Tokens(JdbcClient jdbc, Clock clock, IdentityProperties properties, ClusterBus bus) {
        this.bus = bus;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.cache = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(properties.tokenCacheTtl())
                .build();
        bus.follow(TOPIC, this::invalidated);
    }

    /** Another node revoked a token ({@code t <hash>}) or changed an account ({@code u <user id>}). */
    private void invalidated(String message) {
        if (message.startsWith("t ")) {
            cache.invalidate(message.substring(2));
        } else if (message.startsWith("u ")) {
            forgetHere(new UserId(UUID.fromString(message.substring(2))));
        }
    }

    public IssuedToken issue(UserId user, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.tokenTtl());
        jdbc.sql("""
                        insert into api_token (token_hash, user_id, name, created_at, expires_at)
                        values (:hash, :user, :name, :created, :expires)
                        """)
                .param("hash", hash(token))
                .param("user", user.value())
                .param("name", name)
                .param("created", Sql.ts(now))
                .param("expires", Sql.ts(expires))
                .update();
        return new IssuedToken(token, expires);
    }

    /** The user behind a valid (known, unexpired, unrevoked) token. */
    public Optional<CurrentUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Holder> holder = cache.get(hash, this::load);
        return holder.filter(h -> h.expiresAt().isAfter(clock.instant())).map(Holder::user);
    }

    /** One round trip: the token, its account and the account's roles (one row per role). */
    private Optional<Holder> load(String hash) {
        List<Holder> rows = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("""
                        select t.expires_at, u.id, u.username, u.status, u.created_at, r.role
                        from api_token t
                        join app_user u on u.id = t.user_id
                        left join user_role r on r.user_id = u.id
                        where t.token_hash = :hash and t.revoked_at is null
                        """).param("hash", hash).query(rs -> {
            if (rs.getString("role") != null) {
                roles.add(Role.valueOf(rs.getString("role")));
            }
            if (rows.isEmpty()) {
                rows.add(new Holder(
                        new CurrentUser(
                                new UserId(rs.getObject("id", UUID.class)),
                                rs.getString("username"),
                                Set.of(),
                                AccountStatus.valueOf(rs.getString("status")),
                                Sql.requiredInstant(rs, "created_at")),
                        Sql.requiredInstant(rs, "expires_at")));
            }
        });
        return rows.stream()
                .findFirst()
                .map(h -> new Holder(
                        new CurrentUser(
                                h.user().id(),
                                h.user().username(),
                                roles,
                                h.user().status(),
                                h.user().createdAt()),
                        h.expiresAt()));
    }

    public void revoke(String token) {
        String hash = hash(token);
        jdbc.sql("update api_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
                .param("now", Sql.ts(clock.instant()))
                .param("hash", hash)
                .update();
        cache.invalidate(hash);
        bus.publishAfterCommit(TOPIC, "t " + hash);
    }

    void revokeAll(UserId user) {
        jdbc.sql("update api_token set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", Sql.ts(clock.instant()))
                .param("user", user.value())
                .update();
        forget(user);
    }

    /** Drops cached lookups of a user's tokens so that a role or status change shows at once on this node. */
    void forget(UserId user) {
        forgetHere(user);
        bus.publishAfterCommit(TOPIC, "u " + user);
    }

    private void forgetHere(UserId user) {
        cache.asMap()
                .entrySet()
                .removeIf(e -> e.getValue().map(h -> h.user().id().equals(user)).orElse(false));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
