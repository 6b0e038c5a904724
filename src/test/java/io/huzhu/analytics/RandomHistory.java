package io.huzhu.analytics;

import io.huzhu.analytics.Fact.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded random history of one group and two campaigns as facts: members join (some invited), post on random days,
 * start tasks that outsiders and members assist, succeed, expire, get claimed or settled; some outsiders brought by
 * an assist start a task of their own later. {@link Recount} counts it again directly.
 */
final class RandomHistory {

    record Task(
            UUID id,
            UUID campaign,
            UUID initiator,
            Instant started,
            List<Instant> assists,
            Instant succeeded,
            Instant expired,
            Instant rewarded,
            boolean claimed,
            long cents,
            int voided) {}

    final UUID group = UUID.randomUUID();
    final List<UUID> campaigns = List.of(UUID.randomUUID(), UUID.randomUUID());
    final List<Fact> facts = new ArrayList<>();
    final Map<UUID, Instant> joined = new HashMap<>();
    final Map<UUID, UUID> inviter = new HashMap<>();
    final Map<UUID, List<Instant>> posts = new HashMap<>();
    final List<Task> tasks = new ArrayList<>();
    /** Outsiders: their first assist (time, task). */
    final Map<UUID, Task> broughtBy = new HashMap<>();

    final Map<UUID, Instant> firstAssist = new HashMap<>();
    final LocalDate firstDay;
    final LocalDate lastDay;
    private final Random random;
    private final Instant start;
    private int serial;

    RandomHistory(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.firstDay = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(20));
        this.start = firstDay.atStartOfDay(zone).toInstant();
        this.lastDay = firstDay.plusDays(80);
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 30 + random.nextInt(15); i++) {
            UUID user = UUID.randomUUID();
            Instant at = at(0, 50 * 24 * 60);
            UUID by = null;
            List<UUID> earlier =
                    members.stream().filter(m -> joined.get(m).isBefore(at)).toList();
            if (!earlier.isEmpty() && random.nextInt(10) < 3) {
                by = earlier.get(random.nextInt(earlier.size()));
                inviter.put(user, by);
            }
            members.add(user);
            joined.put(user, at);
            add(Fact.of("join:" + user, Kind.MEMBER_JOINED, at)
                    .group(group)
                    .user(user)
                    .other(by));
            double rate = 0.02 + random.nextDouble() * 0.2;
            for (int d = 0; d < 60; d++) {
                Instant post = at.plus(Duration.ofMinutes(d * 24L * 60 + random.nextInt(24 * 60)));
                if (random.nextDouble() < rate) {
                    posts.computeIfAbsent(user, k -> new ArrayList<>()).add(post);
                    add(Fact.of("msg:" + next(), Kind.MESSAGE_POSTED, post)
                            .group(group)
                            .user(user)
                            .other(UUID.randomUUID())
                            .label("TEXT"));
                }
            }
        }
        for (int i = 0; i < 80; i++) {
            UUID initiator = members.get(random.nextInt(members.size()));
            Instant at = joined.get(initiator).plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
            task(initiator, campaigns.get(random.nextInt(2)), at, members);
        }
    }

    private void task(UUID initiator, UUID campaign, Instant at, List<UUID> members) {
        UUID id = UUID.randomUUID();
        add(Fact.of("start:" + id, Kind.TASK_STARTED, at).user(initiator).task(id, campaign));
        int n = random.nextInt(9);
        List<Instant> assists = new ArrayList<>();
        Instant t = at;
        Task self = null;
        List<UUID> outsiders = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            t = t.plus(Duration.ofSeconds(1 + random.nextInt(4 * 3600)));
            assists.add(t);
            UUID helper = random.nextInt(10) < 4 ? UUID.randomUUID() : members.get(random.nextInt(members.size()));
            if (helper.equals(initiator)
                    || (joined.containsKey(helper) && joined.get(helper).isAfter(t))) {
                helper = UUID.randomUUID();
            }
            if (!joined.containsKey(helper) && !firstAssist.containsKey(helper)) {
                outsiders.add(helper);
                firstAssist.put(helper, t);
            }
            add(Fact.of("assist:" + next(), Kind.ASSIST, t)
                    .user(helper)
                    .task(id, campaign)
                    .other(initiator));
        }
        Instant succeeded = n >= 3 ? t.plusSeconds(random.nextInt(60)) : null;
        Instant expired = succeeded == null ? at.plus(Duration.ofHours(48)) : null;
        boolean claimed = succeeded != null;
        Instant rewarded = null;
        long cents = 0;
        if (succeeded != null) {
            add(Fact.of("success:" + id, Kind.TASK_SUCCEEDED, succeeded)
                    .user(initiator)
                    .task(id, campaign)
                    .amount(n));
            if (random.nextInt(10) < 7) {
                rewarded = succeeded.plusSeconds(random.nextInt(3 * 86400));
                cents = 500 + random.nextInt(5000);
                add(Fact.of("claim:" + id, Kind.REWARD_CLAIMED, rewarded)
                        .user(initiator)
                        .task(id, campaign)
                        .amount(cents));
            }
        } else {
            add(Fact.of("expired:" + id, Kind.TASK_EXPIRED, expired)
                    .user(initiator)
                    .task(id, campaign));
            if (random.nextInt(10) < 3) {
                rewarded = expired.plusSeconds(random.nextInt(86400));
                cents = random.nextInt(300);
                add(Fact.of("settle:" + id, Kind.TASK_SETTLED, rewarded)
                        .user(initiator)
                        .task(id, campaign)
                        .amount(cents));
            }
        }
        int voided = n > 0 && random.nextInt(10) == 0 ? 1 : 0;
        if (voided > 0) {
            add(Fact.of("void:" + next(), Kind.ASSISTS_VOIDED, t.plusSeconds(600))
                    .task(id, campaign)
                    .amount(1));
        }
        self = new Task(id, campaign, initiator, at, assists, succeeded, expired, rewarded, claimed, cents, voided);
        tasks.add(self);
        for (UUID outsider : outsiders) {
            broughtBy.put(outsider, self);
            if (tasks.size() < 200 && random.nextInt(2) == 0) {
                Instant own = firstAssist.get(outsider).plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
                task(outsider, campaigns.get(random.nextInt(2)), own, members);
            }
        }
    }

    private Instant at(int fromMinute, int span) {
        return start.plus(Duration.ofMinutes(fromMinute + random.nextInt(span)));
    }

    private String next() {
        return Integer.toString(serial++) + ":" + UUID.randomUUID();
    }

    private void add(Fact fact) {
        facts.add(fact);
    }
}
