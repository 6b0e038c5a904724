package io.huzhu.reciprocity;

import io.huzhu.group.GroupRole;
import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * The membership check every reciprocity endpoint starts with. A non-member (including a banned one) gets the same
 * 404 as for a group that does not exist, so that group ids cannot be probed.
 */
@Component
class GroupAccess {

    private final Groups groups;

    GroupAccess(Groups groups) {
        this.groups = groups;
    }

    Membership member(GroupId group, UserId user) {
        return groups.membership(group, user).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
    }

    Membership moderator(GroupId group, UserId user) {
        Membership membership = member(group, user);
        if (!membership.canModerate()) {
            throw new HuzhuException(ErrorCode.GROUP_ROLE_REQUIRED, "Only the group's owner and admins may do this");
        }
        return membership;
    }

    Membership owner(GroupId group, UserId user) {
        Membership membership = member(group, user);
        if (membership.role() != GroupRole.OWNER) {
            throw new HuzhuException(ErrorCode.GROUP_ROLE_REQUIRED, "Only the group's owner may do this");
        }
        return membership;
    }

    java.util.List<UserId> memberIds(GroupId group) {
        return groups.memberIds(group);
    }

    boolean isActiveMember(GroupId group, UserId user) {
        return groups.membership(group, user).isPresent();
    }
}
