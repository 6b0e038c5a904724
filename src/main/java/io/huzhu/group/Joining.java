package io.huzhu.group;

import io.huzhu.identity.Accounts;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.ShortCodes;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Previewing by invite code, joining, approving or rejecting applicants, and leaving. */
@Component
class Joining {

    private static final int MAX_REQUESTS = 200;

    private final GroupService access;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Joining(
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

    @Transactional(readOnly = true)
    GroupViews.Preview preview(String inviteCode) {
        GroupRow row = byCode(inviteCode);
        List<MemberRow> moderators = members.moderators(row.id());
        Map<UserId, String> names =
                accounts.displayNames(moderators.stream().map(MemberRow::userId).toList());
        List<GroupViews.Moderator> admins = moderators.stream()
                .map(m -> new GroupViews.Moderator(m.userId(), names.getOrDefault(m.userId(), ""), m.role()))
                .toList();
        return new GroupViews.Preview(
                row.id(),
                row.name(),
                row.description(),
                row.rules(),
                row.rulesVersion(),
                row.rulesHash(),
                row.memberCount(),
                row.capacity(),
                row.joinApproval(),
                admins,
                row.createdAt());
    }

    /**
     * Joins by invite code after acknowledging the current rules. Asking again while pending answers the same;
     * the seat is taken last, so a full group rolls the whole join back.
     */
    @Transactional
    GroupViews.JoinResult join(UserId user, String inviteCode, boolean acceptRules, @Nullable UserId invitedBy) {
        if (!acceptRules) {
            throw HuzhuException.invalid(
                    List.of(new FieldError("acceptRules", "REQUIRED", "Read and accept the group rules to join")));
        }
        GroupRow row = byCode(inviteCode);
        Instant now = clock.instant();
        MemberStatus status = row.joinApproval() ? MemberStatus.PENDING : MemberStatus.ACTIVE;
        var consent = new MemberRepository.Consent(row.rulesVersion(), row.rulesHash(), now);
        if (!members.insert(row.id(), user, GroupRole.MEMBER, status, consent)) {
            MemberRow existing = members.find(row.id(), user).orElseThrow();
            return switch (existing.status()) {
                case BANNED -> throw HuzhuException.of(ErrorCode.BANNED_FROM_GROUP);
                case ACTIVE -> throw HuzhuException.of(ErrorCode.ALREADY_MEMBER);
                case PENDING -> new GroupViews.JoinResult(row.id(), MemberStatus.PENDING, existing.role());
            };
        }
        if (status == MemberStatus.ACTIVE) {
            takeSeat(row.id());
            UserId inviter = invitedBy != null
                            && !invitedBy.equals(user)
                            && members.find(row.id(), invitedBy)
                                    .filter(m -> m.status() == MemberStatus.ACTIVE)
                                    .isPresent()
                    ? invitedBy
                    : null;
            events.publishEvent(new MemberJoined(row.id(), user, now, inviter));
        }
        return new GroupViews.JoinResult(row.id(), status, GroupRole.MEMBER);
    }

    @Transactional(readOnly = true)
    List<GroupViews.JoinRequest> requests(GroupId id, UserId caller) {
        access.moderator(id, caller);
        List<MemberRow> pending = members.withStatus(id, MemberStatus.PENDING, MAX_REQUESTS);
        Map<UserId, String> names =
                accounts.displayNames(pending.stream().map(MemberRow::userId).toList());
        return pending.stream()
                .map(m -> new GroupViews.JoinRequest(m.userId(), names.getOrDefault(m.userId(), ""), m.requestedAt()))
                .toList();
    }

    @Transactional
    GroupViews.JoinResult approve(GroupId id, UserId caller, UserId applicant) {
        access.moderator(id, caller);
        Instant now = clock.instant();
        if (!members.activate(id, applicant, now)) {
            throw HuzhuException.of(ErrorCode.JOIN_REQUEST_NOT_FOUND);
        }
        takeSeat(id);
        events.publishEvent(new MemberJoined(id, applicant, now, null, caller));
        return new GroupViews.JoinResult(id, MemberStatus.ACTIVE, GroupRole.MEMBER);
    }

    @Transactional
    void reject(GroupId id, UserId caller, UserId applicant) {
        access.moderator(id, caller);
        if (!members.delete(id, applicant, MemberStatus.PENDING)) {
            throw HuzhuException.of(ErrorCode.JOIN_REQUEST_NOT_FOUND);
        }
    }

    @Transactional
    void leave(GroupId id, UserId caller) {
        Membership me = access.member(id, caller);
        if (me.role() == GroupRole.OWNER) {
            throw HuzhuException.of(ErrorCode.OWNER_CANNOT_LEAVE);
        }
        if (members.delete(id, caller, MemberStatus.ACTIVE)) {
            groups.freeSeat(id);
            events.publishEvent(new MemberLeft(id, caller, MemberLeft.Reason.LEFT, caller, clock.instant()));
        }
    }

    private void takeSeat(GroupId id) {
        if (!groups.takeSeat(id)) {
            throw HuzhuException.of(ErrorCode.GROUP_FULL);
        }
    }

    private GroupRow byCode(String inviteCode) {
        return groups.findByInviteCode(ShortCodes.normalise(inviteCode))
                .orElseThrow(() -> HuzhuException.of(ErrorCode.INVITE_CODE_INVALID));
    }
}
