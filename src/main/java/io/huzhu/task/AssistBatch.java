package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.risk.AssistStatus;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions for one batch of assists on one task, made under the task's row lock inside one transaction. It
 * records an outcome per attempt; the caller completes the attempts only after the transaction commits.
 */
final class AssistBatch {

    private final TaskRow task;
    private final CampaignTerms terms;
    private final Instant now;
    private final Map<AssistAttempt, Object> outcomes = new LinkedHashMap<>();
    private final Map<AssistAttempt, AssistAttempt> followers = new HashMap<>();

    AssistBatch(TaskRow task, CampaignTerms terms, Instant now) {
        this.task = task;
        this.terms = terms;
        this.now = now;
    }

    Map<AssistAttempt, Object> outcomes() {
        return outcomes;
    }

    void refuse(AssistAttempt attempt, ErrorCode code, String detail) {
        outcomes.put(attempt, new HuzhuException(code, detail));
    }

    void accept(AssistAttempt attempt, AssistResult result) {
        outcomes.put(attempt, result);
    }

    /** Copies each leader's outcome to the attempts that repeated its request within the batch. */
    void resolveFollowers() {
        followers.forEach((follower, leader) -> {
            Object outcome = outcomes.get(leader);
            outcomes.put(follower, outcome instanceof AssistResult r ? r.asReplay() : outcome);
        });
    }

    /**
     * Drops what cannot count whatever the database says (closed task, own task, a helper twice in the batch) and
     * returns the remaining attempts, one per helper, in arrival order.
     */
    Map<UserId, AssistAttempt> screen(List<AssistAttempt> attempts) {
        Map<UserId, AssistAttempt> candidates = new LinkedHashMap<>();
        TaskStatus status = task.effectiveStatus(now);
        for (AssistAttempt attempt : attempts) {
            UserId helper = attempt.helper().id();
            AssistAttempt first = candidates.get(helper);
            if (status == TaskStatus.EXPIRED) {
                refuse(attempt, ErrorCode.TASK_EXPIRED, "The task expired at " + task.expiresAt());
            } else if (status != TaskStatus.OPEN) {
                refuse(attempt, ErrorCode.TASK_NOT_OPEN, "The task has already reached its target");
            } else if (helper.equals(task.initiatorId())) {
                refuse(attempt, ErrorCode.SELF_ASSIST, ErrorCode.SELF_ASSIST.title());
            } else if (first != null && attempt.sameRequestAs(first)) {
                followers.put(attempt, first);
            } else if (first != null) {
                refuse(attempt, ErrorCode.ALREADY_ASSISTED, ErrorCode.ALREADY_ASSISTED.title());
            } else {
                candidates.put(helper, attempt);
            }
        }
        return candidates;
    }

    /**
     * The quota scopes an assist by this helper counts against, each with its limit. The day counter is always kept,
     * because a daily limit counts assists across all campaigns, including those without a limit of their own.
     */
    Map<Quotas.Key, Limit> scopes(UserId helper, LocalDate day) {
        var limits = terms.limits();
        Map<Quotas.Key, Limit> scopes = new LinkedHashMap<>();
        Integer daily = limits.helperDailyLimit();
        scopes.put(
                new Quotas.Key(helper, "d:" + day),
                new Limit(daily == null ? Integer.MAX_VALUE : daily, ErrorCode.HELPER_DAILY_LIMIT, "today"));
        if (limits.helperCampaignLimit() != null) {
            scopes.put(
                    new Quotas.Key(helper, "c:" + task.campaignId()),
                    new Limit(limits.helperCampaignLimit(), ErrorCode.HELPER_CAMPAIGN_LIMIT, "on this campaign"));
        }
        if (limits.helperInitiatorLimit() != null) {
            scopes.put(
                    new Quotas.Key(helper, "i:" + task.campaignId() + ":" + task.initiatorId()),
                    new Limit(
                            limits.helperInitiatorLimit(),
                            ErrorCode.HELPER_INITIATOR_LIMIT,
                            "to this member on this campaign"));
        }
        return scopes;
    }

    record Limit(int max, ErrorCode code, String where) {}

    /**
     * Turns accepted attempts into assist rows, in arrival order: each takes the next timeline position and the lowest
     * free schedule slot (a slot a voided assist gave back, else the next never-issued one) with that slot's cut. An
     * attempt the inline risk gate held is written UNDER_REVIEW: it counts, provisionally.
     */
    List<AssistRow> cut(List<AssistAttempt> accepted, CutSchedule schedule) {
        List<AssistRow> rows = new ArrayList<>(accepted.size());
        int held = task.assistsDone();
        int seq = task.nextSeq();
        int released = 0;
        int fresh = task.freshSlot();
        long progress = task.progress();
        for (AssistAttempt attempt : accepted) {
            if (held >= task.cutCount()) {
                refuse(attempt, ErrorCode.TASK_NOT_OPEN, "The task has already reached its target");
                continue;
            }
            int slot = released < task.releasedSlots().length ? task.releasedSlots()[released++] : fresh++;
            long cut = schedule.cut(slot);
            progress += cut;
            held++;
            boolean review = attempt.risk().held();
            rows.add(new AssistRow(
                    Ids.next(),
                    task.id(),
                    attempt.helper().id(),
                    seq++,
                    slot,
                    cut,
                    progress,
                    task.cutCount() - held,
                    review ? AssistStatus.UNDER_REVIEW : AssistStatus.COUNTED,
                    attempt.risk().reason(),
                    null,
                    attempt.idempotencyKey(),
                    now));
        }
        return rows;
    }

    /** The released slots still free after these rows took theirs (they take released slots first, in order). */
    int[] releasedLeft(List<AssistRow> rows) {
        int taken = Math.min(rows.size(), task.releasedSlots().length);
        return java.util.Arrays.copyOfRange(task.releasedSlots(), taken, task.releasedSlots().length);
    }

    AssistResult result(AssistRow row) {
        return AssistResults.of(row, task);
    }

    static String describe(Limit limit, int used) {
        return "You have given " + used + " assist(s) " + limit.where() + "; the limit is " + limit.max();
    }

    static boolean targetReached(TaskRow task, List<AssistRow> rows) {
        return !rows.isEmpty() && task.assistsDone() + rows.size() == task.cutCount();
    }
}
