package io.huzhu.moderation;

import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The membership check every moderation endpoint starts with. A non-member (including a banned one) gets the same
 * 404 as for a group that does not exist, so that group ids cannot be probed.
 */
@Component
class ModerationAccess {

    private final Groups groups;

    ModerationAccess(Groups groups) {
        this.groups = groups;
    }

    Optional<Membership> membership(GroupId group, UserId user) {
        return groups.membership(group, user);
    }

    Membership member(GroupId group, UserId user) {
        return membership(group, user).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
    }

    Membership moderator(GroupId group, UserId user) {
        Membership membership = member(group, user);
        if (!membership.canModerate()) {
            throw new HuzhuException(ErrorCode.GROUP_ROLE_REQUIRED, "Only the group's owner and admins may do this");
        }
        return membership;
    }
}
