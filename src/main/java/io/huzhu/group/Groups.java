package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask of groups. Every group resource checks the caller's membership through here.
 */
public interface Groups {

    /** The caller's active membership; empty for non-members, pending applicants, banned or departed members. */
    Optional<Membership> membership(GroupId group, UserId user);

    /** Whether the group exists. */
    boolean exists(GroupId group);

    /** Active members' ids (for fan-out and queues); at most the group's capacity. */
    List<UserId> memberIds(GroupId group);

    /** The groups the user is an active member of. */
    List<GroupId> groupsOf(UserId user);

    /**
     * The group's own link allowlist: registrable domains (eTLD+1, lower case) it adds to the platform allowlist.
     */
    Set<String> allowedLinkDomains(GroupId group);

    /** The group behind an invite code, for what a prospective member may see before joining. */
    Optional<GroupId> byInviteCode(String inviteCode);

    /** Rules, acknowledgement and moderator facts; empty when the group does not exist. */
    Optional<GroupFacts> facts(GroupId group);
}
