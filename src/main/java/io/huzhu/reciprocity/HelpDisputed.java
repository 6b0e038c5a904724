package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.UUID;

/** The requester disputed an "I helped" report; it waits for the group's admins. */
public record HelpDisputed(UUID reportId, GroupId groupId, UUID messageId, UserId helperId, UserId requesterId) {}
