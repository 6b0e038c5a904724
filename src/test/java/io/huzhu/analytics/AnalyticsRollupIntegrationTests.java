package io.huzhu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.IntegrationTest;
import io.huzhu.support.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roll-ups equal a direct recount of a seeded random history (members, invitations, posts, tasks, assists, steps,
 * voids, outsiders brought by share links), folded from shuffled facts with replays among them and replayed again
 * after folding. {@code -Dhuzhu.test.seed=<seed>} replays a run.
 */
@IntegrationTest
class AnalyticsRollupIntegrationTests {

    @Autowired
    Inbox inbox;

    @Autowired
    Rollup rollup;

    @Autowired
    Reads reads;

    @Autowired
    Charts charts;

    @Autowired
    AnalyticsProperties properties;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void rollUpsEqualADirectRecountAndReplaysAddNothing() {
        long seed = Long.getLong("huzhu.test.seed", System.nanoTime());
        System.out.println("AnalyticsRollupIntegrationTests seed " + seed + " on " + TestDatabase.name());
        RandomHistory history = new RandomHistory(seed, properties.zone());
        Random random = new Random(seed);
        List<Fact> arriving = new ArrayList<>(history.facts);
        for (Fact f : history.facts) {
            if (random.nextInt(5) == 0) {
                arriving.add(f); // a replay of the same event
            }
        }
        Collections.shuffle(arriving, random);
        tx.executeWithoutResult(s -> inbox.add(arriving));
        // Small batches: a member's or a task's facts fall into several of them, so what one batch kept in memory
        // and wrote at its end must be what the next batch reads.
        int batch = 1 + random.nextInt(60);
        rollup.drain(clock.instant().plusSeconds(3600), batch); // the shared test clock, which other tests move on
        Recount recount = new Recount(history, properties.zone());
        String context = "seed " + seed + " (" + history.facts.size() + " facts, batches of " + batch + ")";
        check(history, recount, context);

        List<Fact> again =
                history.facts.stream().filter(f -> random.nextInt(3) == 0).toList();
        tx.executeWithoutResult(s -> inbox.add(again));
        rollup.drain(clock.instant().plusSeconds(3600)); // the shared test clock, which other tests move on
        check(history, recount, context + " after a replay of " + again.size() + " facts");
    }

    /** The kinds that make their user active on the platform (docs/analytics.md, "platform" row). */
    private static final Set<Fact.Kind> PLATFORM_ACTIVE = Set.of(
            Fact.Kind.REGISTERED,
            Fact.Kind.SIGNED_IN,
            Fact.Kind.TASK_STARTED,
            Fact.Kind.ASSIST,
            Fact.Kind.MESSAGE_POSTED,
            Fact.Kind.MEMBER_JOINED,
            Fact.Kind.HELP_REPORTED,
            Fact.Kind.REWARD_CLAIMED,
            Fact.Kind.TASK_SETTLED);

    /** Every user's platform active days and first day, as stored, against the history's. */
    private void checkPlatformMembers(RandomHistory h, Recount recount, String context) {
        Map<UUID, Set<LocalDate>> expected = new HashMap<>();
        h.facts.stream()
                .filter(f -> PLATFORM_ACTIVE.contains(f.kind()) && f.user() != null)
                .forEach(f ->
                        expected.computeIfAbsent(f.user(), u -> new TreeSet<>()).add(recount.day(f.at())));
        expected.forEach((user, days) -> {
            List<LocalDate> stored = jdbc.sql("select stat_day from analytics_active_day where scope_kind = :k"
                            + " and scope_id = :s and user_id = :u order by stat_day")
                    .param("k", Calendar.PLATFORM)
                    .param("s", Calendar.PLATFORM_ID)
                    .param("u", user)
                    .query((rs, n) -> rs.getObject(1, LocalDate.class))
                    .list();
            assertThat(stored)
                    .as("platform active days of %s, %s", user, context)
                    .containsExactlyElementsOf(days);
            LocalDate first = jdbc.sql("select first_day from analytics_member where scope_kind = :k"
                            + " and scope_id = :s and user_id = :u")
                    .param("k", Calendar.PLATFORM)
                    .param("s", Calendar.PLATFORM_ID)
                    .param("u", user)
                    .query(LocalDate.class)
                    .single();
            assertThat(first)
                    .as("platform first day of %s, %s", user, context)
                    .isEqualTo(days.iterator().next());
        });
    }

    private void check(RandomHistory h, Recount recount, String context) {
        checkPlatformMembers(h, recount, context);
        LocalDate from = h.firstDay.minusDays(3);
        LocalDate to = h.lastDay.plusYears(3);
        Map<LocalDate, long[]> expected = recount.active(from, to);
        for (var day : charts.activeSeries(Calendar.GROUP, h.group, from, to)) {
            long[] e = expected.get(day.day());
            assertThat(new long[] {day.dau(), day.wau(), day.mau(), day.fresh()})
                    .as("group dau, wau, mau, new on %s, %s", day.day(), context)
                    .containsExactly(e);
        }
        var cells = reads.retention(Calendar.GROUP, h.group, Calendar.week(from), to);
        var expectedCells = recount.retention();
        assertThat(cells.keySet()).as("cohorts, %s", context).isEqualTo(expectedCells.keySet());
        expectedCells.forEach((week, byChannel) ->
                byChannel.forEach((channel, e) -> assertThat(cells.get(week).get(channel))
                        .as("retention of the %s cohort via %s, %s", week, channel, context)
                        .containsExactly(e)));
        for (UUID campaign : h.campaigns) {
            Map<String, Long> sums = new java.util.HashMap<>();
            reads.funnel(campaign, from, to).values().forEach(r -> r.forEach((k, n) -> sums.merge(k, n, Long::sum)));
            var funnel = recount.funnel(campaign);
            funnel.forEach((k, n) -> assertThat(sums.getOrDefault(k, 0L))
                    .as("funnel %s of campaign %s, %s", k, campaign, context)
                    .isEqualTo(n));
            for (String metric : List.of("first_assist", "to_success", "to_claim", "to_settle")) {
                assertThat(Durations.median(
                                Reads.merged(reads.durations(Calendar.CAMPAIGN, campaign, metric, from, to))))
                        .as("median %s of campaign %s, %s", metric, campaign, context)
                        .isEqualTo(recount.median(campaign, metric));
            }
            long[] v = new long[3];
            reads.viral(Calendar.CAMPAIGN, campaign, from, to).values().forEach(r -> {
                v[0] += r.get("senders");
                v[1] += r.get("invited");
                v[2] += r.get("converted");
            });
            assertThat(v)
                    .as("senders, invited, converted of campaign %s, %s", campaign, context)
                    .containsExactly(recount.viral(campaign));
            assertThat(Durations.median(Reads.merged(reads.durations(Calendar.CAMPAIGN, campaign, "cycle", from, to))))
                    .as("cycle median of campaign %s, %s", campaign, context)
                    .isEqualTo(recount.cycleMedian(campaign));
        }
    }
}
