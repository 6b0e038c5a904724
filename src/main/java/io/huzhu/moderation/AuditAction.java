package io.huzhu.moderation;

/** What an audit entry records. The first seven can be appealed by the member they were against. */
public enum AuditAction {
    HOLD,
    HIDE,
    DELETE,
    WARN,
    MUTE,
    KICK,
    BAN,
    APPROVE,
    APPEAL_UPHELD,
    APPEAL_OVERTURNED;

    boolean appealable() {
        return switch (this) {
            case HOLD, HIDE, DELETE, WARN, MUTE, KICK, BAN -> true;
            default -> false;
        };
    }
}
