package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one door for member sanctions, used by the group's member endpoints and by other modules (moderation's
 * actions and warn ladder, appeals) alike, with the same role rules: the actor must be an admin or the owner, cannot
 * act on themselves, and admins cannot act on the owner or other admins. Every sanction publishes one
 * {@link MemberSanctioned} with the actor and the reason; {@code auditId} names the audit entry a caller already wrote
 * for it, so the audit log records each sanction once, from facts.
 */
@Service
public class MemberSanctions {

    private final Moderation moderation;

    MemberSanctions(Moderation moderation) {
        this.moderation = moderation;
    }

    public Instant mute(
            GroupId group, UserId actor, UserId target, Duration duration, String reason, @Nullable UUID auditId) {
        return moderation.mute(group, actor, target, duration, reason, auditId);
    }

    public void unmute(GroupId group, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        moderation.unmute(group, actor, target, reason, auditId);
    }

    public void kick(GroupId group, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        moderation.kick(group, actor, target, reason, auditId);
    }

    public void ban(GroupId group, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        moderation.ban(group, actor, target, reason, auditId);
    }

    public void unban(GroupId group, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        moderation.unban(group, actor, target, reason, auditId);
    }
}
