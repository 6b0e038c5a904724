package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A feed message as members see it; {@code seq} is the group's cursor. */
public record MessageView(
        UUID id,
        GroupId groupId,
        long seq,
        MessageKind kind,
        UserId authorId,
        @Nullable String authorName,
        @Nullable String text,
        @Nullable TaskCard task,
        @Nullable String link,
        @Nullable String linkDomain,
        Instant createdAt) {}
