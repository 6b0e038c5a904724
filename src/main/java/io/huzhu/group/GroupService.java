package io.huzhu.group;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The group module's answers to other modules, and the access checks of its own endpoints.
 *
 * <p>{@link #membership} is on the hot path of the feed and the queue. It is one primary-key lookup on
 * {@code group_member (group_id, user_id)} and deliberately not cached: a cache would keep a kicked, banned or
 * muted member able to post on other nodes until it expires, and the lookup costs about as much as a cache miss.
 */
@Service
class GroupService implements Groups {

    private final GroupRepository groups;
    private final MemberRepository members;

    GroupService(GroupRepository groups, MemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    @Override
    public Optional<Membership> membership(GroupId group, UserId user) {
        return members.find(group, user).filter(MemberRow::isActive).map(MemberRow::asMembership);
    }

    @Override
    public boolean exists(GroupId group) {
        return groups.exists(group);
    }

    @Override
    public List<UserId> memberIds(GroupId group) {
        return members.activeIds(group);
    }

    @Override
    public List<GroupId> groupsOf(UserId user) {
        return members.activeOf(user).stream().map(MemberRow::groupId).toList();
    }

    @Override
    public Set<String> allowedLinkDomains(GroupId group) {
        return new LinkedHashSet<>(groups.domains(group));
    }

    @Override
    public Optional<GroupId> byInviteCode(String inviteCode) {
        return groups.findByInviteCode(inviteCode).map(GroupRow::id);
    }

    @Override
    public Optional<GroupFacts> facts(GroupId group) {
        return groups.find(group)
                .map(row -> new GroupFacts(
                        row.id(),
                        !row.rules().isBlank(),
                        row.rulesVersion(),
                        row.memberCount(),
                        members.acknowledged(group, row.rulesVersion()),
                        members.moderators(group).stream()
                                .map(MemberRow::userId)
                                .toList()));
    }

    /**
     * The caller's active membership. A banned user is told so; anyone else who is not a member gets the same
     * answer as for a group that does not exist, so member-only resources do not leak existence.
     */
    Membership member(GroupId group, UserId user) {
        MemberRow row = members.find(group, user).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
        if (row.status() == MemberStatus.BANNED) {
            throw HuzhuException.of(ErrorCode.BANNED_FROM_GROUP);
        }
        if (!row.isActive()) {
            throw HuzhuException.of(ErrorCode.GROUP_NOT_FOUND);
        }
        return row.asMembership();
    }

    /** The caller's membership as owner or admin. */
    Membership moderator(GroupId group, UserId user) {
        Membership membership = member(group, user);
        if (!membership.canModerate()) {
            throw HuzhuException.of(ErrorCode.GROUP_ROLE_REQUIRED);
        }
        return membership;
    }

    GroupRow group(GroupId id) {
        return groups.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
    }
}
