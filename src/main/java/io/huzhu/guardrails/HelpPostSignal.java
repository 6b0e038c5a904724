package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** A message was written to a group feed (feed events implement this); help posts count against the daily limit. */
public interface HelpPostSignal {

    UUID messageId();

    UserId authorId();

    Instant at();

    /** Whether the message asks for help (a task or an external link). */
    boolean helpPost();
}
