package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** An "I helped" report was confirmed (by the requester or by an admin) and booked in the ledger. */
public record HelpConfirmed(
        UUID reportId, GroupId groupId, UUID messageId, UserId helperId, UserId requesterId, Instant at) {}
