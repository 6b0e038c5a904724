package io.huzhu.feed;

import io.huzhu.guardrails.HelpPostSignal;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message was added to a group's feed at position {@code seq}. */
public record MessagePosted(
        UUID messageId,
        GroupId groupId,
        long seq,
        MessageKind kind,
        UserId authorId,
        @Nullable TaskId taskId,
        Instant at)
        implements HelpPostSignal {

    @Override
    public boolean helpPost() {
        return kind == MessageKind.TASK || kind == MessageKind.LINK;
    }
}
