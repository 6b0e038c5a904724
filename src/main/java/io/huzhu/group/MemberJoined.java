package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** A member became active in a group (joined directly, or was approved). */
public record MemberJoined(GroupId groupId, UserId userId, Instant at) {}
