package io.huzhu.feed;

/** Kinds of feed message. TASK and LINK are help posts; SUCCESS celebrates a task that reached its target. */
public enum MessageKind {
    TEXT,
    TASK,
    LINK,
    SUCCESS
}
