package io.huzhu.analytics;

import io.huzhu.analytics.ActivityRollup.Hint;
import io.huzhu.analytics.MemberRows.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The campaign funnel: task started → first assist → succeeded → claimed or settled, each step counted once per task
 * on the day it happened, with the time from the previous step in a duration histogram; assists, voids and budget.
 */
@Component
class FunnelRollup {

    private final TaskRows tasks;
    private final MemberRows members;
    private final ActivityRollup activity;
    private final GroupRollup groups;

    FunnelRollup(TaskRows tasks, MemberRows members, ActivityRollup activity, GroupRollup groups) {
        this.tasks = tasks;
        this.members = members;
        this.activity = activity;
        this.groups = groups;
    }

    void fold(Counters c, Calendar cal, Fact f) {
        UUID task = Objects.requireNonNull(f.task());
        UUID campaign = Objects.requireNonNull(f.campaign());
        LocalDate day = cal.day(f.at());
        switch (f.kind()) {
            case TASK_STARTED -> started(c, cal, f, task, campaign, day);
            case ASSIST -> assisted(c, cal, f, task, campaign, day);
            case TASK_SUCCEEDED -> succeeded(c, cal, f, task, campaign, day);
            case TASK_EXPIRED -> {
                tasks.ensure(task, campaign, Objects.requireNonNull(f.user()));
                if (tasks.step(task, "expired_at", f.at())) {
                    count(c, campaign, day, "expired", 1);
                }
            }
            case REWARD_CLAIMED, TASK_SETTLED -> rewarded(c, cal, f, task, campaign, day);
            case ASSISTS_VOIDED -> count(c, campaign, day, "voided", f.amount());
            case ASSISTS_RESTORED -> count(c, campaign, day, "restored", f.amount());
            default -> throw new IllegalArgumentException(f.kind().name());
        }
    }

    private void started(Counters c, Calendar cal, Fact f, UUID task, UUID campaign, LocalDate day) {
        UUID initiator = Objects.requireNonNull(f.user());
        tasks.ensure(task, campaign, initiator);
        if (!tasks.step(task, "started_at", f.at())) {
            return;
        }
        count(c, campaign, day, "started", 1);
        if (members.find(Calendar.CAMPAIGN, campaign, initiator).isEmpty()) {
            members.insert(
                    Calendar.CAMPAIGN,
                    campaign,
                    initiator,
                    new Member(f.at(), day, ActivityRollup.DIRECT, true, null, null, null));
            c.add(Counters.viral(Calendar.CAMPAIGN, campaign, day), "senders", 1);
        }
        activity.touch(c, cal, Calendar.PLATFORM, Calendar.PLATFORM_ID, initiator, f.at(), Hint.DIRECT_HINT, true);
    }

    private void assisted(Counters c, Calendar cal, Fact f, UUID task, UUID campaign, LocalDate day) {
        UUID helper = Objects.requireNonNull(f.user());
        tasks.ensure(task, campaign, Objects.requireNonNull(f.other()));
        TaskRows.Task row = tasks.find(task).orElseThrow();
        count(c, campaign, day, "assists", 1);
        if (tasks.step(task, "first_assist_at", f.at())) {
            count(c, campaign, day, "first_assists", 1);
            duration(c, campaign, "first_assist", day, row.startedAt(), f.at());
        }
        Hint hint = new Hint(ActivityRollup.SHARE, campaign, row.startedAt());
        activity.touch(c, cal, Calendar.PLATFORM, Calendar.PLATFORM_ID, helper, f.at(), hint, false);
        groups.helped(c, cal, task, helper, f.at());
    }

    private void succeeded(Counters c, Calendar cal, Fact f, UUID task, UUID campaign, LocalDate day) {
        tasks.ensure(task, campaign, Objects.requireNonNull(f.user()));
        TaskRows.Task row = tasks.find(task).orElseThrow();
        if (!tasks.step(task, "succeeded_at", f.at())) {
            return;
        }
        tasks.successAssists(task, f.amount());
        count(c, campaign, day, "succeeded", 1);
        count(c, campaign, day, "success_assists", f.amount());
        duration(c, campaign, "to_success", day, row.firstAssistAt(), f.at());
        groups.done(c, cal, task, f.at());
    }

    private void rewarded(Counters c, Calendar cal, Fact f, UUID task, UUID campaign, LocalDate day) {
        UUID initiator = Objects.requireNonNull(f.user());
        tasks.ensure(task, campaign, initiator);
        TaskRows.Task row = tasks.find(task).orElseThrow();
        if (!tasks.step(task, "rewarded_at", f.at())) {
            return;
        }
        boolean claimed = f.kind() == Fact.Kind.REWARD_CLAIMED;
        tasks.reward(task, claimed ? "claim" : "settle", f.amount());
        count(c, campaign, day, claimed ? "claimed" : "settled", 1);
        count(c, campaign, day, "budget_cents", f.amount());
        duration(
                c,
                campaign,
                claimed ? "to_claim" : "to_settle",
                day,
                claimed ? row.succeededAt() : row.expiredAt(),
                f.at());
        activity.touch(c, cal, Calendar.PLATFORM, Calendar.PLATFORM_ID, initiator, f.at(), Hint.DIRECT_HINT, false);
    }

    /** Counts for the campaign and for all campaigns (the nil id), so that either is one indexed range. */
    private static void count(Counters c, UUID campaign, LocalDate day, String column, long delta) {
        c.add(Counters.funnel(campaign, day), column, delta);
        c.add(Counters.funnel(Calendar.PLATFORM_ID, day), column, delta);
    }

    private static void duration(
            Counters c, UUID campaign, String metric, LocalDate day, @Nullable Instant from, Instant to) {
        if (from != null && !to.isBefore(from)) {
            int bucket = Durations.bucket(Duration.between(from, to));
            c.add(Counters.duration(Calendar.CAMPAIGN, campaign, metric, day, bucket), "n", 1);
            c.add(Counters.duration(Calendar.CAMPAIGN, Calendar.PLATFORM_ID, metric, day, bucket), "n", 1);
        }
    }
}
