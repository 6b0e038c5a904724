package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** One group as stored. {@code memberCount} counts active members and is the capacity counter. */
record GroupRow(
        GroupId id,
        String name,
        String description,
        String rules,
        int rulesVersion,
        String rulesHash,
        int capacity,
        int memberCount,
        boolean joinApproval,
        String inviteCode,
        UserId ownerId,
        Instant createdAt) {}
