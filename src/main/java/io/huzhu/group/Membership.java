package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An active membership: the member joined (and was approved where the group requires it) and is neither banned
 * nor gone. A muted member may read but not post until {@code mutedUntil}.
 */
public record Membership(
        GroupId groupId,
        UserId userId,
        GroupRole role,
        Instant joinedAt,
        @Nullable Instant mutedUntil) {

    public boolean isMuted(Instant now) {
        return mutedUntil != null && now.isBefore(mutedUntil);
    }

    public boolean canModerate() {
        return role.canModerate();
    }
}
