package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and setting a group's posting policy: any member may read it, only the owner may change it. */
@Service
class Policies {

    private final PolicyRepository policies;
    private final GroupAccess access;
    private final Clock clock;

    Policies(PolicyRepository policies, GroupAccess access, Clock clock) {
        this.policies = policies;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PostingPolicy get(GroupId group, UserId viewer) {
        access.member(group, viewer);
        return policies.find(group);
    }

    @Transactional
    public PostingPolicy set(GroupId group, UserId owner, PostingPolicy policy) {
        access.owner(group, owner);
        policies.save(group, policy, owner, clock.instant());
        return policies.find(group);
    }
}
