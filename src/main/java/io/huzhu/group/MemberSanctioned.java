package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An admin or the owner sanctioned a member, or lifted a sanction: who did what to whom, why, until when (a mute),
 * and the audit entry the caller already wrote for it ({@code auditId}, null when the sanction came through the group's
 * own endpoints and the audit log still has to record it). Every sanction, whatever the door, publishes exactly one.
 */
public record MemberSanctioned(
        GroupId groupId,
        UserId userId,
        UserId actorId,
        Kind kind,
        String reason,
        @Nullable Instant until,
        @Nullable UUID auditId,
        Instant at) {

    public enum Kind {
        MUTE,
        UNMUTE,
        KICK,
        BAN,
        UNBAN
    }
}
