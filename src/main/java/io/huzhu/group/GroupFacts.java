package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.List;

/**
 * Facts about a group that other modules may show (for example the group safety score): whether it has rules,
 * how many active members acknowledged the current rules version, and who moderates it.
 */
public record GroupFacts(
        GroupId groupId,
        boolean rulesPresent,
        int rulesVersion,
        int members,
        int acknowledgedCurrentRules,
        List<UserId> moderators) {

    public GroupFacts {
        moderators = List.copyOf(moderators);
    }
}
