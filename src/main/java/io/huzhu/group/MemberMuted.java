package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** An admin muted a member until {@code until} (read-only in the group until then). */
public record MemberMuted(GroupId groupId, UserId userId, UserId by, Instant until, String reason) {}
