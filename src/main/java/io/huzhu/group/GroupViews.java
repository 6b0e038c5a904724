package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the group endpoints. */
final class GroupViews {

    private GroupViews() {}

    /** What a member sees of their group, including the invite. */
    record Details(
            GroupId id,
            String name,
            String description,
            String rules,
            int rulesVersion,
            String rulesHash,
            int capacity,
            int memberCount,
            boolean joinApproval,
            List<String> linkAllowlist,
            UserId ownerId,
            Instant createdAt,
            GroupRole myRole,
            @Nullable Instant myMutedUntil,
            String inviteCode,
            String inviteLink) {}

    record Summary(GroupId id, String name, int memberCount, int capacity, GroupRole myRole, Instant joinedAt) {}

    record Moderator(UserId userId, String displayName, GroupRole role) {}

    /** What anyone with the invite code sees before joining. */
    record Preview(
            GroupId id,
            String name,
            String description,
            String rules,
            int rulesVersion,
            String rulesHash,
            int memberCount,
            int capacity,
            boolean joinApproval,
            List<Moderator> admins,
            Instant createdAt) {}

    record JoinResult(GroupId groupId, MemberStatus status, GroupRole role) {}

    record Invite(String inviteCode, String inviteLink) {}

    /** {@code mutedUntil} is shown to owner and admins only. */
    record Member(
            UserId userId,
            String displayName,
            GroupRole role,
            Instant joinedAt,
            @Nullable Instant mutedUntil) {}

    record JoinRequest(UserId userId, String displayName, Instant requestedAt) {}

    record Item(
            UUID id,
            ItemKind kind,
            String title,
            String body,
            boolean pinned,
            UserId authorId,
            String authorName,
            Instant createdAt) {}

    record Page<T>(List<T> items, @Nullable String nextCursor) {}
}
