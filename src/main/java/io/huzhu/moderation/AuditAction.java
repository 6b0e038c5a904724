package io.huzhu.moderation;

/**
 * What an audit entry records. HOLD to BAN can be appealed by the member they were against; lifting a sanction and a
 * member's own joins and departures are recorded for the record only.
 */
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
    APPEAL_OVERTURNED,
    UNMUTE,
    UNBAN,
    JOIN,
    LEAVE;

    boolean appealable() {
        return switch (this) {
            case HOLD, HIDE, DELETE, WARN, MUTE, KICK, BAN -> true;
            default -> false;
        };
    }
}
