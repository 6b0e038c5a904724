package io.huzhu.group;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who may act on whom: only the owner promotes, demotes and hands over ownership; admins moderate plain members
 * only; nobody acts on themselves. The role check comes first, so a plain member learns nothing about the target.
 */
final class Authority {

    private Authority() {}

    /**
     * @param targetRole the target's role, or null when the target is not an active member (for example a banned
     *     user being unbanned)
     */
    static void check(
            UserId actor, GroupRole actorRole, UserId target, @Nullable GroupRole targetRole, MemberAction action) {
        if (!actorRole.canModerate() || (action.ownerOnly() && actorRole != GroupRole.OWNER)) {
            throw HuzhuException.of(ErrorCode.GROUP_ROLE_REQUIRED);
        }
        if (actor.equals(target)) {
            throw HuzhuException.of(ErrorCode.NOT_ON_YOURSELF);
        }
        if (targetRole == GroupRole.OWNER || (actorRole == GroupRole.ADMIN && targetRole == GroupRole.ADMIN)) {
            throw HuzhuException.of(ErrorCode.MEMBER_PROTECTED);
        }
    }
}
