package io.huzhu.feed;

import io.huzhu.guardrails.HelpPostSignal;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The safety pipeline held a message for review. Carries the rules that fired and their explanations (never the
 * matched text) and the message's kind: a held help post still counts against its author's daily help-post limit.
 */
public record MessageHeld(
        UUID messageId, GroupId groupId, UserId authorId, List<HeldFinding> findings, Instant at, MessageKind kind)
        implements HelpPostSignal {

    @Override
    public boolean helpPost() {
        return kind == MessageKind.TASK || kind == MessageKind.LINK;
    }

    /** One finding: its type and rule names and the explanation shown to moderators. */
    public record HeldFinding(String type, String rule, String explanation) {}
}
