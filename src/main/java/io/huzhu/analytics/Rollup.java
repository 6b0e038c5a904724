package io.huzhu.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-up writer: folds the inbox's facts, oldest event first, into the aggregate tables, one batch per
 * transaction, while holding the analytics lock row (so one node folds at a time and counters need no other
 * coordination). A batch's facts are marked folded in the same transaction, so each fact counts exactly once.
 */
@Component
class Rollup {

    private static final Logger log = LoggerFactory.getLogger(Rollup.class);
    /** An active day looks this many days back and ahead (the 30-day window); the batch reads them with its members. */
    private static final int ACTIVE_DAYS_AROUND = 30;

    private final Inbox inbox;
    private final FunnelRollup funnel;
    private final GroupRollup groups;
    private final ActivityRollup activity;
    private final TaskRows tasks;
    private final MemberRows members;
    private final PostRows posts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AnalyticsProperties properties;
    private final Calendar calendar;
    private final Clock clock;

    Rollup(
            Inbox inbox,
            FunnelRollup funnel,
            GroupRollup groups,
            ActivityRollup activity,
            TaskRows tasks,
            MemberRows members,
            PostRows posts,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            AnalyticsProperties properties,
            Clock clock) {
        this.inbox = inbox;
        this.funnel = funnel;
        this.groups = groups;
        this.activity = activity;
        this.tasks = tasks;
        this.members = members;
        this.posts = posts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.calendar = new Calendar(properties.zone());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huzhu.analytics.interval:PT5S}", initialDelayString = "PT3S")
    void scheduled() {
        try {
            drain(clock.instant().minus(properties.settle()));
        } catch (RuntimeException e) {
            log.warn("Analytics roll-up failed; it will retry: {}", e.toString());
        }
    }

    /** Folds every fact received up to {@code receivedBefore}; returns how many. */
    int drain(Instant receivedBefore) {
        return drain(receivedBefore, properties.batch());
    }

    /** Folds every fact received up to {@code receivedBefore}, at most {@code size} per transaction. */
    int drain(Instant receivedBefore, int size) {
        int total = 0;
        while (true) {
            Integer folded = tx.execute(s -> batch(receivedBefore, size));
            if (folded == null || folded == 0) {
                return total;
            }
            total += folded;
        }
    }

    private int batch(Instant receivedBefore, int size) {
        jdbc.queryForList("select id from analytics_lock where id = 1 for update");
        List<Fact> facts = inbox.pending(receivedBefore, size);
        Counters counters = new Counters();
        try {
            // The batch's task rows, their posts, and its platform members with their active days around the batch's
            // days, read once (most facts are assists: one task, one helper); the members' writes go in one batch.
            List<UUID> taskIds =
                    facts.stream().map(Fact::task).filter(Objects::nonNull).toList();
            tasks.remember(taskIds);
            posts.remember(taskIds);
            if (!facts.isEmpty()) {
                members.remember(
                        Calendar.PLATFORM,
                        Calendar.PLATFORM_ID,
                        facts.stream().map(Fact::user).filter(Objects::nonNull).toList(),
                        calendar.day(facts.getFirst().at()).minusDays(ACTIVE_DAYS_AROUND),
                        calendar.day(facts.getLast().at()).plusDays(ACTIVE_DAYS_AROUND));
            }
            for (Fact fact : facts) {
                fold(counters, fact);
            }
            members.flush();
        } finally {
            tasks.forget();
            posts.forget();
            members.forget();
        }
        counters.flush(jdbc);
        inbox.processed(facts, clock.instant());
        return facts.size();
    }

    private void fold(Counters c, Fact f) {
        switch (f.kind()) {
            case REGISTERED, SIGNED_IN ->
                activity.touch(
                        c,
                        calendar,
                        Calendar.PLATFORM,
                        Calendar.PLATFORM_ID,
                        Objects.requireNonNull(f.user()),
                        f.at(),
                        null,
                        false);
            case TASK_STARTED,
                    ASSIST,
                    TASK_SUCCEEDED,
                    TASK_EXPIRED,
                    REWARD_CLAIMED,
                    TASK_SETTLED,
                    ASSISTS_VOIDED,
                    ASSISTS_RESTORED -> funnel.fold(c, calendar, f);
            default -> groups.fold(c, calendar, f);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void prune() {
        int n = inbox.prune(clock.instant().minus(properties.keepKeys()));
        if (n > 0) {
            log.info("Forgot the keys of {} folded analytics facts", n);
        }
    }
}
