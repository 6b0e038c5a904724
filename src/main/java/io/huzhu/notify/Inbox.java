package io.huzhu.notify;

import io.huzhu.shared.UserId;
import io.huzhu.task.AssistRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /**
     * Counts assists into their tasks' notices; runs in the listener's transaction. A constant number of statements
     * per transaction and one per assist: one read of the open windows of the transaction's tasks, one lock over all
     * of them (in id order, as every such transaction takes them, so concurrent batches of one task queue on their
     * notices instead of deadlocking), then each assist's item (counted once, whatever redelivery brings), then one
     * batch of counts.
     */
    void assisted(List<AssistRecorded> assists) {
        Instant now = clock.instant();
        List<AssistRecorded> ordered = assists.stream()
                .filter(a -> preferences.wants(a.initiatorId(), NoticeKind.ASSISTED))
                .sorted(Comparator.comparing((AssistRecorded a) -> a.taskId().value())
                        .thenComparing(AssistRecorded::at)
                        .thenComparing(AssistRecorded::assistId))
                .toList();
        if (ordered.isEmpty()) {
            return;
        }
        Instant earliest = ordered.stream()
                .map(AssistRecorded::at)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<NoticeRepository.OpenWindow> windows = new ArrayList<>(notices.windows(
                ordered.stream().map(AssistRecorded::initiatorId).distinct().toList(),
                ordered.stream().map(AssistRecorded::taskId).distinct().toList(),
                earliest));
        notices.lockAll(windows.stream().map(NoticeRepository.OpenWindow::id).toList());
        Map<UUID, Integer> counted = new LinkedHashMap<>();
        Map<UUID, Instant> ends = new HashMap<>();
        for (AssistRecorded a : ordered) {
            UserId owner = a.initiatorId();
            NoticeRepository.OpenWindow window = windows.stream()
                    .filter(w -> w.task().equals(a.taskId()) && w.holds(owner, a.at()))
                    .max(Comparator.comparingLong(NoticeRepository.OpenWindow::seq))
                    .orElseGet(() -> {
                        NoticeRepository.OpenWindow opened = open(a, now);
                        windows.add(opened);
                        return opened;
                    });
            ends.put(window.id(), window.end());
            if (notices.addItem(owner, a.assistId(), window.id())) {
                counted.merge(window.id(), 1, Integer::sum);
            }
        }
        notices.growAll(
                counted.entrySet().stream()
                        .map(e -> new NoticeRepository.Growth(
                                e.getKey(),
                                e.getValue(),
                                ends.get(e.getKey()).isAfter(now) ? ends.get(e.getKey()) : now))
                        .toList(),
                now);
    }

    /** A new notice whose window starts at this assist; newer than every window read, so it wins an overlap. */
    private NoticeRepository.OpenWindow open(AssistRecorded first, Instant now) {
        Instant end = first.at().plus(properties.coalesceWindow());
        var draft = NoticeDraft.of(first.initiatorId(), NoticeKind.ASSISTED, "ASSISTED:" + first.assistId(), first.at())
                .task(first.taskId())
                .count(0);
        return new NoticeRepository.OpenWindow(
                notices.insert(draft, end, now, null),
                first.initiatorId(),
                first.taskId(),
                first.at(),
                end,
                Long.MAX_VALUE);
    }
}
