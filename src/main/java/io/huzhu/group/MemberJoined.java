package io.huzhu.group;

import io.huzhu.risk.JoinSignal;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member became active in a group (joined directly, or was approved). {@code invitedBy} is the member whose
 * invitation link was used, when the link named one who is a member (join chains, for risk control);
 * {@code approvedBy} the admin who approved a join request (null for a direct join), so the member can be told.
 */
public record MemberJoined(
        GroupId groupId,
        UserId userId,
        Instant at,
        @Nullable UserId invitedBy,
        @Nullable UserId approvedBy) implements JoinSignal {

    public MemberJoined(GroupId groupId, UserId userId, Instant at, @Nullable UserId invitedBy) {
        this(groupId, userId, at, invitedBy, null);
    }
}
