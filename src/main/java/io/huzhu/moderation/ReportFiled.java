package io.huzhu.moderation;

import io.huzhu.shared.GroupId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member reported a message or a member of a group. Carries what the group's owner may be told (the reason, what
 * was reported), never who reported it.
 */
public record ReportFiled(
        UUID reportId, GroupId groupId, @Nullable UUID messageId, boolean memberReported, String reason, Instant at) {}
