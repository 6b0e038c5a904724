package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Member sanctions for other modules (moderation, appeals), with the same role rules as the member endpoints: the
 * actor must be an admin or the owner, cannot act on themselves, and admins cannot act on the owner or other
 * admins. Each publishes the same events as the endpoints.
 */
@Service
public class MemberSanctions {

    private final Moderation moderation;

    MemberSanctions(Moderation moderation) {
        this.moderation = moderation;
    }

    public Instant mute(GroupId group, UserId actor, UserId target, Duration duration, String reason) {
        return moderation.mute(group, actor, target, duration, reason);
    }

    public void unmute(GroupId group, UserId actor, UserId target) {
        moderation.unmute(group, actor, target);
    }

    public void kick(GroupId group, UserId actor, UserId target) {
        moderation.kick(group, actor, target);
    }

    public void ban(GroupId group, UserId actor, UserId target, String reason) {
        moderation.ban(group, actor, target, reason);
    }

    public void unban(GroupId group, UserId actor, UserId target) {
        moderation.unban(group, actor, target);
    }
}
