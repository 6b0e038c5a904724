package io.huzhu.reciprocity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demand and supply of a simulated mutual-help group, drawn once from a seed so that every policy faces exactly
 * the same members, the same posts at the same minutes and the same moments at which members are willing to help.
 * Only which request a willing member helps depends on the policy.
 */
record SimulatedGroup(List<Member> members, List<Request> requests, List<Event> events, int measuredMinutes) {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int LIFETIME_MINUTES = MINUTES_PER_DAY;

    enum Behaviour {
        // posts a day, help attempts a day, daily cap range: helpful members help up to their cap
        HELPFUL(0.5, 10.0, 6, 10),
        OCCASIONAL(0.5, 2.5, 3, 6),
        // free riders post the most and almost never help
        FREE_RIDER(1.0, 0.2, 3, 3);

        final double postsPerDay;
        final double helpAttemptsPerDay;
        final int minCap;
        final int maxCap;

        Behaviour(double postsPerDay, double helpAttemptsPerDay, int minCap, int maxCap) {
            this.postsPerDay = postsPerDay;
            this.helpAttemptsPerDay = helpAttemptsPerDay;
            this.minCap = minCap;
            this.maxCap = maxCap;
        }
    }

    record Member(int index, UUID id, Behaviour behaviour, int dailyCap) {}

    /** A help request: it succeeds with {@code need} helps before {@code postedAt + LIFETIME_MINUTES}. */
    record Request(int index, UUID id, int requester, int postedAt, int need) {
        int deadline() {
            return postedAt + LIFETIME_MINUTES;
        }
    }

    /** A post (request >= 0) or a member's willingness to help once (request < 0), at a minute. */
    record Event(int minute, int member, int request) {
        boolean isPost() {
            return request >= 0;
        }
    }

    /**
     * Arrivals run one day past the measured days so that the last measured requests still compete with newer ones
     * for their whole lifetime, as they would in a living group.
     */
    static SimulatedGroup generate(long seed, int memberCount, int days) {
        var random = new Random(seed);
        var members = members(random, memberCount);
        var requests = new ArrayList<Request>();
        var events = new ArrayList<Event>();
        for (var member : members) {
            var schedule = OnlineSchedule.draw(random);
            for (int day = 0; day <= days; day++) {
                int posts = poisson(random, member.behaviour().postsPerDay);
                for (int i = 0; i < posts; i++) {
                    int minute = schedule.minuteOnline(random, day);
                    var request =
                            new Request(requests.size(), uuid(random), member.index(), minute, 3 + random.nextInt(6));
                    requests.add(request);
                    events.add(new Event(minute, member.index(), request.index()));
                }
                int attempts = poisson(random, member.behaviour().helpAttemptsPerDay);
                for (int i = 0; i < attempts; i++) {
                    events.add(new Event(schedule.minuteOnline(random, day), member.index(), -1));
                }
            }
        }
        // Stable sort: posts first within a minute, then generation order.
        events.sort(Comparator.comparingInt(Event::minute).thenComparing(e -> !e.isPost()));
        return new SimulatedGroup(members, requests, events, days * MINUTES_PER_DAY);
    }

    private static List<Member> members(Random random, int count) {
        var behaviours = new ArrayList<Behaviour>();
        for (int i = 0; i < count; i++) {
            behaviours.add(
                    i < count * 0.2
                            ? Behaviour.HELPFUL
                            : i < count * 0.7 ? Behaviour.OCCASIONAL : Behaviour.FREE_RIDER);
        }
        Collections.shuffle(behaviours, random);
        var members = new ArrayList<Member>();
        for (int i = 0; i < count; i++) {
            var b = behaviours.get(i);
            members.add(new Member(i, uuid(random), b, b.minCap + random.nextInt(b.maxCap - b.minCap + 1)));
        }
        return members;
    }

    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    boolean measured(Request request) {
        return request.postedAt() < measuredMinutes;
    }
}
