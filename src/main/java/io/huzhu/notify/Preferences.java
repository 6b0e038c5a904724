package io.huzhu.notify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.AfterCommit;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import io.huzhu.shared.cluster.ClusterBus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-kind preferences: the kinds a member turned off. Every kind is on until turned off; mandatory kinds stay on.
 * Every assist asks whether its task's owner wants the notice, so the answer is cached; a change empties the entry on
 * this node once it has committed and on the other nodes through the cluster bus, and the entry expires after a
 * minute in case that message was lost.
 */
@Service
class Preferences {

    static final String TOPIC = "invalidate:notification-preferences";
    private final JdbcClient jdbc;
    private final ClusterBus bus;
    private final Cache<UserId, Set<NoticeKind>> cache = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    Preferences(JdbcClient jdbc, ClusterBus bus) {
        this.jdbc = jdbc;
        this.bus = bus;
        bus.follow(TOPIC, member -> cache.invalidate(new UserId(java.util.UUID.fromString(member))));
    }

    Set<NoticeKind> off(UserId member) {
        return cache.get(member, this::read);
    }

    private Set<NoticeKind> read(UserId member) {
        Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
        jdbc.sql("select kind from notification_preference where user_id = :user")
                .param("user", member.value())
                .query(String.class)
                .list()
                .forEach(k -> off.add(NoticeKind.valueOf(k)));
        return java.util.Collections.unmodifiableSet(off);
    }

    boolean wants(UserId member, NoticeKind kind) {
        return kind.mandatory() || !off(member).contains(kind);
    }

    /** Every kind with whether it is on and whether it may be turned off. */
    Map<NoticeKind, Boolean> of(UserId member) {
        Set<NoticeKind> off = off(member);
        Map<NoticeKind, Boolean> all = new LinkedHashMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, !off.contains(kind));
        }
        return all;
    }

    /** Applies the changes given; turning a mandatory kind off is refused and changes nothing. */
    @Transactional
    void set(UserId member, Map<NoticeKind, Boolean> changes) {
        AfterCommit.run(() -> cache.invalidate(member));
        bus.publishAfterCommit(TOPIC, member.value().toString());
        for (var change : changes.entrySet()) {
            if (change.getKey().mandatory() && !change.getValue()) {
                throw new HuzhuException(
                        ErrorCode.NOTIFICATION_KIND_MANDATORY,
                        change.getKey() + " notices cannot be turned off: security and moderation notices are always"
                                + " kept");
            }
        }
        for (var change : changes.entrySet()) {
            jdbc.sql("delete from notification_preference where user_id = :user and kind = :kind")
                    .param("user", member.value())
                    .param("kind", change.getKey().name())
                    .update();
            if (!change.getValue()) {
                jdbc.sql("insert into notification_preference (user_id, kind) values (:user, :kind)")
                        .param("user", member.value())
                        .param("kind", change.getKey().name())
                        .update();
            }
        }
    }
}
