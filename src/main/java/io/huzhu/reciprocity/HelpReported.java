package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** A member reported "I helped" on an external-link request; the requester is asked to confirm. */
public record HelpReported(
        UUID reportId, GroupId groupId, UUID messageId, UserId helperId, UserId requesterId, Instant at) {}
