package io.huzhu.moderation;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Trust levels per member and group, from membership age, messages posted in the group and the last sanction
 * (warning, mute, kick or ban). Level 0 (new) sandboxes new members: their reports do not count toward hiding.
 * Defaults: level 1 (member) after 3 days and 10 messages with no sanction in 30 days; level 2 (trusted) after
 * 30 days and 50 messages with no sanction in 90 days.
 */
final class TrustLevels {

    static final int NEW = 0;
    static final int MEMBER = 1;
    static final int TRUSTED = 2;

    private final ModerationProperties properties;

    TrustLevels(ModerationProperties properties) {
        this.properties = properties;
    }

    int level(Instant joinedAt, long messages, @Nullable Instant lastSanction, Instant now) {
        if (meets(
                joinedAt,
                messages,
                lastSanction,
                now,
                properties.trustedAge(),
                properties.trustedMessages(),
                properties.trustedClean())) {
            return TRUSTED;
        }
        if (meets(
                joinedAt,
                messages,
                lastSanction,
                now,
                properties.memberAge(),
                properties.memberMessages(),
                properties.memberClean())) {
            return MEMBER;
        }
        return NEW;
    }

    static String label(int level) {
        return switch (level) {
            case TRUSTED -> "TRUSTED";
            case MEMBER -> "MEMBER";
            default -> "NEW";
        };
    }

    private static boolean meets(
            Instant joinedAt,
            long messages,
            @Nullable Instant lastSanction,
            Instant now,
            Duration age,
            int minMessages,
            Duration clean) {
        boolean oldEnough = !joinedAt.plus(age).isAfter(now);
        boolean cleanEnough = lastSanction == null || !lastSanction.isAfter(now.minus(clean));
        return oldEnough && messages >= minMessages && cleanEnough;
    }
}
