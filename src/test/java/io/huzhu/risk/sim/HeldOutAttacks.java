package io.huzhu.risk.sim;

import io.huzhu.risk.sim.HonestPopulation.HonestTask;
import io.huzhu.risk.sim.HonestPopulation.Member;
import io.huzhu.risk.sim.SimWorld.Account;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A held-out set of attacks, written independently of the detectors, so they can be evaluated on attacks their
 * author never saw. Each type stays in the family its label names but varies in size, timing and disguise, with every
 * parameter drawn from the seeded random: a new seed is a new instance of each attack.
 *
 * <ul>
 *   <li>{@code DEVICE_FARM}: 40–80 accounts rotated daily over 4–8 farm phones on SIM cards (carrier addresses, or
 *       residential proxies), with sign-ins and some assists from spoofed device ids; it sells help to several owners.
 *   <li>{@code LOCKSTEP_RING}: a small ring (6–12 aged accounts, each with its own phone and home line) that joins
 *       its owners' groups and helps the tasks of several owners together, in a few minutes, in shuffled order.
 *   <li>{@code CAMOUFLAGED_RING}: 10–20 accounts whose help on the ring's tasks jitters over a 30–90 minute window
 *       and who also help honest tasks of their groups and elsewhere every day.
 *   <li>{@code REGISTRATION_BURST}: 30–70 accounts registered within about two hours from a few addresses of one
 *       /24, each on its own (emulated) device, helping one initiator right away and on later tasks over the week.
 *   <li>{@code SLOW_DRIP}: 8–15 accounts, some aged, some registered one by one during the week, helping 1–3 owners
 *       one assist every half hour to hours, and a couple of random honest tasks each.
 *   <li>{@code PAID_HELP_SELLER}: one or two seller accounts posting 代砍 offers, a pool of 20–45 helpers that sign in
 *       daily from their own phones, and customers (some asking openly 有偿求砍) whose tasks then get slow bursts.
 * </ul>
 */
final class HeldOutAttacks {

    static final List<String> TYPES = List.of(
            "DEVICE_FARM", "LOCKSTEP_RING", "CAMOUFLAGED_RING", "REGISTRATION_BURST", "SLOW_DRIP", "PAID_HELP_SELLER");

    /** An attack account and where it usually connects from. */
    private record Helper(Account account, int carrier, String home) {}

    private record Done(TaskId task, UserId helper) {}

    private final SimWorld world;
    private final Draws random;
    private final Network network;
    private final HonestPopulation honest;
    private final int days;
    private final Instant end;
    private final Set<Done> done = new HashSet<>();

    HeldOutAttacks(SimWorld world, java.util.Random random, Network network, HonestPopulation honest, int days) {
        this.world = world;
        this.random = new Draws(random);
        this.network = network;
        this.honest = honest;
        this.days = days;
        this.end = world.start.plus(Duration.ofDays(days));
    }

    void inject(String type) {
        switch (type) {
            case "DEVICE_FARM" -> deviceFarm(type);
            case "LOCKSTEP_RING" -> lockstepRing(type);
            case "CAMOUFLAGED_RING" -> camouflagedRing(type);
            case "REGISTRATION_BURST" -> registrationBurst(type);
            case "SLOW_DRIP" -> slowDrip(type);
            case "PAID_HELP_SELLER" -> paidHelpSeller(type);
            default -> throw new IllegalArgumentException("unknown held-out attack " + type);
        }
    }

