package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message as moderators see it, whatever its status. The text is as stored (personal data already masked). */
public record ModeratedMessage(
        UUID id,
        GroupId groupId,
        @Nullable Long seq,
        UserId authorId,
        MessageKind kind,
        MessageStatus status,
        @Nullable String text,
        @Nullable String link,
        Instant createdAt) {}
