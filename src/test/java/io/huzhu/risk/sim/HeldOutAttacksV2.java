package io.huzhu.risk.sim;

import io.huzhu.risk.sim.HonestPopulation.Group;
import io.huzhu.risk.sim.HonestPopulation.HonestTask;
import io.huzhu.risk.sim.HonestPopulation.Member;
import io.huzhu.risk.sim.SimWorld.Account;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A second held-out attack set, written without reading the detectors, their tests or the two earlier attack sets:
 * the same six families, each played the way a careful operator would play it to look like ordinary members (aged
 * accounts with real-looking ages, several devices instead of one, addresses from carriers and proxies, joins to the
 * groups of the people helped, help spread in time, honest tasks helped as cover, customers and owners with one to
 * three tasks). Sizes and shapes vary with the seed; every choice comes from the given {@link Random}.
 */
final class HeldOutAttacksV2 {

    static final String DEVICE_FARM = "DEVICE_FARM";
    static final String LOCKSTEP_RING = "LOCKSTEP_RING";
    static final String CAMOUFLAGED_RING = "CAMOUFLAGED_RING";
    static final String REGISTRATION_BURST = "REGISTRATION_BURST";
    static final String SLOW_DRIP = "SLOW_DRIP";
    static final String PAID_HELP_SELLER = "PAID_HELP_SELLER";

    static final List<String> TYPES =
            List.of(DEVICE_FARM, LOCKSTEP_RING, CAMOUFLAGED_RING, REGISTRATION_BURST, SLOW_DRIP, PAID_HELP_SELLER);

    /** A task the attack helps: an owner's or customer's own task, or an honest one helped as cover. */
    private record Target(TaskId id, Account initiator, Instant at) {}

    /** The device and address an attack account uses for one request. */
    private record Via(String device, String address) {}

    private final SimWorld world;
    private final Random random;
    private final Network network;
    private final HonestPopulation honest;
    private final int days;
    private final Instant start;
    private final Instant end;
    private final Set<String> assisted = new LinkedHashSet<>();
    private final Set<String> joined = new LinkedHashSet<>();
    private final Set<Member> usedOwners = new LinkedHashSet<>();
    private final Map<UserId, Member> membersById = new LinkedHashMap<>();
    private final Map<GroupId, List<HonestTask>> tasksByGroup = new LinkedHashMap<>();

    HeldOutAttacksV2(SimWorld world, Random random, Network network, HonestPopulation honest, int days) {
        this.world = world;
        this.random = random;
        this.network = network;
        this.honest = honest;
        this.days = days;
        this.start = world.start;
        this.end = world.start.plus(Duration.ofDays(days));
        for (Member m : honest.members) {
            membersById.put(m.account.id(), m);
        }
        for (HonestTask t : honest.tasks) {
            Member initiator = membersById.get(t.initiator().id());
            if (initiator != null) {
                for (Group g : initiator.groups) {
                    tasksByGroup.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(t);
                }
            }
        }
    }

