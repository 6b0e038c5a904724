package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A help post just written to a group's feed, registered as an open help request in the same transaction.
 *
 * @param messageId the feed message that carries the request
 * @param taskId for {@link HelpKind#TASK}
 * @param link for {@link HelpKind#EXTERNAL_LINK}: the normalised link
 * @param deadline when the request stops being useful (the task's deadline, or the poster's, at most 24 h)
 */
public record HelpRequestDraft(
        GroupId groupId,
        UUID messageId,
        UserId requesterId,
        HelpKind kind,
        @Nullable TaskId taskId,
        @Nullable String link,
        @Nullable String note,
        Instant deadline) {}
