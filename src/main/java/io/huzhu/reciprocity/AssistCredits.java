package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.task.AssistRecorded;
import io.huzhu.task.TaskProgressCorrected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the help Huzhu saw: an assist on a task counts once in every group where that task was asked for help
 * and the helper is an active member. Safe to run twice for the same event: the help record and the ledger entry
 * both have unique keys, so a replay from the event publication registry changes nothing.
 */
@Component
class AssistCredits {

    private final HelpRequestRepository requests;
    private final LedgerRepository ledger;
    private final GroupAccess access;

    AssistCredits(HelpRequestRepository requests, LedgerRepository ledger, GroupAccess access) {
        this.requests = requests;
        this.ledger = ledger;
        this.access = access;
    }

    /**
     * Books assists already found to be on asked tasks ({@link #onAskedTasks}, inside their own transaction), in one
     * transaction; returns how many ledger entries were booked.
     */
    @Transactional
    public int credit(List<AssistRecorded> assists) {
        int booked = 0;
        for (AssistRecorded assist : assists) {
            booked += credit(assist);
        }
        return booked;
    }

    /** The assists on tasks ever asked for help in a group (one query): most assisted tasks never were. */
    List<AssistRecorded> onAskedTasks(List<AssistRecorded> assists) {
        Set<TaskId> asked = requests.tasksAskedFor(
                assists.stream().map(AssistRecorded::taskId).distinct().toList());
        return assists.stream().filter(a -> asked.contains(a.taskId())).toList();
    }

    /** Returns how many ledger entries were booked. */
    @Transactional
    public int credit(AssistRecorded assist) {
        UUID reference = assistReference(assist.taskId(), assist.helperId());
        int booked = 0;
        for (HelpRequestRepository.Row request : requests.helpedByAssist(assist.taskId(), assist.at())) {
            if (request.requesterId().equals(assist.helperId())) {
                continue;
            }
            // Hidden from the helper's queue in every group: the task takes one assist per helper.
            if (requests.markHelped(request.messageId(), assist.helperId(), assist.at())) {
                requests.countHelp(request.messageId());
            }
            if (access.isActiveMember(request.groupId(), assist.helperId())
                    && ledger.book(
                            request.groupId(),
                            assist.helperId(),
                            request.requesterId(),
                            LedgerSource.HUZHU_ASSIST,
                            reference,
                            request.messageId(),
                            assist.at())) {
                booked++;
            }
        }
        return booked;
    }

    /**
     * Risk control voided or restored assists of a task: each credit they earned is taken back (a reversal entry) or
     * booked again. Keyed by the correction, so a replayed event books nothing twice.
     */
    @Transactional
    public int correct(TaskProgressCorrected corrected) {
        int booked = 0;
        for (UserId helper : corrected.voidedHelpers()) {
            booked += rebook(corrected, helper, LedgerSource.ASSIST_VOIDED);
        }
        for (UserId helper : corrected.restoredHelpers()) {
            booked += rebook(corrected, helper, LedgerSource.ASSIST_RESTORED);
        }
        return booked;
    }

    private int rebook(TaskProgressCorrected corrected, UserId helper, LedgerSource source) {
        UUID original = assistReference(corrected.taskId(), helper);
        UUID reference = UUID.nameUUIDFromBytes(
                (source + ":" + corrected.correctionId() + ":" + original).getBytes(StandardCharsets.UTF_8));
        int booked = 0;
        for (LedgerRepository.Credit credit : ledger.credits(original)) {
            if (ledger.book(
                    credit.group(),
                    credit.helper(),
                    credit.helped(),
                    source,
                    reference,
                    credit.messageId(),
                    corrected.at())) {
                booked++;
            }
        }
        return booked;
    }

    /** The task ended at {@code at}: its open requests close then, so assists made before still count. */
    @Transactional
    public int closeTask(TaskId task, HelpStatus status, Instant at) {
        return requests.closeTask(task, status, at);
    }

    /** A requester who left, was kicked or banned: their open requests close (assists made before still count). */
    @Transactional
    public int closeRequestsOf(GroupId group, UserId requester, Instant at) {
        return requests.closeRequestsOf(group, requester, at);
    }

    /**
     * The assist's natural key (task, helper) as a name-based UUID: {@code AssistRecorded} carries no assist id,
     * and a task takes at most one assist per helper, so this identifies the assist for every replay.
     */
    static UUID assistReference(TaskId task, UserId helper) {
        return UUID.nameUUIDFromBytes(
                ("assist:" + task.value() + ":" + helper.value()).getBytes(StandardCharsets.UTF_8));
    }
}
