package io.huzhu.feed;

import io.huzhu.shared.GroupId;
import java.util.Optional;
import java.util.UUID;

/**
 * What moderation may do to feed messages. Authorisation (group role) is the caller's job; these only move a
 * message between statuses, conditionally, and tell connected members.
 */
public interface FeedModeration {

    Optional<ModeratedMessage> message(GroupId group, UUID messageId);

    /** HELD or HIDDEN → VISIBLE; a held message gets its seq now and is delivered to members. */
    boolean approve(GroupId group, UUID messageId);

    /** A reported message is hidden from members until reviewed (VISIBLE → HIDDEN). */
    boolean hide(GroupId group, UUID messageId);

    /** Taken down by a moderator (any status → REMOVED). */
    boolean remove(GroupId group, UUID messageId);

    /** An appeal overturned a removal (REMOVED → VISIBLE). */
    boolean restore(GroupId group, UUID messageId);
}
