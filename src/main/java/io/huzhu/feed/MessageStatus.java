package io.huzhu.feed;

/**
 * Visibility of a message. Only VISIBLE messages have a seq and reach members; a HELD message waits for a
 * moderator (the safety pipeline held it); a HIDDEN one was reported and is hidden pending review; a REMOVED one
 * was taken down by a moderator.
 */
public enum MessageStatus {
    VISIBLE,
    HELD,
    HIDDEN,
    REMOVED
}
