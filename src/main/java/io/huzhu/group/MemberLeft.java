package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** A member is no longer active in a group: left, kicked or banned. */
public record MemberLeft(GroupId groupId, UserId userId, Reason reason, Instant at) {

    public enum Reason {
        LEFT,
        KICKED,
        BANNED
    }
}
