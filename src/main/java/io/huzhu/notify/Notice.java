package io.huzhu.notify;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One notice in a member's inbox, as the API and the live frame show it. The client words it from the kind and the
 * facts: {@code count} assists ("3 位群友帮你砍了一刀"), the group, task and subject ids, a short {@code detail} code
 * (a sanction kind, a reason code, an appeal outcome) and {@code until} (the end of a mute).
 */
record Notice(
        UUID id,
        long seq,
        NoticeKind kind,
        int count,
        @Nullable UUID groupId,
        @Nullable UUID taskId,
        @Nullable UUID subjectId,
        @Nullable String detail,
        @Nullable Instant until,
        Instant createdAt,
        Instant updatedAt,
        boolean read) {}
