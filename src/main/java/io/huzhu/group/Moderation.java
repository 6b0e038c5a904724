package io.huzhu.group;

import io.huzhu.identity.Accounts;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the owner and admins do to members. Each action checks {@link Authority} against the target's current role
 * and changes the row conditionally, so repeating an action is harmless.
 */
@Component
class Moderation {

    private final GroupService access;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(
            GroupService access,
            GroupRepository groups,
            MemberRepository members,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void promote(GroupId id, UserId actor, UserId target) {
        MemberRow row = activeTarget(id, actor, target, MemberAction.PROMOTE);
        members.setRole(id, target, row.role(), GroupRole.ADMIN);
    }

    @Transactional
    void demote(GroupId id, UserId actor, UserId target) {
        MemberRow row = activeTarget(id, actor, target, MemberAction.DEMOTE);
        members.setRole(id, target, row.role(), GroupRole.MEMBER);
    }

    /** The target becomes owner; the previous owner stays on as an admin. */
    @Transactional
    void transferOwnership(GroupId id, UserId actor, UserId target) {
        MemberRow row = activeTarget(id, actor, target, MemberAction.TRANSFER_OWNERSHIP);
        if (!members.setRole(id, actor, GroupRole.OWNER, GroupRole.ADMIN)
                || !members.setRole(id, target, row.role(), GroupRole.OWNER)) {
            throw HuzhuException.of(ErrorCode.GROUP_ROLE_REQUIRED);
        }
        groups.setOwner(id, target);
    }

    @Transactional
    Instant mute(GroupId id, UserId actor, UserId target, Duration duration, String reason, @Nullable UUID auditId) {
        activeTarget(id, actor, target, MemberAction.MUTE);
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        members.mute(id, target, until, reason);
        sanctioned(id, target, actor, MemberSanctioned.Kind.MUTE, reason, until, auditId, now);
        return until;
    }

    @Transactional
    void unmute(GroupId id, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        activeTarget(id, actor, target, MemberAction.UNMUTE);
        members.mute(id, target, null, null);
        sanctioned(id, target, actor, MemberSanctioned.Kind.UNMUTE, reason, null, auditId, clock.instant());
    }

    /** Removes the member; they may join again. */
    @Transactional
    void kick(GroupId id, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        activeTarget(id, actor, target, MemberAction.KICK);
        if (members.delete(id, target, MemberStatus.ACTIVE)) {
            Instant now = clock.instant();
            groups.freeSeat(id);
            sanctioned(id, target, actor, MemberSanctioned.Kind.KICK, reason, null, auditId, now);
            events.publishEvent(new MemberLeft(id, target, MemberLeft.Reason.KICKED, actor, now));
        }
    }

    /** Removes the member (or applicant) and refuses them from now on; also bans a former member pre-emptively. */
    @Transactional
    void ban(GroupId id, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        MemberRow row = checked(id, actor, target, MemberAction.BAN);
        Instant now = clock.instant();
        boolean banned;
        boolean left = false;
        if (row == null) {
            if (accounts.find(target).isEmpty()) {
                throw HuzhuException.of(ErrorCode.MEMBER_NOT_FOUND);
            }
            banned = members.insertBanned(id, target, reason, now);
        } else if (row.status() == MemberStatus.PENDING) {
            banned = members.ban(id, target, MemberStatus.PENDING, reason);
        } else if (row.isActive()) {
            banned = members.ban(id, target, MemberStatus.ACTIVE, reason);
            left = banned;
        } else {
            banned = false;
        }
        if (banned) {
            sanctioned(id, target, actor, MemberSanctioned.Kind.BAN, reason, null, auditId, now);
        }
        if (left) {
            groups.freeSeat(id);
            events.publishEvent(new MemberLeft(id, target, MemberLeft.Reason.BANNED, actor, now));
        }
    }

    /** Lifts a ban; the user may join again. Unbanning someone who is not banned changes nothing. */
    @Transactional
    void unban(GroupId id, UserId actor, UserId target, String reason, @Nullable UUID auditId) {
        checked(id, actor, target, MemberAction.UNBAN);
        if (members.delete(id, target, MemberStatus.BANNED)) {
            sanctioned(id, target, actor, MemberSanctioned.Kind.UNBAN, reason, null, auditId, clock.instant());
        }
    }

    private void sanctioned(
            GroupId id,
            UserId target,
            UserId actor,
            MemberSanctioned.Kind kind,
            String reason,
            @Nullable Instant until,
            @Nullable UUID auditId,
            Instant at) {
        events.publishEvent(new MemberSanctioned(id, target, actor, kind, reason, until, auditId, at));
    }

    private MemberRow activeTarget(GroupId id, UserId actor, UserId target, MemberAction action) {
        MemberRow row = checked(id, actor, target, action);
        if (row == null || !row.isActive()) {
            throw HuzhuException.of(ErrorCode.MEMBER_NOT_FOUND);
        }
        return row;
    }

    /** Checks the actor may do this to the target; returns the target's row, if any. */
    private @Nullable MemberRow checked(GroupId id, UserId actor, UserId target, MemberAction action) {
        Membership me = access.member(id, actor);
        MemberRow row = members.find(id, target).orElse(null);
        GroupRole targetRole = row != null && row.isActive() ? row.role() : null;
        Authority.check(actor, me.role(), target, targetRole, action);
        return row;
    }
}
