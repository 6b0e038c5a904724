package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One user's row in a group: an active member, a pending applicant or a banned user. */
record MemberRow(
        GroupId groupId,
        UserId userId,
        GroupRole role,
        MemberStatus status,
        Instant requestedAt,
        @Nullable Instant joinedAt,
        @Nullable Instant mutedUntil) {

    boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    Membership asMembership() {
        return new Membership(groupId, userId, role, joinedAt == null ? requestedAt : joinedAt, mutedUntil);
    }
}
