package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

record MessageRow(
        UUID id,
        GroupId groupId,
        @Nullable Long seq,
        MessageStatus status,
        UserId authorId,
        MessageKind kind,
        @Nullable String body,
        @Nullable TaskId taskId,
        @Nullable String link,
        @Nullable String linkDomain,
        Instant createdAt) {}
