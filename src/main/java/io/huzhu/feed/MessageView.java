package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A feed message as members see it; {@code seq} is the group's cursor. A message held for review has no seq yet and
 * is shown only to its author (in the answer to the post) and to the group's moderators.
 */
public record MessageView(
        UUID id,
        GroupId groupId,
        @Nullable Long seq,
        MessageStatus status,
        MessageKind kind,
        UserId authorId,
        @Nullable String authorName,
        @Nullable String text,
        @Nullable TaskCard task,
        @Nullable String link,
        @Nullable String linkDomain,
        Instant createdAt) {}
