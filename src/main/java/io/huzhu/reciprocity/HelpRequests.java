package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;

/**
 * What the feed asks of reciprocity when a member posts a help request. Both calls run in the caller's transaction.
 */
public interface HelpRequests {

    /**
     * Refuses with a {@code HuzhuException} (codes {@code POLICY_HELP_FIRST}, {@code POLICY_DAILY_POSTS}) when the
     * group's posting policy does not let this member post a help request now; the detail says what to do.
     */
    void checkMayPost(GroupId group, UserId requester);

    /** Registers the open help request of a help post. */
    void open(HelpRequestDraft draft);
}
