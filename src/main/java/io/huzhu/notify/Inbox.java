package io.huzhu.notify;

import io.huzhu.shared.UserId;
import io.huzhu.task.AssistRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Records notices, each exactly once. Plain notices are deduplicated by their key. Assists are coalesced per task:
 * the first assist opens a window of {@code huzhu.notify.coalesce-window}; every assist whose time falls inside it is
 * counted into the same notice, once (its id is kept in {@code notification_item}), and the notice is pushed when the
 * window closes. Everything is in the database, so a restart or a redelivered event changes no count.
 */
@Service
class Inbox {

    private final NoticeRepository notices;
    private final Preferences preferences;
    private final NotifyProperties properties;
    private final Clock clock;

    Inbox(NoticeRepository notices, Preferences preferences, NotifyProperties properties, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a notice the recipient wants (mandatory kinds always), to be pushed at once. */
    void record(NoticeDraft draft) {
        if (!preferences.wants(draft.recipient(), draft.kind())) {
            return;
        }
        Instant now = clock.instant();
        notices.insert(draft, null, now, now);
    }

    /** Counts assists into their tasks' notices; runs in the listener's transaction. */
    void assisted(List<AssistRecorded> assists) {
        Map<UserId, Boolean> wanted = new HashMap<>();
        Instant now = clock.instant();
        // One order for every transaction (task, then time), and each notice locked before its items are counted:
        // concurrent batches of one task queue on the notice instead of deadlocking on each other's items.
        List<AssistRecorded> ordered = assists.stream()
                .sorted(Comparator.comparing((AssistRecorded a) -> a.taskId().value())
                        .thenComparing(AssistRecorded::at)
                        .thenComparing(AssistRecorded::assistId))
                .toList();
        for (AssistRecorded a : ordered) {
            UserId owner = a.initiatorId();
            if (!wanted.computeIfAbsent(owner, o -> preferences.wants(o, NoticeKind.ASSISTED))) {
                continue;
            }
            NoticeRepository.Window window =
                    notices.window(owner, a.taskId(), a.at()).orElseGet(() -> open(a, now));
            notices.lock(window.id());
            if (notices.addItem(owner, a.assistId(), window.id())) {
                Instant due = window.end().isAfter(now) ? window.end() : now;
                notices.grow(window.id(), 1, now, due);
            }
        }
    }

    private NoticeRepository.Window open(AssistRecorded first, Instant now) {
        Instant end = first.at().plus(properties.coalesceWindow());
        var draft = NoticeDraft.of(first.initiatorId(), NoticeKind.ASSISTED, "ASSISTED:" + first.assistId(), first.at())
                .task(first.taskId())
                .count(0);
        return new NoticeRepository.Window(notices.insert(draft, end, now, null), end);
    }
}
