package io.huzhu.group;

import io.huzhu.risk.JoinSignal;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member became active in a group (joined directly, or was approved). {@code invitedBy} is the member whose
 * invitation link was used, when the link named one who is a member (join chains, for risk control).
 */
public record MemberJoined(
        GroupId groupId,
        UserId userId,
        Instant at,
        @Nullable UserId invitedBy) implements JoinSignal {}
