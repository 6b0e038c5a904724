package io.huzhu.analytics;

import io.huzhu.analytics.Fact.Kind;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.DemoDataLoaded;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sixty days of synthetic history for the demo's campaigns and group, written as facts to the inbox (and so folded
 * by the same roll-up as real events), so that a newcomer's first run shows living charts. Only analytics' tables
 * get it; the people are made-up ids with no account. Seeded, so every first run shows the same past.
 */
@Component
class DemoHistory {

    static final int DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private final Inbox inbox;

    DemoHistory(Inbox inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void on(DemoDataLoaded event) {
        if (event.campaigns().isEmpty() || event.groups().isEmpty()) {
            return;
        }
        List<Fact> facts = new Simulation(event).run();
        inbox.add(facts);
        log.info("Analytics demo history: {} facts over {} days, folded in the background", facts.size(), DAYS);
    }

    /** A day-by-day simulation of arrivals, activity, posts, tasks, assists, reports and departures. */
    static final class Simulation {

        record Person(UUID id, Instant arrived, double rate, boolean member, Instant left) {}

        private final Random random = new Random(16);
        private final List<Fact> facts = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<UUID> campaigns;
        private final UUID group;
        private final Instant start;
        private final Instant end;
        private int serial;

        Simulation(DemoDataLoaded event) {
            this.campaigns = event.campaigns().stream().map(CampaignId::value).toList();
            this.group = event.groups().get(0).value();
            this.end = event.at().minus(Duration.ofMinutes(5));
            this.start = end.minus(Duration.ofDays(DAYS));
        }

        List<Fact> run() {
            for (int day = 0; day < DAYS; day++) {
                Instant dayStart = start.plus(Duration.ofDays(day));
                for (int i = 0; i < 2 + day / 12; i++) {
                    arrive(dayStart.plusSeconds(random.nextInt(86_400)));
                }
                for (Person p : List.copyOf(people)) {
                    if (p.arrived().isBefore(dayStart)
                            && dayStart.isBefore(p.left())
                            && random.nextDouble() < p.rate()) {
                        act(p, dayStart.plusSeconds(random.nextInt(86_400)));
                    }
                }
            }
            return facts.stream().filter(f -> f.at().isBefore(end)).toList();
        }

        private void arrive(Instant at) {
            UUID id = id();
            add(Fact.of(key(), Kind.REGISTERED, at).user(id));
            boolean member = random.nextInt(10) < 6;
            Instant left = member && random.nextInt(10) == 0 ? at.plus(Duration.ofDays(3 + random.nextInt(30))) : end;
            Person p = new Person(id, at, 0.05 + random.nextDouble() * 0.45, member, left);
            if (member) {
                List<Person> members = people.stream().filter(Person::member).toList();
                UUID inviter = !members.isEmpty() && random.nextInt(10) < 4
                        ? members.get(random.nextInt(members.size())).id()
                        : null;
                add(Fact.of(key(), Kind.MEMBER_JOINED, at.plusSeconds(60))
                        .group(group)
                        .user(id)
                        .other(inviter));
                if (left.isBefore(end)) {
                    add(Fact.of(key(), Kind.MEMBER_LEFT, left)
                            .group(group)
                            .user(id)
                            .label("LEFT"));
                }
            }
            people.add(p);
        }

        private void act(Person p, Instant at) {
            add(Fact.of(key(), Kind.SIGNED_IN, at).user(p.id()));
            if (p.member() && random.nextInt(2) == 0) {
                UUID message = UUID.randomUUID();
                add(Fact.of(key(), Kind.MESSAGE_POSTED, at.plusSeconds(30))
                        .group(group)
                        .user(p.id())
                        .other(message)
                        .label("TEXT"));
                boolean held = random.nextInt(30) == 0;
                add(Fact.of(key(), Kind.MESSAGE_SCREENED, at.plusSeconds(30))
                        .group(group)
                        .user(p.id())
                        .amount(held ? 1 + (random.nextInt(3) == 0 ? 2 : 0) : 0));
                if (random.nextInt(40) == 0) {
                    Instant reported = at.plusSeconds(600 + random.nextInt(7200));
                    add(Fact.of(key(), Kind.REPORT_FILED, reported)
                            .group(group)
                            .label(random.nextBoolean() ? "SPAM" : "OFF_TOPIC"));
                    add(Fact.of(key(), Kind.CASE_ACTIONED, reported.plusSeconds(300 + random.nextInt(40_000)))
                            .group(group)
                            .at2(reported));
                }
            }
            if (random.nextInt(6) == 0) {
                task(p, at.plusSeconds(120));
            }
        }

        private void task(Person initiator, Instant at) {
            UUID task = UUID.randomUUID();
            UUID campaign = campaigns.get(random.nextInt(campaigns.size()));
            add(Fact.of(key(), Kind.TASK_STARTED, at).user(initiator.id()).task(task, campaign));
            if (initiator.member() && random.nextInt(5) < 2) {
                add(Fact.of(key(), Kind.MESSAGE_POSTED, at.plusSeconds(90))
                        .group(group)
                        .user(initiator.id())
                        .other(UUID.randomUUID())
                        .task(task, null)
                        .label("TASK"));
            }
            int assists = random.nextInt(9);
            Instant t = at.plusSeconds(120);
            for (int k = 0; k < assists; k++) {
                t = t.plusSeconds(30 + random.nextInt(3 * 3600));
                UUID helper = helper(t);
                add(Fact.of(key(), Kind.ASSIST, t)
                        .user(helper)
                        .task(task, campaign)
                        .other(initiator.id()));
            }
            if (assists >= 5) {
                add(Fact.of(key(), Kind.TASK_SUCCEEDED, t.plusSeconds(1))
                        .user(initiator.id())
                        .task(task, campaign)
                        .amount(assists));
                if (random.nextInt(4) > 0) {
                    add(Fact.of(key(), Kind.REWARD_CLAIMED, t.plusSeconds(60 + random.nextInt(86_400)))
                            .user(initiator.id())
                            .task(task, campaign)
                            .amount(1_000 + random.nextInt(9_000)));
                }
            } else {
                Instant expired = at.plus(Duration.ofHours(24));
                add(Fact.of(key(), Kind.TASK_EXPIRED, expired)
                        .user(initiator.id())
                        .task(task, campaign));
                if (random.nextInt(3) == 0) {
                    add(Fact.of(key(), Kind.TASK_SETTLED, expired.plusSeconds(600 + random.nextInt(20_000)))
                            .user(initiator.id())
                            .task(task, campaign)
                            .amount(random.nextInt(3_000)));
                }
            }
            if (assists > 0 && random.nextInt(15) == 0) {
                add(Fact.of(key(), Kind.ASSISTS_VOIDED, t.plusSeconds(900))
                        .task(task, campaign)
                        .amount(1));
            }
        }

        /** A helper: an earlier person, or a newcomer brought by the share link (who may come back later). */
        private UUID helper(Instant at) {
            if (people.isEmpty() || random.nextInt(10) < 3) {
                UUID id = id();
                people.add(new Person(id, at, random.nextDouble() * 0.3, false, end));
                return id;
            }
            return people.get(random.nextInt(people.size())).id();
        }

        private UUID id() {
            return UUID.nameUUIDFromBytes(("huzhu-demo-person-" + serial++).getBytes(StandardCharsets.UTF_8));
        }

        private String key() {
            return "demo:" + serial++;
        }

        private void add(Fact fact) {
            facts.add(fact);
        }
    }
}