    void inject(String type) {
        switch (type) {
            case DEVICE_FARM -> deviceFarm();
            case LOCKSTEP_RING -> lockstepRing();
            case CAMOUFLAGED_RING -> camouflagedRing();
            case REGISTRATION_BURST -> registrationBurst();
            case SLOW_DRIP -> slowDrip();
            case PAID_HELP_SELLER -> paidHelpSeller();
            default -> throw new IllegalArgumentException("unknown attack " + type);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DEVICE_FARM: a studio of a few phones, each holding many accounts (some nurtured on that phone for months, some
    // bought aged elsewhere). The operator works phone by phone, switching accounts one after another, for farm
    // customers who each send one to three tasks; phones do not start together, accounts sometimes move to a sibling
    // phone, addresses come from the studio line, the phones' SIMs or rented proxies, and some accounts help honest
    // tasks as cover.

    private void deviceFarm() {
        String label = DEVICE_FARM;
        int target = 110 + random.nextInt(440);
        double coverShare = 0.08 + random.nextDouble() * 0.2;
        int phones = 3 + random.nextInt(6);
        int perPhone = Math.max(5, target / (phones * 3) + random.nextInt(6));
        String studio = network.newHome();
        int farmMode = random.nextInt(4);
        List<String> devices = new ArrayList<>();
        int[] phoneMode = new int[phones];
        int[] carrier = new int[phones];
        for (int p = 0; p < phones; p++) {
            devices.add(network.newDevice());
            phoneMode[p] = farmMode < 3 ? farmMode : random.nextInt(3);
            carrier[p] = network.carrier();
        }
        Function<Integer, String> farmAddress = p -> switch (phoneMode[p]) {
            case 0 -> random.nextDouble() < 0.9 ? studio : network.mobile(carrier[p]);
            case 1 -> network.mobile(carrier[p]);
            default -> network.proxy();
        };
        double bought = random.nextDouble() * 0.7;
        int nurtureDays = 20 + random.nextInt(160);
        Instant nurtureFrom = start.minus(Duration.ofDays(nurtureDays));
        List<Account> pool = new ArrayList<>();
        Map<Account, Integer> phoneOf = new LinkedHashMap<>();
        for (int p = 0; p < phones; p++) {
            for (int i = 0; i < perPhone; i++) {
                Account a;
                if (random.nextDouble() < bought) {
                    String address = random.nextBoolean() ? network.newHome() : network.mobile(network.carrier());
                    a = world.account(label, agedRegistration(), network.newDevice(), address);
                } else {
                    Instant at = nurtureFrom
                            .plus(Duration.ofDays(random.nextInt(nurtureDays - 1)))
                            .plusSeconds(9 * 3600 + random.nextInt(13 * 3600));
                    a = world.account(label, at, devices.get(p), farmAddress.apply(p));
                }
                pool.add(a);
                phoneOf.put(a, p);
            }
        }
        double joinP = 0.2 + random.nextDouble() * 0.6;
        double moveP = 0.03 + random.nextDouble() * 0.12;
        int orderTarget = (int) (target * (1 - coverShare));
        int count = 0;
        for (int guard = 0; count < orderTarget && guard < 200; guard++) {
            Member owner = newOwner();
            for (int day : ownerDays(1 + random.nextInt(3))) {
                Target task = startTask(owner, dayTime(day, 8, 22));
                int want = Math.min(pool.size(), 8 + random.nextInt(Math.max(5, Math.min(30, target / 5))));
                List<Account> chosen = sample(pool, want);
                Map<Integer, List<Account>> byPhone = new LinkedHashMap<>();
                for (Account a : chosen) {
                    int p = random.nextDouble() < moveP ? random.nextInt(phones) : phoneOf.get(a);
                    byPhone.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
                }
                for (Map.Entry<Integer, List<Account>> e : byPhone.entrySet()) {
                    int p = e.getKey();
                    Instant t = task.at().plusSeconds(60 * (5 + exp(40)));
                    for (Account a : e.getValue()) {
                        if (random.nextDouble() < joinP) {
                            joinOwnerGroup(a, owner, t.minusSeconds(3600L * (1 + random.nextInt(48))));
                        }
                        t = t.plusSeconds(40 + random.nextInt(140));
                        if (random.nextDouble() < 0.08) {
                            t = t.plusSeconds(60 * (5 + random.nextInt(25)));
                        }
                        String address = farmAddress.apply(p);
                        signIn(a, t, devices.get(p), address);
                        if (assist(task, a, t.plusSeconds(15 + random.nextInt(45)), devices.get(p), address, label)) {
                            count++;
                        }
                    }
                }
            }
        }
        cover(
                pool,
                target - count,
                a -> new Via(devices.get(phoneOf.get(a)), farmAddress.apply(phoneOf.get(a))),
                label);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // LOCKSTEP_RING: group-control software drives a ring of real phones, each account with its own device and its own
    // address (home lines, carrier addresses or proxies). When an owner's task arrives the controller fires the ring,
    // in one to three waves with jitter inside each wave, most but not all accounts each time; accounts are aged,
    // sign in on ordinary days and have joined the owners' groups.

    private void lockstepRing() {
        String label = LOCKSTEP_RING;
        int target = 110 + random.nextInt(450);
        int n = 12 + random.nextInt(Math.max(8, Math.min(45, target / 6)));
        double participation = 0.65 + random.nextDouble() * 0.3;
        long window = 60 + random.nextInt(660);
        List<Account> ring = new ArrayList<>();
        Map<Account, Function<Account, Via>> routes = new LinkedHashMap<>();
        boolean batch = random.nextBoolean();
        Instant batchAt = start.minus(Duration.ofDays(40 + random.nextInt(200)));
        double homeShare = random.nextDouble();
        double proxyShare = random.nextDouble() * (1 - homeShare);
        for (int i = 0; i < n; i++) {
            String device = network.newDevice();
            double style = random.nextDouble();
            String home = network.newHome();
            int carrier = network.carrier();
            Function<Account, Via> route;
            if (style < homeShare) {
                route = a -> new Via(device, random.nextDouble() < 0.85 ? home : network.mobile(carrier));
            } else if (style < homeShare + proxyShare) {
                route = a -> new Via(device, network.proxy());
            } else {
                route = a -> new Via(device, network.mobile(carrier));
            }
            Instant registered = batch ? batchAt.plusSeconds(random.nextInt(14 * 24 * 3600)) : agedRegistration();
            Account a =
                    world.account(label, registered, device, route.apply(null).address());
            ring.add(a);
            routes.put(a, route);
        }
        dailySignIns(ring, 0.3 + random.nextDouble() * 0.4, a -> routes.get(a).apply(a));
        double joinP = 0.4 + random.nextDouble() * 0.5;
        int count = 0;
        for (int guard = 0; count < target && guard < 200; guard++) {
            Member owner = newOwner();
            for (Account a : ring) {
                if (random.nextDouble() < joinP) {
                    joinOwnerGroup(a, owner, start.minusSeconds(3600L * (2 + random.nextInt(24 * 20))));
                }
            }
            for (int day : ownerDays(1 + random.nextInt(3))) {
                Target task = startTask(owner, dayTime(day, 8, 23));
                Instant trigger = task.at().plusSeconds(60 * (2 + exp(30)));
                int waves = 1 + random.nextInt(3);
                List<Account> firing = new ArrayList<>();
                for (Account a : ring) {
                    if (random.nextDouble() < participation) {
                        firing.add(a);
                    }
                }
                Collections.shuffle(firing, random);
                long[] waveOffset = new long[waves];
                for (int w = 1; w < waves; w++) {
                    waveOffset[w] = waveOffset[w - 1] + 60L * (8 + random.nextInt(35));
                }
                for (int i = 0; i < firing.size(); i++) {
                    Instant waveAt = trigger.plusSeconds(waveOffset[i * waves / firing.size()]);
                    Account a = firing.get(i);
                    Via via = routes.get(a).apply(a);
                    if (assist(
                            task, a, waveAt.plusSeconds(random.nextLong(window)), via.device(), via.address(), label)) {
                        count++;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // CAMOUFLAGED_RING: a ring of aged accounts on their own phones, connecting like members do (home line or carrier),
    // members of busy groups, which helps many honest tasks posted in those groups at the pace group members do; on
    // the owners' tasks the same accounts still arrive together, within minutes of a trigger.

    private void camouflagedRing() {
        String label = CAMOUFLAGED_RING;
        int target = 120 + random.nextInt(440);
        double camouflage = 0.3 + random.nextDouble() * 0.3;
        int n = 15 + random.nextInt(Math.max(8, Math.min(40, target / 7)));
        List<Account> ring = new ArrayList<>();
        Map<Account, Function<Account, Via>> routes = new LinkedHashMap<>();
        Map<Account, List<Group>> groupsOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String device = network.newDevice();
            String home = network.newHome();
            int carrier = network.carrier();
            Function<Account, Via> route =
                    a -> new Via(device, random.nextDouble() < 0.45 ? home : network.mobile(carrier));
            Account a = world.account(label, agedRegistration(), device, home);
            ring.add(a);
            routes.put(a, route);
            List<Group> groups = new ArrayList<>();
            int joins = 1 + random.nextInt(3);
            for (int j = 0; j < joins; j++) {
                Member someone = honest.members.get(random.nextInt(honest.members.size()));
                if (!someone.groups.isEmpty()) {
                    Group g = someone.groups.get(random.nextInt(someone.groups.size()));
                    if (!groups.contains(g)) {
                        groups.add(g);
                        join(a, g.id(), a.registeredAt().plusSeconds(3600L * (1 + random.nextInt(300))));
                    }
                }
            }
            groupsOf.put(a, groups);
        }
        dailySignIns(ring, 0.4 + random.nextDouble() * 0.4, a -> routes.get(a).apply(a));
        double participation = 0.55 + random.nextDouble() * 0.3;
        double spread = 3 + random.nextDouble() * 9;
        int ringTarget = (int) (target * (1 - camouflage));
        int count = 0;
        for (int guard = 0; count < ringTarget && guard < 200; guard++) {
            Member owner = newOwner();
            for (Account a : ring) {
                if (random.nextDouble() < 0.6 && !owner.groups.isEmpty()) {
                    Group g = owner.groups.get(random.nextInt(owner.groups.size()));
                    if (!groupsOf.get(a).contains(g)) {
                        groupsOf.get(a).add(g);
                    }
                    join(a, g.id(), start.minusSeconds(3600L * (2 + random.nextInt(24 * 30))));
                }
            }
            for (int day : ownerDays(1 + random.nextInt(3))) {
                Target task = startTask(owner, dayTime(day, 8, 23));
                Instant trigger = task.at().plusSeconds(60 * (1 + exp(20)));
                for (Account a : ring) {
                    if (random.nextDouble() < participation) {
                        Via via = routes.get(a).apply(a);
                        Instant at =
                                trigger.plusSeconds(10 + (long) (60 * spread * -Math.log(1 - random.nextDouble())));
                        if (assist(task, a, at, via.device(), via.address(), label)) {
                            count++;
                        }
                    }
                }
            }
        }
        // Cover: honest tasks of the groups each account sits in, at the pace group members help.
        int budget = target - count;
        int tries = 0;
        while (budget > 0 && tries++ < budget * 20) {
            Account a = ring.get(random.nextInt(ring.size()));
            List<Group> groups = groupsOf.get(a);
            HonestTask t = null;
            if (!groups.isEmpty() && random.nextDouble() < 0.85) {
                List<HonestTask> candidates = tasksByGroup.get(
                        groups.get(random.nextInt(groups.size())).id());
                if (candidates != null && !candidates.isEmpty()) {
                    t = candidates.get(random.nextInt(candidates.size()));
                }
            }
            if (t == null) {
                t = honest.tasks.get(random.nextInt(honest.tasks.size()));
            }
            long delay = 60 * (1 + (random.nextDouble() < 0.6 ? exp(8) : exp(180)));
            Via via = routes.get(a).apply(a);
            Target target2 = new Target(t.id(), t.initiator(), t.at());
            if (delay < 24 * 3600
                    && assist(target2, a, t.at().plusSeconds(delay), via.device(), via.address(), label)) {
                budget--;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // REGISTRATION_BURST: one initiator's helper registers a batch of accounts from one place (a home line, a phone
    // hotspot, a proxy exit or, for a student, the campus address) within an hour or two, in small batches as the
    // emulator is reset, each on its own device id; the new accounts join the initiator's group, help the open task
    // minutes after registering and come back for the initiator's next tasks, some over mobile data.

    private void registrationBurst() {
        String label = REGISTRATION_BURST;
        Member initiator = newOwner();
        int tasks = Math.min(days, 1 + random.nextInt(3));
        int n = 70 + random.nextInt(130);
        int mode = random.nextInt(20);
        int carrier = network.carrier();
        String place = mode < 7
                ? network.newHome()
                : mode < 12 ? network.mobile(carrier) : mode < 17 ? network.proxy() : Network.CAMPUS_NAT;
        double mobileP = random.nextDouble() * 0.35;
        double joinP = random.nextDouble() * 0.8;
        double returnP = 0.5 + random.nextDouble() * 0.4;
        int day = random.nextInt(Math.max(1, days - 1));
        Instant burstStart = dayTime(day, 9, 21);
        long duration = 60L * (20 + random.nextInt(130));
        List<Target> initiatorTasks = new ArrayList<>();
        Instant taskAt = burstStart.minusSeconds(60 * (5 + random.nextInt(55)));
        for (int i = 0; i < tasks; i++) {
            initiatorTasks.add(startTask(initiator, taskAt));
            taskAt = random.nextBoolean()
                    ? taskAt.plusSeconds(60 * (40 + random.nextInt(140)))
                    : taskAt.plus(Duration.ofDays(1)).plusSeconds(random.nextInt(7200) - 3600);
        }
        int avgBatch = 3 + random.nextInt(8);
        double gapMean = Math.max(30, duration / Math.max(1.0, (double) n / avgBatch) - avgBatch * 75.0);
        Instant t = burstStart;
        String device = null;
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t = random.nextInt(avgBatch) == 0
                    ? t.plusSeconds(30 + (long) (gapMean * -Math.log(1 - random.nextDouble())))
                    : t.plusSeconds(30 + random.nextInt(90));
            if (device == null || random.nextDouble() > 0.08) {
                device = network.newDevice();
            }
            Account a = world.account(label, t, device, place);
            accounts.add(a);
            if (random.nextDouble() < joinP && !initiator.groups.isEmpty()) {
                join(a, initiator.groups.getFirst().id(), t.plusSeconds(60 + random.nextInt(240)));
            }
            Instant first = t.plusSeconds(60 * (1 + exp(6)));
            for (Target task : initiatorTasks) {
                Instant at;
                if (task.at().isBefore(first)) {
                    if (task.at().plus(Duration.ofHours(24)).isBefore(first)) {
                        continue;
                    }
                    boolean current = initiatorTasks.stream()
                                    .filter(o -> o.at().isBefore(first))
                                    .reduce((x, y) -> y)
                                    .orElseThrow()
                            == task;
                    if (!current && random.nextDouble() > 0.5) {
                        continue;
                    }
                    at = first.plusSeconds(current ? 0 : 60 + random.nextInt(600));
                } else {
                    if (random.nextDouble() > returnP) {
                        continue;
                    }
                    at = task.at().plusSeconds(60 * (1 + exp(20)));
                }
                String address = random.nextDouble() < mobileP ? network.mobile(carrier) : place;
                assist(task, a, at, a.device(), address, label);
            }
        }
        cover(accounts, random.nextInt(1 + n / 10), a -> new Via(a.device(), network.mobile(carrier)), label);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // SLOW_DRIP: a pool of aged (or slowly registered) accounts, mostly one per phone, feeds owners' tasks all week a
    // few assists an hour at waking hours, each account at most about once a day, rotating across owners, with some
    // help for honest tasks as well.

    private void slowDrip() {
        String label = SLOW_DRIP;
        int target = 110 + random.nextInt(440);
        double coverShare = 0.05 + random.nextDouble() * 0.2;
        int n = Math.max(20, Math.min(120, target / (2 + random.nextInt(5))));
        double shareDevice = random.nextDouble() * 0.3;
        double wMobile = 0.3 + random.nextDouble() * 0.4;
        double wHome = random.nextDouble() * (1 - wMobile);
        boolean warmUp = random.nextInt(3) == 0;
        List<Account> pool = new ArrayList<>();
        Map<Account, Function<Account, Via>> routes = new LinkedHashMap<>();
        String device = null;
        for (int i = 0; i < n; i++) {
            if (device == null || random.nextDouble() > shareDevice) {
                device = network.newDevice();
            }
            String dev = device;
            double style = random.nextDouble();
            String home = network.newHome();
            int carrier = network.carrier();
            Function<Account, Via> route;
            if (style < wMobile) {
                route = a -> new Via(dev, network.mobile(carrier));
            } else if (style < wMobile + wHome) {
                route = a -> new Via(dev, random.nextDouble() < 0.8 ? home : network.mobile(carrier));
            } else {
                route = a -> new Via(dev, network.proxy());
            }
            Instant registered = warmUp
                    ? start.minus(Duration.ofDays(1 + random.nextInt(21))).plusSeconds(random.nextInt(86400))
                    : agedRegistration();
            Account a = world.account(label, registered, dev, route.apply(null).address());
            pool.add(a);
            routes.put(a, route);
        }
        Map<Account, Integer> lastDay = new LinkedHashMap<>();
        int dripTarget = (int) (target * (1 - coverShare));
        int count = 0;
        for (int guard = 0; count < dripTarget && guard < 200; guard++) {
            Member owner = newOwner();
            for (int day : ownerDays(1 + random.nextInt(3))) {
                Target task = startTask(owner, dayTime(day, 7, 20));
                int k = 8 + random.nextInt(30);
                double spanMinutes = 60 * (8 + random.nextInt(15));
                Instant t = task.at();
                Instant until = task.at().plus(Duration.ofHours(24));
                for (int i = 0; i < k; i++) {
                    t = t.plusSeconds(60 + (long) (60 * spanMinutes / k * -Math.log(1 - random.nextDouble())));
                    t = awake(t);
                    if (!t.isBefore(until) || !t.isBefore(end)) {
                        break;
                    }
                    int today = (int) Duration.between(start, t).toDays();
                    Account a = null;
                    for (int tries = 0; tries < 20; tries++) {
                        Account c = pool.get(random.nextInt(pool.size()));
                        if (lastDay.getOrDefault(c, -1) != today && !assisted.contains(task.id() + "/" + c.id())) {
                            a = c;
                            break;
                        }
                    }
                    if (a == null) {
                        continue;
                    }
                    Via via = routes.get(a).apply(a);
                    signIn(a, t.minusSeconds(30 + random.nextInt(600)), via.device(), via.address());
                    if (assist(task, a, t, via.device(), via.address(), label)) {
                        lastDay.put(a, today);
                        count++;
                    }
                }
            }
        }
        cover(pool, target - count, a -> routes.get(a).apply(a), label);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PAID_HELP_SELLER: a seller advertises 代砍 now and then; customers (some of whom ask openly, 有偿求砍) pay for
    // their one to three tasks, and within minutes of each order the seller's workers arrive: crowd-workers on their
    // own phones and small sub-farms of a few accounts per phone, a different subset each order, now and then the
    // seller too.

    private void paidHelpSeller() {
        String label = PAID_HELP_SELLER;
        int target = 120 + random.nextInt(430);
        Account seller = world.account(label, agedRegistration(), network.newDevice(), network.newHome());
        dailySignIns(List.of(seller), 0.8, a -> new Via(a.device(), a.address()));
        int ads = 2 + random.nextInt(6);
        for (int i = 0; i < ads; i++) {
            world.paidHelp(seller, dayTime(random.nextInt(days), 8, 23));
        }
        int poolSize = Math.max(30, Math.min(200, (int) (target / (1.5 + random.nextDouble() * 1.5))));
        double farmShare = 0.2 + random.nextDouble() * 0.5;
        double recentShare = random.nextDouble() * 0.3;
        List<Account> pool = new ArrayList<>();
        Map<Account, Function<Account, Via>> routes = new LinkedHashMap<>();
        Map<Account, String> phoneOf = new LinkedHashMap<>();
        String phone = null;
        int onPhone = 0;
        int phoneSize = 0;
        String proxyOrLine = null;
        for (int i = 0; i < poolSize; i++) {
            Instant registered = random.nextDouble() < recentShare
                    ? start.plus(Duration.ofDays(random.nextInt(Math.max(1, days - 1))))
                            .plusSeconds(8 * 3600 + random.nextInt(14 * 3600))
                    : agedRegistration();
            Function<Account, Via> route;
            if (random.nextDouble() < farmShare) {
                if (phone == null || onPhone >= phoneSize) {
                    phone = network.newDevice();
                    phoneSize = 3 + random.nextInt(6);
                    onPhone = 0;
                    proxyOrLine = random.nextBoolean() ? network.newHome() : null;
                }
                onPhone++;
                String dev = phone;
                String line = proxyOrLine;
                route = a -> new Via(dev, line != null ? line : network.proxy());
                Account a =
                        world.account(label, registered, dev, route.apply(null).address());
                pool.add(a);
                routes.put(a, route);
                phoneOf.put(a, dev);
            } else {
                String dev = network.newDevice();
                String home = network.newHome();
                int carrier = network.carrier();
                route = a -> new Via(dev, random.nextDouble() < 0.5 ? home : network.mobile(carrier));
                Account a = world.account(label, registered, dev, home);
                pool.add(a);
                routes.put(a, route);
            }
        }
        double askP = 0.25 + random.nextDouble() * 0.35;
        double joinP = random.nextDouble() * 0.25;
        int count = 0;
        for (int guard = 0; count < target && guard < 200; guard++) {
            Member customer = newOwner();
            List<Integer> customerDays = ownerDays(1 + random.nextInt(3));
            boolean asks = random.nextDouble() < askP;
            boolean asked = false;
            for (int day : customerDays) {
                Instant at = dayTime(day, 8, 22);
                if (asks && !asked) {
                    Instant askAt = random.nextDouble() < 0.6
                            ? at.minusSeconds(60 * (10 + random.nextInt(360)))
                            : at.plusSeconds(60 * (5 + random.nextInt(55)));
                    world.paidHelp(customer.account, askAt.isBefore(start) ? start.plusSeconds(60) : askAt);
                    asked = true;
                }
                Target task = startTask(customer, at);
                Instant order = at.plusSeconds(60 * (3 + exp(45)));
                long window = 60L * (3 + random.nextInt(33));
                int k = Math.min(pool.size(), 8 + random.nextInt(33));
                if (random.nextDouble() < 0.4
                        && assist(
                                task,
                                seller,
                                order.plusSeconds(30 + random.nextInt(90)),
                                seller.device(),
                                seller.address(),
                                label)) {
                    count++;
                }
                Map<String, Instant> phoneClock = new LinkedHashMap<>();
                Instant ordered = order;
                List<Account> available = pool.stream()
                        .filter(a -> a.registeredAt().isBefore(ordered.minusSeconds(3600)))
                        .toList();
                for (Account a : sample(available, k)) {
                    Via via = routes.get(a).apply(a);
                    Instant when;
                    String dev = phoneOf.get(a);
                    if (dev != null) {
                        Instant clock =
                                phoneClock.getOrDefault(dev, order.plusSeconds(random.nextLong(window / 3 + 1)));
                        when = clock.plusSeconds(40 + random.nextInt(80));
                        phoneClock.put(dev, when);
                    } else {
                        when = order.plusSeconds(20
                                + (long) Math.min(window, window / 3.0 * -Math.log(1 - random.nextDouble())));
                    }
                    if (random.nextDouble() < joinP && !customer.groups.isEmpty()) {
                        join(a, customer.groups.getFirst().id(), when.minusSeconds(60 + random.nextInt(300)));
                    }
                    if (assist(task, a, when, via.device(), via.address(), label)) {
                        count++;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Assists honest tasks at the pace members do, up to the budget, from each account's usual device and address. */
    private void cover(List<Account> accounts, int budget, Function<Account, Via> route, String label) {
        int tries = 0;
        while (budget > 0 && tries++ < budget * 20 && !honest.tasks.isEmpty()) {
            Account a = accounts.get(random.nextInt(accounts.size()));
            HonestTask t = honest.tasks.get(random.nextInt(honest.tasks.size()));
            long delay = 60 * (2 + (random.nextDouble() < 0.5 ? exp(10) : exp(240)));
            Via via = route.apply(a);
            if (delay < 24 * 3600
                    && assist(
                            new Target(t.id(), t.initiator(), t.at()),
                            a,
                            t.at().plusSeconds(delay),
                            via.device(),
                            via.address(),
                            label)) {
                budget--;
            }
        }
    }

    private boolean assist(Target task, Account helper, Instant at, String device, String address, String label) {
        if (at.isBefore(task.at().plusSeconds(20))) {
            at = task.at().plusSeconds(20 + random.nextInt(40));
        }
        if (at.isBefore(helper.registeredAt().plusSeconds(30))) {
            at = helper.registeredAt().plusSeconds(30 + random.nextInt(60));
        }
        if (!at.isBefore(end)
                || at.isBefore(start)
                || helper.id().equals(task.initiator().id())) {
            return false;
        }
        if (!assisted.add(task.id() + "/" + helper.id())) {
            return false;
        }
        world.attempt(task.id(), helper, task.initiator().id(), at, device, address, label);
        return true;
    }

    private Target startTask(Member owner, Instant at) {
        return new Target(world.startTask(owner.account, at), owner.account, at);
    }

    /** An honest, active member not yet used by these attacks. */
    private Member newOwner() {
        while (true) {
            Member m = honest.anyActive();
            if (usedOwners.add(m)) {
                return m;
            }
        }
    }

    /** Distinct days of the week for an owner's tasks, in order. */
    private List<Integer> ownerDays(int count) {
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            all.add(d);
        }
        Collections.shuffle(all, random);
        List<Integer> picked = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
        Collections.sort(picked);
        return picked;
    }

    private void joinOwnerGroup(Account a, Member owner, Instant at) {
        if (!owner.groups.isEmpty()) {
            join(a, owner.groups.get(random.nextInt(owner.groups.size())).id(), at);
        }
    }

    private void join(Account a, GroupId group, Instant at) {
        if (at.isBefore(a.registeredAt())) {
            at = a.registeredAt().plusSeconds(300 + random.nextInt(3600));
        }
        if (at.isBefore(end) && joined.add(a.id() + "/" + group)) {
            world.join(a, group, at);
        }
    }

    private void signIn(Account a, Instant at, String device, String address) {
        if (!at.isBefore(a.registeredAt()) && !at.isBefore(start) && at.isBefore(end)) {
            world.events.add(new SimWorld.SignIn(a.id(), at, device, address));
        }
    }

    private void dailySignIns(List<Account> accounts, double p, Function<Account, Via> route) {
        for (int day = 0; day < days; day++) {
            for (Account a : accounts) {
                if (random.nextDouble() < p) {
                    Via via = route.apply(a);
                    signIn(a, dayTime(day, 7, 23), via.device(), via.address());
                }
            }
        }
    }

    private List<Account> sample(List<Account> from, int count) {
        List<Account> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    /** Registration times like members': between ten days and about twenty months before the week. */
    private Instant agedRegistration() {
        return start.minus(Duration.ofMinutes(60L * 24 * (10 + random.nextInt(600)) + random.nextInt(1440)));
    }

    /** Moves a night-time instant to the next morning: a careful drip sleeps when its targets sleep. */
    private Instant awake(Instant t) {
        long secondOfDay = Duration.between(start, t).toSeconds() % 86400;
        if (secondOfDay < 7 * 3600) {
            return t.plusSeconds(7 * 3600 - secondOfDay + random.nextInt(2 * 3600));
        }
        return t;
    }

    private Instant dayTime(int day, int fromHour, int toHour) {
        long seconds = (long) fromHour * 3600 + random.nextInt((toHour - fromHour) * 3600);
        return start.plus(Duration.ofDays(day)).plusSeconds(seconds);
    }

    private long exp(double mean) {
        return (long) (-Math.log(1 - random.nextDouble()) * mean);
    }
}
