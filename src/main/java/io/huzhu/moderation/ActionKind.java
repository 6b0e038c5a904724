package io.huzhu.moderation;

/** What a moderator does to a queue item, a message or a member. */
public enum ActionKind {
    APPROVE,
    DELETE,
    WARN,
    MUTE,
    KICK,
    BAN
}
