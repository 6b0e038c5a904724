package io.huzhu.group;

/** Roles inside one group. The owner created it and promotes admins; admins moderate; members take part. */
public enum GroupRole {
    OWNER,
    ADMIN,
    MEMBER;

    /** Owner and admins manage members and content. */
    public boolean canModerate() {
        return this != MEMBER;
    }
}
