package io.huzhu.group;

/** What an owner or admin can do to another member. */
enum MemberAction {
    PROMOTE(true),
    DEMOTE(true),
    TRANSFER_OWNERSHIP(true),
    MUTE(false),
    UNMUTE(false),
    KICK(false),
    BAN(false),
    UNBAN(false);

    private final boolean ownerOnly;

    MemberAction(boolean ownerOnly) {
        this.ownerOnly = ownerOnly;
    }

    boolean ownerOnly() {
        return ownerOnly;
    }
}
