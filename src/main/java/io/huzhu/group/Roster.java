package io.huzhu.group;

import io.huzhu.identity.Accounts;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Member lists: a group's members for its members, and a user's own groups. */
@Component
class Roster {

    private final GroupService access;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final Accounts accounts;

    Roster(GroupService access, GroupRepository groups, MemberRepository members, Accounts accounts) {
        this.access = access;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    GroupViews.Page<GroupViews.Member> members(GroupId id, UserId caller, @Nullable UUID cursor, int limit) {
        boolean moderator = access.member(id, caller).canModerate();
        List<MemberRow> rows = members.page(id, cursor, limit);
        Map<UserId, String> names =
                accounts.displayNames(rows.stream().map(MemberRow::userId).toList());
        List<GroupViews.Member> items = rows.stream()
                .map(m -> new GroupViews.Member(
                        m.userId(),
                        names.getOrDefault(m.userId(), ""),
                        m.role(),
                        m.asMembership().joinedAt(),
                        moderator ? m.mutedUntil() : null))
                .toList();
        String next = rows.size() == limit ? rows.getLast().userId().toString() : null;
        return new GroupViews.Page<>(items, next);
    }

    @Transactional(readOnly = true)
    List<GroupViews.Summary> mine(UserId user) {
        Map<GroupId, MemberRow> mine =
                members.activeOf(user).stream().collect(Collectors.toMap(MemberRow::groupId, Function.identity()));
        return groups.findAll(mine.keySet()).stream()
                .map(g -> new GroupViews.Summary(
                        g.id(),
                        g.name(),
                        g.memberCount(),
                        g.capacity(),
                        mine.get(g.id()).role(),
                        mine.get(g.id()).asMembership().joinedAt()))
                .toList();
    }
}
