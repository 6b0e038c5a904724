package io.huzhu.feed;

import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Only members read; muted members read only; banned or departed members see nothing (as if no group). */
@Component
class FeedAccess {

    private final Groups groups;
    private final Clock clock;

    FeedAccess(Groups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    Membership reader(GroupId group, UserId user) {
        return groups.membership(group, user).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
    }

    Membership poster(GroupId group, UserId user) {
        Membership membership = reader(group, user);
        if (membership.isMuted(clock.instant())) {
            throw new HuzhuException(
                    ErrorCode.MEMBER_MUTED, "You are muted in this group until " + membership.mutedUntil());
        }
        return membership;
    }
}
