package io.huzhu.analytics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, as the roll-up needs it: a row of the inbox. {@code key} makes it unique, so a replayed
 * event adds nothing. Which fields a kind uses is listed in {@link Kind}.
 */
record Fact(
        String key,
        Kind kind,
        Instant at,
        @Nullable UUID user,
        @Nullable UUID task,
        @Nullable UUID campaign,
        @Nullable UUID group,
        @Nullable UUID other,
        long amount,
        @Nullable Instant at2,
        @Nullable String label) {

    enum Kind {
        /** user. */
        REGISTERED,
        /** user. */
        SIGNED_IN,
        /** user = initiator, task, campaign. */
        TASK_STARTED,
        /** user = helper, task, campaign, other = initiator. */
        ASSIST,
        /** user = initiator, task, campaign, amount = counted assists. */
        TASK_SUCCEEDED,
        /** user = initiator, task, campaign. */
        TASK_EXPIRED,
        /** user = initiator, task, campaign, amount = cents. */
        REWARD_CLAIMED,
        /** user = initiator, task, campaign, amount = cents. */
        TASK_SETTLED,
        /** task, campaign, amount = assists that stopped counting. */
        ASSISTS_VOIDED,
        /** task, campaign, amount = assists that count again. */
        ASSISTS_RESTORED,
        /** group, user, other = the inviting member. */
        MEMBER_JOINED,
        /** group, user, label = why. */
        MEMBER_LEFT,
        /** group, user = author, other = message, task, label = message kind. */
        MESSAGE_POSTED,
        /** group, user = author, amount = 1 held for links, ads or personal data, + 2 personal data. */
        MESSAGE_SCREENED,
        /** group, user = helper, other = message. */
        HELP_REPORTED,
        /** group, user = helper, other = message. */
        HELP_CONFIRMED,
        /** group, label = reason. */
        REPORT_FILED,
        /** group, at2 = first report (null when nobody reported it). */
        CASE_ACTIONED
    }

    static Fact of(String key, Kind kind, Instant at) {
        return new Fact(key, kind, at, null, null, null, null, null, 0, null, null);
    }

    Fact user(@Nullable UUID value) {
        return new Fact(key, kind, at, value, task, campaign, group, other, amount, at2, label);
    }

    Fact task(@Nullable UUID value, @Nullable UUID campaignId) {
        return new Fact(key, kind, at, user, value, campaignId, group, other, amount, at2, label);
    }

    Fact group(UUID value) {
        return new Fact(key, kind, at, user, task, campaign, value, other, amount, at2, label);
    }

    Fact other(@Nullable UUID value) {
        return new Fact(key, kind, at, user, task, campaign, group, value, amount, at2, label);
    }

    Fact amount(long value) {
        return new Fact(key, kind, at, user, task, campaign, group, other, value, at2, label);
    }

    Fact at2(@Nullable Instant value) {
        return new Fact(key, kind, at, user, task, campaign, group, other, amount, value, label);
    }

    Fact label(@Nullable String value) {
        return new Fact(key, kind, at, user, task, campaign, group, other, amount, at2, value);
    }
}
