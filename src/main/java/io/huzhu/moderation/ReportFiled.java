package io.huzhu.moderation;

import io.huzhu.shared.GroupId;
import java.time.Instant;
import java.util.UUID;

/** A member reported a message or a member of a group, for a reason (the reporter and the note stay here). */
public record ReportFiled(UUID reportId, GroupId groupId, ReportReason reason, Instant at) {}
