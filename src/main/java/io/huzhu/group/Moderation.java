package io.huzhu.group;

import io.huzhu.identity.Accounts;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    Instant mute(GroupId id, UserId actor, UserId target, Duration duration, String reason) {
        activeTarget(id, actor, target, MemberAction.MUTE);
        Instant until = clock.instant().plus(duration);
        members.mute(id, target, until, reason);
        events.publishEvent(new MemberMuted(id, target, actor, until, reason));
        return until;
    }

    @Transactional
    void unmute(GroupId id, UserId actor, UserId target) {
        activeTarget(id, actor, target, MemberAction.UNMUTE);
        members.mute(id, target, null, null);
    }

    /** Removes the member; they may join again. */
    @Transactional
    void kick(GroupId id, UserId actor, UserId target) {
        activeTarget(id, actor, target, MemberAction.KICK);
        if (members.delete(id, target, MemberStatus.ACTIVE)) {
            groups.freeSeat(id);
            events.publishEvent(new MemberLeft(id, target, MemberLeft.Reason.KICKED, clock.instant()));
        }
    }

    /** Removes the member (or applicant) and refuses them from now on; also bans a former member pre-emptively. */
    @Transactional
    void ban(GroupId id, UserId actor, UserId target, String reason) {
        MemberRow row = checked(id, actor, target, MemberAction.BAN);
        if (row == null) {
            if (accounts.find(target).isEmpty()) {
                throw HuzhuException.of(ErrorCode.MEMBER_NOT_FOUND);
            }
            members.insertBanned(id, target, reason, clock.instant());
        } else if (row.status() == MemberStatus.PENDING) {
            members.ban(id, target, MemberStatus.PENDING, reason);
        } else if (row.isActive() && members.ban(id, target, MemberStatus.ACTIVE, reason)) {
            groups.freeSeat(id);
            events.publishEvent(new MemberLeft(id, target, MemberLeft.Reason.BANNED, clock.instant()));
        }
    }

    /** Lifts a ban; the user may join again. Unbanning someone who is not banned changes nothing. */
    @Transactional
    void unban(GroupId id, UserId actor, UserId target) {
        checked(id, actor, target, MemberAction.UNBAN);
        members.delete(id, target, MemberStatus.BANNED);
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
