package io.huzhu.task;

import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A correction by risk control, worked out on one task (pure: the caller holds the row lock and writes the result).
 * A voided assist keeps its seq and cut but gives its slot back and its cut leaves the progress; a held one keeps
 * counting; a restored one takes its old slot back if it is still free, else the lowest free slot (its cut becomes
 * that slot's), else — the task reached its target with other assists meanwhile — it stays uncounted. Afterwards the
 * cuts of the free slots add up to exactly the remaining amount, as the schedule promises.
 */
final class Recount {

    /** Reason code of an assist that could not count again because no slot was left. */
    static final String TARGET_REACHED_MEANWHILE = "TARGET_REACHED_MEANWHILE";

    record Outcome(
            TaskRow task, List<AssistRow> changed, List<UserId> voided, List<UserId> held, List<UserId> restored) {}

    private Recount() {}

    static Outcome apply(
            TaskRow task,
            List<AssistRow> affected,
            AssistStatus target,
            String reason,
            @Nullable UUID caseId,
            CutSchedule schedule) {
        long progress = task.progress();
        int held = task.assistsDone();
        int voidedCount = task.voidedCount();
        int review = task.underReview();
        TreeSet<Integer> released = new TreeSet<>();
        for (int slot : task.releasedSlots()) {
            released.add(slot);
        }
        List<AssistRow> changed = new ArrayList<>();
        List<UserId> voided = new ArrayList<>();
        List<UserId> heldNow = new ArrayList<>();
        List<UserId> restored = new ArrayList<>();
        for (AssistRow row : affected) {
            AssistStatus from = row.status();
            if (from == target) {
                changed.add(row.moved(target, reason, caseId, row.slot(), row.cut()));
                continue;
            }
            if (target == AssistStatus.VOIDED) {
                progress -= row.cut();
                held--;
                voidedCount++;
                review -= from == AssistStatus.UNDER_REVIEW ? 1 : 0;
                released.add(row.slot());
                voided.add(row.helperId());
                changed.add(row.moved(target, reason, caseId, row.slot(), row.cut()));
            } else if (from != AssistStatus.VOIDED) {
                review += target == AssistStatus.UNDER_REVIEW ? 1 : -1;
                (target == AssistStatus.UNDER_REVIEW ? heldNow : restored).add(row.helperId());
                changed.add(row.moved(target, reason, caseId, row.slot(), row.cut()));
            } else {
                int slot;
                if (released.contains(row.slot())) {
                    slot = row.slot();
                } else if (!released.isEmpty()) {
                    slot = released.first();
                } else if (held < task.cutCount()) {
                    slot = held + released.size();
                } else {
                    changed.add(
                            row.moved(AssistStatus.VOIDED, TARGET_REACHED_MEANWHILE, caseId, row.slot(), row.cut()));
                    continue;
                }
                released.remove(slot);
                long cut = schedule.cut(slot);
                progress += cut;
                held++;
                voidedCount--;
                review += target == AssistStatus.UNDER_REVIEW ? 1 : 0;
                restored.add(row.helperId());
                changed.add(row.moved(target, reason, caseId, slot, cut));
            }
        }
        int[] left = released.stream().mapToInt(Integer::intValue).toArray();
        TaskRow after = task.corrected(
                progress, held, voidedCount, review, left, task.status(), task.endedAt(), task.claimDeadline());
        return new Outcome(after, changed, voided, heldNow, restored);
    }
}
