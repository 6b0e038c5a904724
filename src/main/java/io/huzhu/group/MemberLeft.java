package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member is no longer active in a group: left, kicked or banned. {@code actorId} is who removed them (the member
 * themself when they left); a kick or ban also publishes {@link MemberSanctioned} with the reason.
 */
public record MemberLeft(
        GroupId groupId,
        UserId userId,
        Reason reason,
        @Nullable UserId actorId,
        Instant at) {

    public enum Reason {
        LEFT,
        KICKED,
        BANNED
    }
}
