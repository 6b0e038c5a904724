package io.huzhu.moderation;

import io.huzhu.group.Membership;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A member's trust level in a group, from membership age and this module's own counters. */
@Component
class Trust {

    record View(
            UserId userId,
            int level,
            String label,
            Instant joinedAt,
            long messages,
            @Nullable Instant lastSanctionAt) {}

    private final Counters counters;
    private final TrustLevels levels;
    private final Clock clock;

    Trust(Counters counters, ModerationProperties properties, Clock clock) {
        this.counters = counters;
        this.levels = new TrustLevels(properties);
        this.clock = clock;
    }

    View of(Membership member) {
        Counters.MemberStats stats =
                counters.stats(member.groupId(), member.userId()).orElse(Counters.MemberStats.NONE);
        int level = levels.level(member.joinedAt(), stats.messages(), stats.lastSanctionAt(), clock.instant());
        return new View(
                member.userId(),
                level,
                TrustLevels.label(level),
                member.joinedAt(),
                stats.messages(),
                stats.lastSanctionAt());
    }

    int level(GroupId group, Membership member) {
        return of(member).level();
    }
}
