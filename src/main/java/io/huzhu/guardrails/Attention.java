package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;

/**
 * What the notification sink asks before it pushes anything to a member: is the member on a break or inside their
 * quiet hours? Notices that wait are kept in the inbox and shown when the member looks; security notices ignore
 * this answer.
 */
public interface Attention {

    /** True when something may be pushed to the member at {@code now}: not on a break, not in quiet hours. */
    boolean mayPush(UserId member, Instant now);
}
