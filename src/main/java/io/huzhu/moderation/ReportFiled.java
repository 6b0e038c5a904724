package io.huzhu.moderation;

import io.huzhu.shared.GroupId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member reported a message or a member of a group, for a reason. Carries what the group's owner may be told and
 * what the roll-ups count (the reason, what was reported), never who reported it or their note.
 */
public record ReportFiled(
        UUID reportId,
        GroupId groupId,
        @Nullable UUID messageId,
        boolean memberReported,
        ReportReason reason,
        Instant at) {}
