package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.campaign.CampaignKind;
import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.ExpiryOption;
import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Role;
import io.huzhu.risk.AssistStatus;
import io.huzhu.risk.Fingerprint;
import io.huzhu.risk.RiskDecision;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Voids, holds and restorations in any order, between batches of new assists written by the real batch logic:
 * whatever happens, the counted cuts add up to the progress, every counting assist holds its own slot and that
 * slot's cut, and the free slots' cuts add up to exactly what is left (so "at most N more assists" stays true).
 */
class RecountUnitTests {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void theScheduleStaysExactWhateverRiskControlDoes() {
        long base = Long.getLong("huzhu.test.seed", System.nanoTime());
        for (int round = 0; round < 300; round++) {
            long seed = base + round;
            try {
                run(new Random(seed));
            } catch (AssertionError e) {
                throw new AssertionError("failed with -Dhuzhu.test.seed=" + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private void run(Random random) {
        int cutCount = 1 + random.nextInt(30);
        long amount = cutCount * (1 + random.nextInt(500)) + random.nextInt(10_000);
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        TaskId id = TaskId.next();
        CutSchedule schedule = CutSchedule.derive(seed, id.toString(), amount, cutCount, cutCount, 1);
        TaskRow task = task(id, amount, cutCount);
        List<AssistRow> assists = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int choice = random.nextInt(4);
            if (choice == 0 || assists.isEmpty()) {
                int n = 1 + random.nextInt(4);
                List<AssistAttempt> attempts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    attempts.add(attempt(id, random.nextInt(5) == 0));
                }
                AssistBatch batch = new AssistBatch(task, terms(), NOW);
                List<AssistRow> rows = batch.cut(attempts, schedule);
                assists.addAll(rows);
                int held = (int) rows.stream()
                        .filter(r -> r.status() == AssistStatus.UNDER_REVIEW)
                        .count();
                task = task.corrected(
                        rows.isEmpty() ? task.progress() : rows.getLast().progressAfter(),
                        task.assistsDone() + rows.size(),
                        task.voidedCount(),
                        task.underReview() + held,
                        batch.releasedLeft(rows),
                        task.status(),
                        null,
                        null);
            } else {
                AssistStatus target = AssistStatus.values()[random.nextInt(3)];
                List<AssistRow> picked = new ArrayList<>();
                for (AssistRow row : assists) {
                    if (random.nextInt(3) == 0) {
                        picked.add(row);
                    }
                }
                Recount.Outcome outcome = Recount.apply(task, picked, target, "TEST", null, schedule);
                task = outcome.task();
                for (AssistRow changed : outcome.changed()) {
                    assists.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
                }
            }
            check(task, assists, schedule);
        }
    }

    private static void check(TaskRow task, List<AssistRow> assists, CutSchedule schedule) {
        long progress = 0;
        int counting = 0;
        int review = 0;
        Set<Integer> heldSlots = new HashSet<>();
        for (AssistRow a : assists) {
            assertThat(a.cut()).as("an assist's cut is its slot's").isEqualTo(schedule.cut(a.slot()));
            if (a.counts()) {
                progress += a.cut();
                counting++;
                review += a.status() == AssistStatus.UNDER_REVIEW ? 1 : 0;
                assertThat(heldSlots.add(a.slot()))
                        .as("slot " + a.slot() + " held twice")
                        .isTrue();
            }
        }
        assertThat(task.progress()).isEqualTo(progress);
        assertThat(task.assistsDone()).isEqualTo(counting);
        assertThat(task.underReview()).isEqualTo(review);
        assertThat(task.voidedCount()).isEqualTo(assists.size() - counting);
        long free = 0;
        for (int slot = 0; slot < schedule.size(); slot++) {
            if (!heldSlots.contains(slot)) {
                free += schedule.cut(slot);
            }
        }
        assertThat(task.remaining()).as("the free slots add up to what is left").isEqualTo(free);
        assertThat(task.maxAssistsRemaining()).isEqualTo(schedule.size() - heldSlots.size());
        for (int slot : task.releasedSlots()) {
            assertThat(heldSlots).doesNotContain(slot);
            assertThat(slot).isLessThan(task.freshSlot());
        }
    }

    private static AssistAttempt attempt(TaskId task, boolean held) {
        var helper = new CurrentUser(
                UserId.next(), "h", Set.of(Role.MEMBER), AccountStatus.ACTIVE, NOW.minus(Duration.ofDays(30)));
        RiskDecision risk = held
                ? new RiskDecision(RiskDecision.Outcome.REVIEW, "DEVICE_MANY_ACCOUNTS", Fingerprint.NONE)
                : RiskDecision.allow(Fingerprint.NONE);
        return new AssistAttempt(task, helper, UUID.randomUUID().toString(), risk);
    }

    private static TaskRow task(TaskId id, long amount, int cutCount) {
        return new TaskRow(
                id,
                CampaignId.next(),
                1,
                UserId.next(),
                CampaignKind.BARGAIN,
                TaskStatus.OPEN,
                "ABCDEFGH",
                amount,
                0,
                cutCount,
                0,
                amount,
                "c",
                "s",
                NOW,
                NOW.plus(Duration.ofDays(1)),
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                new int[0]);
    }

    private static CampaignTerms terms() {
        return new CampaignTerms(
                CampaignKind.BARGAIN,
                "t",
                "d",
                "o",
                "r",
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)),
                Duration.ofDays(1),
                10_000L,
                0L,
                null,
                null,
                1,
                1,
                1,
                1,
                1,
                new CampaignTerms.Limits(1, 1, null, null, null),
                Duration.ZERO,
                Duration.ZERO,
                ExpiryOption.NONE,
                Duration.ofDays(1));
    }
}