    /**
     * A farm of phones on SIM cards: accounts registered on the phones over the past weeks, moved to another phone
     * every day, some sessions on spoofed device ids (改机 tools), help sold to owners in scripted runs.
     */
    private void deviceFarm(String label) {
        int deviceCount = random.between(4, 8);
        int accountCount = random.between(40, 80);
        boolean proxied = random.nextDouble() < 0.4;
        double spoofed = random.uniform(0.0, 0.15);
        double otherSignIns = random.uniform(0.2, 0.4);
        List<String> devices = new ArrayList<>();
        int[] carriers = new int[deviceCount];
        for (int d = 0; d < deviceCount; d++) {
            devices.add(network.newDevice());
            carriers[d] = network.carrier();
        }
        List<Account> farm = new ArrayList<>();
        for (int i = 0; i < accountCount; i++) {
            int d = random.nextInt(deviceCount);
            // Most accounts are made weeks ahead, a few topped up during the week.
            Instant registered = random.nextDouble() < 0.85
                    ? aged(3, 45)
                    : world.start.plus(Duration.ofMinutes(random.nextInt(Math.max(1, days - 1) * 1440)));
            farm.add(world.account(label, registered, devices.get(d), farmAddress(proxied, carriers[d])));
        }
        // Daily sign-ins keep accounts "active"; some from the phone the account sits on today, some spoofed.
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < farm.size(); i++) {
                Account a = farm.get(i);
                Instant at = random.dayTime(world.start, day, 0, 24);
                if (random.nextDouble() < 0.6 && !at.isBefore(a.registeredAt())) {
                    boolean other = random.nextDouble() < otherSignIns;
                    int d = (i + day) % deviceCount;
                    signIn(a, at, other ? network.newDevice() : devices.get(d), farmAddress(proxied, carriers[d]));
                }
            }
        }
        List<Member> owners = List.copyOf(honest.distinctActive(random.between(6, 12)));
        int target = random.between(180, 480);
        int made = 0;
        for (int guard = 0; made < target && guard < 200; guard++) {
            Member owner = owners.get(random.nextInt(owners.size()));
            int day = random.nextInt(days);
            Instant at = random.dayTime(world.start, day, 8, 24);
            TaskId task = world.startTask(owner.account, at);
            int wanted = random.between(8, 22);
            Instant t = at.plusSeconds(60L * random.between(2, 30));
            double gap = random.uniform(40, 240);
            for (Account a : random.shuffled(farm)) {
                if (wanted == 0) {
                    break;
                }
                int i = farm.indexOf(a);
                int dayOf = (int) Duration.between(world.start, t).toDays();
                int d = (i + dayOf) % deviceCount;
                String device = random.nextDouble() < spoofed ? network.newDevice() : devices.get(d);
                if (attempt(task, a, owner, t, device, farmAddress(proxied, carriers[d]), label)) {
                    wanted--;
                    made++;
                    t = t.plusSeconds(10 + random.exp(gap));
                }
            }
        }
    }

    private String farmAddress(boolean proxied, int carrier) {
        return proxied && random.nextDouble() < 0.8 ? network.proxy() : network.mobile(carrier);
    }

    /**
     * A small ring of aged accounts on their own phones and home lines, in the groups of the owners it serves; when
     * an owner posts, members go one after another within minutes, in a different order every time.
     */
    private void lockstepRing(String label) {
        List<Member> owners = List.copyOf(honest.distinctActive(random.between(3, 6)));
        List<Helper> ring = homeHelpers(label, random.between(6, 12), 60, 500);
        for (Helper h : ring) {
            for (Member owner : owners) {
                if (!owner.groups.isEmpty() && random.nextDouble() < 0.6) {
                    world.join(
                            h.account(),
                            owner.groups
                                    .get(random.nextInt(owner.groups.size()))
                                    .id(),
                            world.start.minus(Duration.ofHours(random.between(2, 400))));
                }
            }
        }
        dailySignIns(ring, 0.8);
        double participation = random.uniform(0.8, 1.0);
        int target = random.between(150, 400);
        int made = 0;
        for (int guard = 0; made < target && guard < 200; guard++) {
            Member owner = owners.get(random.nextInt(owners.size()));
            Instant at = random.dayTime(world.start, random.nextInt(days), 9, 23);
            TaskId task = world.startTask(owner.account, at);
            Instant t = at.plusSeconds(60L * random.between(1, 15));
            for (Helper h : random.shuffled(ring)) {
                if (random.nextDouble() < participation
                        && attempt(task, h.account(), owner, t, h.account().device(), usual(h, 0.6), label)) {
                    made++;
                }
                t = t.plusSeconds(random.between(20, 90));
            }
        }
    }

    /**
     * A ring that hides its coordination: on its own tasks each member comes at a random moment of a 30–90 minute
     * window, and every day its members help honest tasks from their groups and elsewhere too.
     */
    private void camouflagedRing(String label) {
        List<Member> owners = List.copyOf(honest.distinctActive(random.between(2, 4)));
        List<Helper> ring = homeHelpers(label, random.between(10, 20), 30, 400);
        List<List<HonestPopulation.Group>> groupsOf = new ArrayList<>();
        for (Helper h : ring) {
            List<HonestPopulation.Group> mine = new ArrayList<>();
            for (int j = random.between(1, 3); j > 0; j--) {
                HonestPopulation.Group g = honest.groups.get(random.nextInt(honest.groups.size()));
                if (!mine.contains(g)) {
                    mine.add(g);
                    world.join(h.account(), g.id(), world.start.minus(Duration.ofHours(random.between(2, 600))));
                }
            }
            groupsOf.add(mine);
        }
        dailySignIns(ring, 0.75);
        double participation = random.uniform(0.6, 0.9);
        int target = random.between(120, 320);
        int made = 0;
        for (int guard = 0; made < target && guard < 200; guard++) {
            Member owner = owners.get(random.nextInt(owners.size()));
            Instant at = random.dayTime(world.start, random.nextInt(days), 8, 23);
            TaskId task = world.startTask(owner.account, at);
            Instant from = at.plusSeconds(60L * random.between(0, 20));
            long window = 60L * random.between(30, 90);
            for (Helper h : ring) {
                if (random.nextDouble() < participation) {
                    Instant t = from.plusSeconds(random.nextLong(window));
                    if (attempt(task, h.account(), owner, t, h.account().device(), usual(h, 0.5), label)) {
                        made++;
                    }
                }
            }
        }
        // Camouflage: honest help, preferably on tasks posted by members of one's groups.
        double perDay = random.uniform(0.7, 1.8);
        for (int i = 0; i < ring.size(); i++) {
            Helper h = ring.get(i);
            Set<UserId> groupMates = new java.util.LinkedHashSet<>();
            for (HonestPopulation.Group g : groupsOf.get(i)) {
                g.members().forEach(m -> groupMates.add(m.account.id()));
            }
            for (int day = 0; day < days; day++) {
                for (int k = random.poisson(perDay); k > 0; k--) {
                    HonestTask task =
                            random.nextDouble() < 0.6 ? honestTaskOn(day, groupMates) : honestTaskOn(day, Set.of());
                    if (task != null) {
                        Instant t = task.at().plusSeconds(60L * (1 + random.exp(45)));
                        attempt(
                                task.id(),
                                h.account(),
                                task.initiator().id(),
                                t,
                                h.account().device(),
                                usual(h, 0.5),
                                label);
                    }
                }
            }
        }
    }

    /**
     * A studio (工作室) registering fresh accounts within about two hours, each on its own emulated device, from a few
     * egress addresses of one /24; all help one initiator right away and on the initiator's later tasks.
     */
    private void registrationBurst(String label) {
        Member initiator = honest.anyActive();
        int accountCount = random.between(30, 70);
        int[] firstOctets = {110, 113, 117, 121, 183, 222};
        String block = firstOctets[random.nextInt(firstOctets.length)] + "." + random.between(1, 254) + "."
                + random.between(0, 255) + ".";
        List<String> egress = new ArrayList<>();
        for (int n = random.between(3, 12); egress.size() < n; ) {
            String address = block + random.between(2, 254);
            if (!egress.contains(address)) {
                egress.add(address);
            }
        }
        int burstDay = random.nextInt(Math.max(1, days - 2));
        Instant burst = random.dayTime(world.start, burstDay, 10, 20);
        long span = 60L * random.between(100, 140);
        TaskId first = world.startTask(initiator.account, burst.minusSeconds(60L * random.between(0, 30)));
        List<Account> accounts = new ArrayList<>();
        int target = random.between(100, 350);
        int made = 0;
        for (int i = 0; i < accountCount; i++) {
            Instant registered = burst.plusSeconds(random.nextLong(span));
            String address = egress.get(random.nextInt(egress.size()));
            Account a = world.account(label, registered, network.newDevice(), address);
            accounts.add(a);
            Instant t = registered.plusSeconds(60L * (1 + random.exp(random.uniform(3, 10))));
            if (attempt(first, a, initiator, t, a.device(), address, label)) {
                made++;
            }
        }
        for (Account a : accounts) {
            if (random.nextDouble() < 0.5) {
                Instant at = a.registeredAt().plus(Duration.ofHours(random.between(6, 48)));
                if (at.isBefore(end)) {
                    signIn(a, at, a.device(), egress.get(random.nextInt(egress.size())));
                }
            }
        }
        Instant after = burst.plusSeconds(span);
        long remaining = Math.max(3600, Duration.between(after, end).toSeconds() - 3600);
        double participation = random.uniform(0.6, 0.9);
        for (int guard = 0; made < target && guard < 20; guard++) {
            Instant at = after.plusSeconds(random.nextLong(remaining));
            TaskId task = world.startTask(initiator.account, at);
            for (Account a : accounts) {
                if (random.nextDouble() < participation) {
                    Instant t = at.plusSeconds(60L * random.between(5, 120));
                    String address = random.nextDouble() < 0.85
                            ? egress.get(random.nextInt(egress.size()))
                            : network.mobile(network.carrier());
                    if (attempt(task, a, initiator, t, a.device(), address, label)) {
                        made++;
                    }
                }
            }
        }
    }

    /**
     * A drip: 8–15 accounts (some aged, some registered one by one during the week from different places) help the
     * daily tasks of 1–3 owners one at a time, half an hour to hours apart, and a couple of honest tasks each.
     */
    private void slowDrip(String label) {
        List<Member> owners = List.copyOf(honest.distinctActive(random.between(1, 3)));
        int accountCount = random.between(8, 15);
        List<Helper> drip = new ArrayList<>();
        for (int i = 0; i < accountCount; i++) {
            Instant registered = random.nextDouble() < 0.55
                    ? aged(10, 300)
                    : world.start.plus(Duration.ofMinutes(random.nextInt(Math.max(1, days / 2) * 1440)));
            int carrier = network.carrier();
            String home = network.newHome();
            String address = random.nextDouble() < 0.5 ? home : network.mobile(carrier);
            drip.add(new Helper(world.account(label, registered, network.newDevice(), address), carrier, home));
        }
        dailySignIns(drip, 0.5);
        double participation = random.uniform(0.5, 0.9);
        int target = random.between(100, 300);
        int made = 0;
        for (int guard = 0; made < target && guard < 200; guard++) {
            Member owner = owners.get(random.nextInt(owners.size()));
            Instant at = random.dayTime(world.start, random.nextInt(days), 8, 22);
            TaskId task = world.startTask(owner.account, at);
            Instant t = at.plusSeconds(60L * random.between(10, 90));
            Instant last = at.plus(Duration.ofHours(22));
            for (Helper h : random.shuffled(drip)) {
                if (t.isAfter(last)) {
                    break;
                }
                if (random.nextDouble() < participation
                        && attempt(task, h.account(), owner, t, h.account().device(), usual(h, 0.5), label)) {
                    made++;
                    t = t.plusSeconds(60L * random.between(25, 150));
                }
            }
        }
        for (Helper h : drip) {
            for (int k = random.between(2, 3); k > 0; k--) {
                int day = random.nextInt(days);
                HonestTask task = honestTaskOn(day, Set.of());
                if (task != null) {
                    Instant t = task.at().plusSeconds(60L * (1 + random.exp(90)));
                    attempt(
                            task.id(),
                            h.account(),
                            task.initiator().id(),
                            t,
                            h.account().device(),
                            usual(h, 0.5),
                            label);
                }
            }
        }
    }

    /**
     * A paid-help business: seller accounts post 代砍 offers; customers (some after asking openly 有偿求砍) order help
     * for their tasks; the seller's pool, whose accounts sign in daily from their own phones, helps each ordered task
     * over 20–90 minutes rather than all at once.
     */
    private void paidHelpSeller(String label) {
        List<Account> sellers = new ArrayList<>();
        for (int s = random.between(1, 2); s > 0; s--) {
            sellers.add(world.account(label, aged(20, 400), network.newDevice(), network.mobile(network.carrier())));
        }
        // The seller has been posting before; the first offer of the week comes within its first two days.
        List<Instant> posts = new ArrayList<>();
        for (int p = random.between(2, 6); p > 0; p--) {
            int day = posts.isEmpty() ? random.nextInt(Math.min(2, days)) : random.nextInt(days);
            Instant at = random.dayTime(world.start, day, 8, 23);
            world.paidHelp(sellers.get(random.nextInt(sellers.size())), at);
            posts.add(at);
        }
        Collections.sort(posts);
        Instant open = posts.getFirst();
        List<Helper> pool = new ArrayList<>();
        for (int i = random.between(20, 45); i > 0; i--) {
            int carrier = network.carrier();
            String home = network.newHome();
            pool.add(new Helper(
                    world.account(label, aged(5, 120), network.newDevice(), network.mobile(carrier)), carrier, home));
        }
        dailySignIns(pool, 0.9);
        List<Member> customers = List.copyOf(honest.distinctActive(random.between(6, 14)));
        double asksOpenly = random.uniform(0.2, 0.5);
        List<Instant> since = new ArrayList<>();
        for (Member c : customers) {
            long window = Math.max(3600, Duration.between(open, end).toSeconds() - 6 * 3600);
            Instant first = open.plusSeconds(random.nextLong(window));
            if (random.nextDouble() < asksOpenly) {
                world.paidHelp(c.account, first.minusSeconds(60L * random.between(10, 240)));
            }
            since.add(first);
        }
        int target = random.between(150, 500);
        int made = 0;
        for (int guard = 0; made < target && guard < 200; guard++) {
            int ci = random.nextInt(customers.size());
            Member customer = customers.get(ci);
            long room = Duration.between(since.get(ci), end).toSeconds() - 3600;
            if (room <= 0) {
                continue;
            }
            Instant at = since.get(ci).plusSeconds(random.nextLong(room));
            TaskId task = world.startTask(customer.account, at);
            int wanted = Math.min(pool.size(), random.between(10, 30));
            Instant from = at.plusSeconds(60L * random.between(10, 60));
            long spread = 60L * random.between(20, 90);
            List<Long> offsets = new ArrayList<>();
            for (int k = 0; k < wanted; k++) {
                offsets.add(random.nextLong(spread));
            }
            Collections.sort(offsets);
            List<Helper> chosen = random.shuffled(pool).subList(0, wanted);
            for (int k = 0; k < wanted; k++) {
                Helper h = chosen.get(k);
                if (attempt(
                        task,
                        h.account(),
                        customer,
                        from.plusSeconds(offsets.get(k)),
                        h.account().device(),
                        usual(h, 0.3),
                        label)) {
                    made++;
                }
            }
        }
    }

    // --- shared pieces ---

    /** Accounts of real-looking people: own phone, own home line, a carrier; registered long ago. */
    private List<Helper> homeHelpers(String label, int n, int minAge, int maxAge) {
        List<Helper> helpers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int carrier = network.carrier();
            String home = network.newHome();
            helpers.add(
                    new Helper(world.account(label, aged(minAge, maxAge), network.newDevice(), home), carrier, home));
        }
        return helpers;
    }

    private void dailySignIns(List<Helper> helpers, double p) {
        for (int day = 0; day < days; day++) {
            for (Helper h : helpers) {
                if (random.nextDouble() < p) {
                    Instant at = random.dayTime(world.start, day, 7, 23);
                    if (!at.isBefore(h.account().registeredAt())) {
                        signIn(h.account(), at, h.account().device(), usual(h, 0.5));
                    }
                }
            }
        }
    }

    /** Registered some days before the week, at any time of day. */
    private Instant aged(int minDays, int maxDays) {
        return world.start.minus(Duration.ofMinutes(1440L * random.between(minDays, maxDays) + random.nextInt(1440)));
    }

    private String usual(Helper h, double home) {
        return random.nextDouble() < home ? h.home() : network.mobile(h.carrier());
    }

    private void signIn(Account a, Instant at, String device, String address) {
        world.events.add(new SimWorld.SignIn(a.id(), at, device, address));
    }

    /** A random honest task posted on that day, by one of the given initiators if any are given. */
    private HonestTask honestTaskOn(int day, Set<UserId> initiators) {
        Instant from = world.start.plus(Duration.ofDays(day));
        Instant to = from.plus(Duration.ofDays(1));
        List<HonestTask> candidates = new ArrayList<>();
        for (HonestTask t : honest.tasks) {
            if (!t.at().isBefore(from)
                    && t.at().isBefore(to)
                    && (initiators.isEmpty()
                            || initiators.contains(t.initiator().id()))) {
                candidates.add(t);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private boolean attempt(
            TaskId task, Account helper, Member initiator, Instant at, String device, String address, String label) {
        return attempt(task, helper, initiator.account.id(), at, device, address, label);
    }

    /** Only attempts a real attacker could make: registered, once per task, within the simulated days. */
    private boolean attempt(
            TaskId task, Account helper, UserId initiator, Instant at, String device, String address, String label) {
        if (at.isBefore(helper.registeredAt()) || !at.isBefore(end) || !done.add(new Done(task, helper.id()))) {
            return false;
        }
        world.attempt(task, helper, initiator, at, device, address, label);
        return true;
    }

    /** The given random with the draws these attacks need; every draw goes to it, so a seed replays the week. */
    private static final class Draws {

        private final java.util.Random random;

        Draws(java.util.Random random) {
            this.random = random;
        }

        int nextInt(int bound) {
            return random.nextInt(bound);
        }

        long nextLong(long bound) {
            return random.nextLong(bound);
        }

        double nextDouble() {
            return random.nextDouble();
        }

        int between(int lo, int hi) {
            return lo + random.nextInt(hi - lo + 1);
        }

        double uniform(double lo, double hi) {
            return lo + (hi - lo) * random.nextDouble();
        }

        long exp(double mean) {
            return (long) (-Math.log(1 - random.nextDouble()) * mean);
        }

        int poisson(double lambda) {
            int k = 0;
            double p = Math.exp(-lambda);
            double s = p;
            double u = random.nextDouble();
            while (u > s && k < 30) {
                k++;
                p *= lambda / k;
                s += p;
            }
            return k;
        }

        Instant dayTime(Instant start, int day, int fromHour, int toHour) {
            long seconds = (long) fromHour * 3600 + random.nextInt((toHour - fromHour) * 3600);
            return start.plus(Duration.ofDays(day)).plusSeconds(seconds);
        }

        <T> List<T> shuffled(List<T> list) {
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        }
    }
}
