package io.huzhu.notify;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notice to record, once: {@code dedupeKey} is unique per recipient, so the same event delivered twice records
 * it once.
 */
record NoticeDraft(
        UserId recipient,
        NoticeKind kind,
        String dedupeKey,
        @Nullable GroupId group,
        @Nullable TaskId task,
        @Nullable UUID subject,
        @Nullable String detail,
        @Nullable Instant until,
        int count,
        Instant at) {

    static NoticeDraft of(UserId recipient, NoticeKind kind, String dedupeKey, Instant at) {
        return new NoticeDraft(recipient, kind, dedupeKey, null, null, null, null, null, 1, at);
    }

    NoticeDraft group(@Nullable GroupId value) {
        return new NoticeDraft(recipient, kind, dedupeKey, value, task, subject, detail, until, count, at);
    }

    NoticeDraft task(@Nullable TaskId value) {
        return new NoticeDraft(recipient, kind, dedupeKey, group, value, subject, detail, until, count, at);
    }

    NoticeDraft subject(@Nullable UUID value) {
        return new NoticeDraft(recipient, kind, dedupeKey, group, task, value, detail, until, count, at);
    }

    NoticeDraft detail(@Nullable String value) {
        String cut = value == null || value.length() <= 40 ? value : value.substring(0, 40);
        return new NoticeDraft(recipient, kind, dedupeKey, group, task, subject, cut, until, count, at);
    }

    NoticeDraft until(@Nullable Instant value) {
        return new NoticeDraft(recipient, kind, dedupeKey, group, task, subject, detail, value, count, at);
    }

    NoticeDraft count(int value) {
        return new NoticeDraft(recipient, kind, dedupeKey, group, task, subject, detail, until, value, at);
    }
}
