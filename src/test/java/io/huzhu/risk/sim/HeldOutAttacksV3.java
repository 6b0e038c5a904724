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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The third held-out attack set, written without reading the detectors, their tests, the risk documents or the two
 * earlier sets. Each family is played the way an operator of such a scheme in China would run it: a studio's phones
 * holding nurtured and bought accounts in app clones, a script driving cloud phones with their own exit addresses, a
 * ring of aged accounts that lives inside honest groups, an initiator registering SMS-platform numbers one after
 * another on one line, a patient drip at waking hours, and a 代砍 seller with a crowd of part-timers and a small
 * sub-farm. Sizes, timing and modes are drawn from the seed; every attempt an attack makes carries its label.
 */
final class HeldOutAttacksV3 {

    static final List<String> TYPES = List.of(
            "DEVICE_FARM", "LOCKSTEP_RING", "CAMOUFLAGED_RING", "REGISTRATION_BURST", "SLOW_DRIP", "PAID_HELP_SELLER");

    private static final int MAX_ATTEMPTS = 600;

    private final SimWorld world;
    private final Random random;
    private final Network network;
    private final HonestPopulation honest;
    private final int days;
    private final Instant end;

    HeldOutAttacksV3(SimWorld world, Random random, Network network, HonestPopulation honest, int days) {
        this.world = world;
        this.random = random;
        this.network = network;
        this.honest = honest;
        this.days = Math.max(1, days);
        this.end = world.start.plus(Duration.ofDays(this.days));
    }

    void inject(String type) {
        switch (type) {
            case "DEVICE_FARM" -> deviceFarm();
            case "LOCKSTEP_RING" -> lockstepRing();
            case "CAMOUFLAGED_RING" -> camouflagedRing();
            case "REGISTRATION_BURST" -> registrationBurst();
            case "SLOW_DRIP" -> slowDrip();
            case "PAID_HELP_SELLER" -> paidHelpSeller();
            default -> throw new IllegalArgumentException("unknown attack " + type);
        }
    }

    /** A task as the attacks see it: who asked for help and since when. */
    private record Task(TaskId id, UserId initiator, Instant at) {}

    /** One attack's attempts: each helper at most once per task, never before the task or its own registration. */
    private final class Ledger {
        final String label;
        final Set<String> done = new LinkedHashSet<>();
        int count;

        Ledger(String label) {
            this.label = label;
        }

        boolean full() {
            return count >= MAX_ATTEMPTS;
        }

        boolean assist(Task task, Account helper, Instant at, String device, String address) {
            if (full()
                    || at.isBefore(task.at())
                    || at.isBefore(helper.registeredAt())
                    || !at.isBefore(end)
                    || helper.id().equals(task.initiator())
                    || !done.add(task.id().value() + "/" + helper.id().value())) {
                return false;
            }
            world.attempt(task.id(), helper, task.initiator(), at, device, address, label);
            count++;
            return true;
        }

        boolean helped(Task task, Account helper) {
            return done.contains(task.id().value() + "/" + helper.id().value());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DEVICE_FARM: a studio (工作室) with a few phones, each holding a dozen accounts in app clones (多开).

    private record Phone(String device, int carrier, boolean togglesAirplane, List<Account> accounts) {}

    /**
     * A studio of 3-7 phones, each with 6-17 accounts: some nurtured on the phone for weeks (养号), some bought aged
     * accounts registered elsewhere and logged in on the phone. Paying customers send task links; the operator works
     * all phones at once, switching accounts on each phone every 20-90 seconds, no account more than three times a
     * day. Some phones toggle airplane mode between accounts for a fresh carrier address, others sit on the studio's
     * broadband line.
     */
    private void deviceFarm() {
        String label = "DEVICE_FARM";
        Ledger ledger = new Ledger(label);
        String studio = network.newHome();
        int phones = 3 + random.nextInt(5);
        double boughtShare = 0.15 + 0.45 * random.nextDouble();
        List<Phone> farm = new ArrayList<>();
        for (int p = 0; p < phones; p++) {
            Phone phone =
                    new Phone(network.newDevice(), network.carrier(), random.nextDouble() < 0.5, new ArrayList<>());
            farm.add(phone);
            int count = 6 + random.nextInt(12);
            Instant batch = daysAgo(12, 75);
            Instant bought = daysAgo(3, 30);
            for (int i = 0; i < count; i++) {
                Account a;
                if (random.nextDouble() < boughtShare) {
                    // A bought 老号: registered long ago on its first owner's phone, now logged in on the farm phone.
                    String origin = random.nextBoolean() ? network.newHome() : network.mobile(network.carrier());
                    a = world.account(label, daysAgo(120, 900), network.newDevice(), origin);
                    Instant login = bought.plusSeconds(60L * i + random.nextInt(50));
                    signIn(a, login, phone.device(), farmAddress(phone, studio));
                } else {
                    Instant registered = batch.plusSeconds(random.nextInt(3 * 86400));
                    a = world.account(label, registered, phone.device(), farmAddress(phone, studio));
                }
                phone.accounts().add(a);
                if (random.nextDouble() < 0.5) {
                    joinBefore(a, popularGroup().id(), a.registeredAt().plusSeconds(3600L * (1 + random.nextInt(72))));
                }
            }
        }
        // 养号: the accounts are opened most days so that they look alive.
        for (int day = 0; day < days; day++) {
            for (Phone phone : farm) {
                Instant t = at(day, 9 + 3 * random.nextDouble());
                for (Account a : phone.accounts()) {
                    if (random.nextDouble() < 0.55) {
                        t = t.plusSeconds(30 + random.nextInt(90));
                        signIn(a, t, phone.device(), farmAddress(phone, studio));
                    }
                }
            }
        }
        List<Member> customers = new ArrayList<>(honest.distinctActive(3 + random.nextInt(6)));
        Map<String, Integer> usedToday = new LinkedHashMap<>();
        int target = 150 + random.nextInt(400);
        for (int order = 0; order < 80 && ledger.count < target; order++) {
            int day = random.nextInt(days);
            Member customer = customers.get(random.nextInt(customers.size()));
            Instant posted = at(day, wakingHour());
            Task task = honestTask(customer, posted);
            int wanted = 15 + random.nextInt(46);
            int perPhone = (wanted + phones - 1) / phones;
            // The customer pays on WeChat and sends the link; the operator gets to it between other orders.
            Instant pickedUp = posted.plusSeconds(60 * (4 + exp(25)));
            for (Phone phone : farm) {
                Instant t = pickedUp.plusSeconds(random.nextInt(150));
                List<Account> queue = shuffled(phone.accounts());
                queue.sort(Comparator.comparingInt(a -> usedToday.getOrDefault(day + "/" + a.id().value(), 0)));
                int done = 0;
                for (Account a : queue) {
                    String key = day + "/" + a.id().value();
                    if (done >= perPhone || usedToday.getOrDefault(key, 0) >= 3) {
                        continue;
                    }
                    t = t.plusSeconds(20 + random.nextInt(70));
                    if (random.nextDouble() < 0.04) {
                        t = t.plusSeconds(120 + random.nextInt(400)); // a captcha, a call, a stuck clone
                    }
                    if (ledger.assist(task, a, t, phone.device(), farmAddress(phone, studio))) {
                        done++;
                        usedToday.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private String farmAddress(Phone phone, String studio) {
        return phone.togglesAirplane() ? network.mobile(phone.carrier()) : studio;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // LOCKSTEP_RING: a script driving cloud phones (云手机), each with its own fingerprint and exit address.

    /**
     * 12-30 cloud-phone instances bought in one order and registered over a few days, each with its own device
     * fingerprint and dedicated exit address (独立IP; some vendors rotate it per request). The script runs at fixed
     * slots each day: one member of the ring (now and then a paying outsider) posts a task and every other instance
     * opens the link within seconds of each other, in the script's order. Sign-ins are scripted too.
     */
    private void lockstepRing() {
        String label = "LOCKSTEP_RING";
        Ledger ledger = new Ledger(label);
        int k = 12 + random.nextInt(19);
        boolean rotating = random.nextDouble() < 0.3;
        Instant bought = daysAgo(20, 150);
        GroupId ringGroup = new GroupId(world.id());
        List<Account> ring = new ArrayList<>();
        Map<UserId, String> exit = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            String address = network.proxy();
            Instant registered = bought.plusSeconds(random.nextInt(6 * 86400));
            Account a = world.account(label, registered, network.newDevice(), address);
            ring.add(a);
            exit.put(a.id(), address);
            joinBefore(a, ringGroup, registered.plusSeconds(300 + random.nextInt(3600)));
        }
        double signInHour = 6.5 + 3 * random.nextDouble();
        for (int day = 0; day < days; day++) {
            Instant t = at(day, signInHour).plusSeconds(random.nextInt(240));
            for (Account a : ring) {
                if (random.nextDouble() < 0.92) {
                    t = t.plusSeconds(1 + random.nextInt(6));
                    signIn(a, t, a.device(), rotating ? network.proxy() : exit.get(a.id()));
                }
            }
        }
        int slotsPerDay = 2 + random.nextInt(3);
        List<Double> slots = new ArrayList<>();
        for (int s = 0; s < slotsPerDay; s++) {
            slots.add(random.nextDouble() < 0.15 ? 24 * random.nextDouble() : 8 + 15.5 * random.nextDouble());
        }
        List<Member> outsiders = new ArrayList<>(honest.distinctActive(1 + random.nextInt(3)));
        int target = 150 + random.nextInt(400);
        int rounds = Math.min(days * slotsPerDay, (int) Math.ceil(target / (0.88 * (k - 1))));
        List<Instant> times = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int c = 0; c < days * slotsPerDay; c++) {
            cells.add(c);
        }
        Collections.shuffle(cells, random);
        for (int c : cells.subList(0, rounds)) {
            times.add(at(c / slotsPerDay, slots.get(c % slotsPerDay)).plusSeconds(random.nextInt(300)));
        }
        Collections.sort(times);
        List<Account> order = shuffled(ring);
        for (int r = 0; r < times.size(); r++) {
            Instant posted = times.get(r);
            Task task;
            Account initiator = null;
            if (random.nextDouble() < 0.78) {
                initiator = order.get(r % k);
                String address = rotating ? network.proxy() : exit.get(initiator.id());
                task = start(initiator, posted, initiator.device(), address);
            } else {
                task = honestTask(outsiders.get(random.nextInt(outsiders.size())), posted);
            }
            Instant t = posted.plusSeconds(25 + random.nextInt(200));
            int offset = random.nextInt(k);
            for (int i = 0; i < k; i++) {
                Account a = order.get((offset + i) % k);
                if (a == initiator || random.nextDouble() < 0.08) {
                    continue; // the instance that posted, or one that dropped its session
                }
                t = t.plusSeconds(random.nextDouble() < 0.4 ? random.nextInt(3) : 2 + random.nextInt(14));
                ledger.assist(task, a, t, a.device(), rotating ? network.proxy() : exit.get(a.id()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // CAMOUFLAGED_RING: aged accounts living in honest groups, helping each other and, as cover, the groups' tasks.

    private record Agent(Account account, String home, int carrier, List<Group> groups) {}

    /**
     * 10-25 aged accounts on their own phones, each with a home line and a carrier like any member, sitting in one to
     * three of the community's busy groups for weeks. They help each other's tasks (a part of the ring each time, some
     * at once and some hours later, as people do) and spend a large share of their help on honest tasks of the groups
     * they sit in, minutes to an hour after those are posted.
     */
    private void camouflagedRing() {
        String label = "CAMOUFLAGED_RING";
        Ledger ledger = new Ledger(label);
        int k = 10 + random.nextInt(16);
        List<Agent> ring = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String home = network.newHome();
            int carrier = network.carrier();
            Account a = world.account(
                    label,
                    daysAgo(45, 540),
                    network.newDevice(),
                    random.nextDouble() < 0.6 ? home : network.mobile(carrier));
            Agent agent = new Agent(a, home, carrier, new ArrayList<>());
            int joins = 1 + random.nextInt(3);
            for (int j = 0; j < joins; j++) {
                Group g = popularGroup();
                if (!agent.groups().contains(g)) {
                    agent.groups().add(g);
                    joinBefore(a, g.id(), world.start.minus(Duration.ofHours(24 + random.nextInt(24 * 40))));
                }
            }
            ring.add(agent);
        }
        for (int day = 0; day < days; day++) {
            for (Agent agent : ring) {
                if (random.nextDouble() < 0.75) {
                    signIn(
                            agent.account(),
                            at(day, wakingHour()),
                            agent.account().device(),
                            address(agent));
                }
            }
        }
        int total = 200 + random.nextInt(380);
        double ringShare = 0.4 + 0.25 * random.nextDouble();
        double q = 0.45 + 0.35 * random.nextDouble();
        int ringTasks = Math.max(3, (int) Math.round(total * ringShare / (q * (k - 1))));
        double coverPerDay = Math.max(0.5, total * (1 - ringShare) / (k * (double) days));
        List<Member> customers = new ArrayList<>(honest.distinctActive(2));
        for (int r = 0; r < ringTasks; r++) {
            Instant posted = at(random.nextInt(days), wakingHour());
            Task task;
            Agent initiator = null;
            if (random.nextDouble() < 0.82) {
                initiator = ring.get(random.nextInt(k));
                task = start(initiator.account(), posted, initiator.account().device(), address(initiator));
            } else {
                task = honestTask(customers.get(random.nextInt(customers.size())), posted);
            }
            for (Agent agent : ring) {
                if (agent == initiator || random.nextDouble() >= q) {
                    continue;
                }
                long minutes = random.nextDouble() < 0.5 ? 1 + exp(12) : 15 + exp(200);
                Instant t = posted.plusSeconds(60 * Math.min(minutes, 20 * 60) + random.nextInt(60));
                ledger.assist(task, agent.account(), t, agent.account().device(), address(agent));
            }
        }
        // Cover: honest tasks of the groups they sit in, minutes to an hour after they are posted.
        Map<UserId, List<HonestTask>> byInitiator = new LinkedHashMap<>();
        for (HonestTask task : honest.tasks) {
            byInitiator
                    .computeIfAbsent(task.initiator().id(), u -> new ArrayList<>())
                    .add(task);
        }
        for (int day = 0; day < days; day++) {
            Instant from = at(day, 0);
            Instant to = at(day + 1, 0);
            for (Agent agent : ring) {
                List<HonestTask> candidates = new ArrayList<>();
                Set<UserId> seen = new LinkedHashSet<>();
                for (Group g : agent.groups()) {
                    for (Member m : g.members()) {
                        if (seen.add(m.account.id())) {
                            for (HonestTask task : byInitiator.getOrDefault(m.account.id(), List.of())) {
                                if (!task.at().isBefore(from) && task.at().isBefore(to)) {
                                    candidates.add(task);
                                }
                            }
                        }
                    }
                }
                int helps = Math.min(candidates.size(), poisson(coverPerDay));
                for (HonestTask task : shuffled(candidates).subList(0, helps)) {
                    Instant t = task.at().plusSeconds(60 * (1 + exp(35)) + random.nextInt(60));
                    ledger.assist(
                            new Task(task.id(), task.initiator().id(), task.at()),
                            agent.account(),
                            t,
                            agent.account().device(),
                            address(agent));
                }
            }
        }
    }

    private String address(Agent agent) {
        return random.nextDouble() < 0.45 ? agent.home() : network.mobile(agent.carrier());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // REGISTRATION_BURST: one initiator registers SMS-platform numbers (接码) one after another on one line.

    /**
     * An initiator with one to three tasks open registers 40-160 new accounts in an afternoon or evening, each with a
     * number rented from an SMS-code platform, all on one line: his own home or a 代注册 shop's. Most registrations
     * show a fresh device (a device-changer app, 改机), the rest come from one to three handsets. Each new account
     * helps his open tasks within minutes of registering, then the next number. Sometimes he comes back a day later
     * with a new task and logs some of them in again from the same line.
     */
    private void registrationBurst() {
        String label = "REGISTRATION_BURST";
        Ledger ledger = new Ledger(label);
        Member initiator = honest.anyActive();
        String address = random.nextDouble() < 0.55 ? initiator.home : network.newHome();
        double freshDevice = 0.3 + 0.7 * random.nextDouble();
        List<String> handsets = new ArrayList<>();
        int handsetCount = 1 + random.nextInt(3);
        for (int h = 0; h < handsetCount; h++) {
            handsets.add(network.newDevice());
        }
        int openTasks = 1 + random.nextInt(3);
        int target = 100 + random.nextInt(420);
        int n = Math.max(40, Math.min(160, target / openTasks));
        int day = random.nextInt(Math.max(1, days - 1));
        Instant begin = at(day, 10 + 11 * random.nextDouble());
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < openTasks; j++) {
            tasks.add(honestTask(initiator, begin.minusSeconds(60L * (3 + random.nextInt(45)))));
        }
        List<Account> burst = new ArrayList<>();
        Instant t = begin;
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(35 + random.nextInt(120));
            if (random.nextDouble() < 0.07) {
                t = t.plusSeconds(240 + random.nextInt(900)); // the code did not come, another number
            }
            String device = random.nextDouble() < freshDevice
                    ? network.newDevice()
                    : handsets.get(random.nextInt(handsets.size()));
            Account a = world.account(label, t, device, address);
            burst.add(a);
            t = t.plusSeconds(20 + random.nextInt(100));
            for (Task task : shuffled(tasks)) {
                t = t.plusSeconds(6 + random.nextInt(25));
                ledger.assist(task, a, t, device, address);
            }
        }
        if (day + 1 < days && random.nextDouble() < 0.5) {
            Instant again = at(day + 1, 12 + 10 * random.nextDouble());
            Task task = honestTask(initiator, again);
            Instant u = again.plusSeconds(60 * (2 + random.nextInt(20)));
            for (Account a : shuffled(burst)) {
                if (random.nextDouble() < 0.5) {
                    u = u.plusSeconds(30 + random.nextInt(60));
                    signIn(a, u, a.device(), address);
                    u = u.plusSeconds(10 + random.nextInt(30));
                    ledger.assist(task, a, u, a.device(), address);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // SLOW_DRIP: a patient studio, one assist per account per day, at the hours people are awake.

    /**
     * 20-120 aged accounts on their own phones, mostly on mobile data, serving one to three customers for the whole
     * week: a customer either posts a fresh task most mornings or keeps one task open for two or three days. Each account assists at
     * most once a day and a task at most once; the assists trickle in through the day at waking hours, a handful an
     * hour at most.
     */
    private void slowDrip() {
        String label = "SLOW_DRIP";
        Ledger ledger = new Ledger(label);
        int target = 120 + random.nextInt(360);
        List<Member> customers = new ArrayList<>(honest.distinctActive(1 + random.nextInt(3)));
        int share = Math.max(1, target / days / customers.size());
        // A customer either posts a fresh task most mornings (lifetime 1) or keeps one open for two or three days.
        Map<Member, Integer> lifetime = new LinkedHashMap<>();
        int needed = target / days + 8;
        for (Member c : customers) {
            int life = random.nextDouble() < 0.5 ? 2 + random.nextInt(2) : 1;
            lifetime.put(c, life);
            needed = Math.max(needed, share * life + 8);
        }
        int m = Math.min(120, Math.max(20 + random.nextInt(41), needed));
        List<Account> accounts = new ArrayList<>();
        Map<UserId, Integer> carrierOf = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            int carrier = network.carrier();
            Account a = world.account(
                    label,
                    daysAgo(30, 700),
                    network.newDevice(),
                    random.nextDouble() < 0.5 ? network.newHome() : network.mobile(carrier));
            accounts.add(a);
            carrierOf.put(a.id(), carrier);
        }
        Map<Member, Task> open = new LinkedHashMap<>();
        Map<Member, Integer> openedOn = new LinkedHashMap<>();
        for (int day = 0; day < days; day++) {
            Set<Account> usedToday = new LinkedHashSet<>();
            for (Member c : customers) {
                int life = lifetime.get(c);
                Task task = open.get(c);
                if (task == null || day >= openedOn.get(c) + life) {
                    if (life == 1 && random.nextDouble() >= 0.85) {
                        continue;
                    }
                    task = honestTask(c, at(day, 7.5 + 3.5 * random.nextDouble()));
                    open.put(c, task);
                    openedOn.put(c, day);
                }
                int helps = Math.max(1, share + (int) Math.round(random.nextGaussian() * share * 0.2));
                List<Instant> times = new ArrayList<>();
                for (int h = 0; h < helps; h++) {
                    Instant t = at(day, wakingHour()).plusSeconds(random.nextInt(60));
                    times.add(t.isBefore(task.at()) ? task.at().plusSeconds(600 + random.nextInt(7200)) : t);
                }
                Collections.sort(times);
                List<Account> pool = shuffled(accounts);
                int next = 0;
                for (Instant t : times) {
                    while (next < pool.size()
                            && (usedToday.contains(pool.get(next)) || ledger.helped(task, pool.get(next)))) {
                        next++;
                    }
                    if (next >= pool.size()) {
                        break;
                    }
                    Account a = pool.get(next++);
                    usedToday.add(a);
                    String address = random.nextDouble() < 0.85 ? network.mobile(carrierOf.get(a.id())) : a.address();
                    signIn(a, t.minusSeconds(20 + random.nextInt(300)), a.device(), address);
                    ledger.assist(task, a, t, a.device(), address);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PAID_HELP_SELLER: a 代砍 seller advertising in groups, with part-timers and a small sub-farm behind him.

    /**
     * A seller's aged account sits in several busy groups (and joins new ones mid-week) posting 代砍 ads a few times a
     * day. Customers answer an ad, or ask openly for paid help (有偿求砍) and are picked up, pay, post a task and send
     * the link; the seller tries the link himself and hands it to his 接单 chat: part-timers on their own phones grab
     * it within minutes, and for big orders a sub-farm of one or two phones with cloned accounts fills the rest.
     */
    private void paidHelpSeller() {
        String label = "PAID_HELP_SELLER";
        Ledger ledger = new Ledger(label);
        String sellerHome = network.newHome();
        Account seller = world.account(label, daysAgo(60, 600), network.newDevice(), sellerHome);
        int sellerCarrier = network.carrier();
        int groupsJoined = 3 + random.nextInt(4);
        for (int g = 0; g < groupsJoined; g++) {
            Instant joined = g < groupsJoined - 1 || days < 3
                    ? world.start.minus(Duration.ofHours(2 + random.nextInt(24 * 30)))
                    : at(1 + random.nextInt(days - 2), wakingHour());
            world.join(seller, popularGroup().id(), joined);
        }
        List<Instant> ads = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Instant ad = at(day, wakingHour());
                ads.add(ad);
                world.paidHelp(seller, ad);
            }
        }
        Collections.sort(ads);
        // Part-timers (刷单兼职): most have had accounts for a while, some were recruited this week.
        List<Agent> crowd = new ArrayList<>();
        int workers = 25 + random.nextInt(46);
        for (int i = 0; i < workers; i++) {
            String home = network.newHome();
            int carrier = network.carrier();
            Instant registered = random.nextDouble() < 0.8
                    ? daysAgo(15, 500)
                    : at(random.nextInt(Math.max(1, days - 2)), wakingHour());
            Account a = world.account(
                    label, registered, network.newDevice(), random.nextBoolean() ? home : network.mobile(carrier));
            crowd.add(new Agent(a, home, carrier, List.of()));
        }
        List<Phone> subFarm = new ArrayList<>();
        String subFarmLine = network.newHome();
        if (random.nextDouble() < 0.6) {
            int phones = 1 + random.nextInt(2);
            for (int p = 0; p < phones; p++) {
                Phone phone =
                        new Phone(network.newDevice(), network.carrier(), random.nextDouble() < 0.4, new ArrayList<>());
                Instant batch = daysAgo(10, 60);
                int count = 5 + random.nextInt(6);
                for (int i = 0; i < count; i++) {
                    phone.accounts()
                            .add(world.account(
                                    label,
                                    batch.plusSeconds(random.nextInt(2 * 86400)),
                                    phone.device(),
                                    farmAddress(phone, subFarmLine)));
                }
                subFarm.add(phone);
            }
        }
        List<Member> customers = new ArrayList<>(honest.distinctActive(4 + random.nextInt(8)));
        Set<Member> pleaded = new LinkedHashSet<>();
        int target = 150 + random.nextInt(420);
        for (int order = 0; order < 60 && ledger.count < target; order++) {
            Member customer = customers.get(random.nextInt(customers.size()));
            Instant contact;
            if (!pleaded.contains(customer) && random.nextDouble() < 0.35) {
                Instant plea = at(random.nextInt(days), wakingHour());
                world.paidHelp(customer.account, plea); // 有偿求砍, openly in a group
                pleaded.add(customer);
                contact = plea.plusSeconds(60 * (3 + exp(40)));
            } else {
                contact = ads.get(random.nextInt(ads.size())).plusSeconds(60 * (5 + exp(150)));
            }
            Instant posted = contact.plusSeconds(60 * (3 + random.nextInt(30)));
            if (!posted.isBefore(end.minus(Duration.ofMinutes(30)))) {
                continue;
            }
            Task task = honestTask(customer, posted);
            int size = 15 + random.nextInt(56);
            Instant dispatched = posted.plusSeconds(60 * (2 + random.nextInt(10)));
            int done = 0;
            if (random.nextDouble() < 0.5
                    && ledger.assist(
                            task,
                            seller,
                            dispatched.minusSeconds(30),
                            seller.device(),
                            random.nextBoolean() ? sellerHome : network.mobile(sellerCarrier))) {
                done++;
            }
            double grab = 0.35 + 0.5 * random.nextDouble();
            for (Agent w : shuffled(crowd)) {
                if (done >= size) {
                    break;
                }
                if (random.nextDouble() < grab) {
                    Instant t = dispatched.plusSeconds(20 + 60 * exp(7) + random.nextInt(60));
                    if (ledger.assist(task, w.account(), t, w.account().device(), address(w))) {
                        done++;
                    }
                }
            }
            for (Phone phone : subFarm) {
                Instant t = dispatched.plusSeconds(60 * (3 + random.nextInt(10)));
                for (Account a : phone.accounts()) {
                    if (done >= size) {
                        break;
                    }
                    t = t.plusSeconds(25 + random.nextInt(50));
                    if (ledger.assist(task, a, t, phone.device(), farmAddress(phone, subFarmLine))) {
                        done++;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Task start(Account initiator, Instant at, String device, String address) {
        TaskId id = new TaskId(world.id());
        world.events.add(new SimWorld.TaskStart(id, initiator.id(), at, device, address));
        return new Task(id, initiator.id(), at);
    }

    /** A task posted by an honest member (a customer) from their own phone and line. */
    private Task honestTask(Member member, Instant at) {
        Instant when = at.isBefore(member.account.registeredAt()) ? member.account.registeredAt() : at;
        return new Task(world.startTask(member.account, when), member.account.id(), when);
    }

    private void signIn(Account a, Instant at, String device, String address) {
        world.events.add(new SimWorld.SignIn(a.id(), at, device, address));
    }

    /** Joins a group; an account registered before the week joins before it starts. */
    private void joinBefore(Account a, GroupId group, Instant at) {
        Instant when = a.registeredAt().isBefore(world.start) && !at.isBefore(world.start)
                ? world.start.minusSeconds(60 + random.nextInt(3600))
                : at;
        world.join(a, group, when.isBefore(a.registeredAt()) ? a.registeredAt().plusSeconds(60) : when);
    }

    /** The community's busy groups come first in the honest population's list. */
    private Group popularGroup() {
        return honest.groups.get(random.nextInt(Math.min(12, honest.groups.size())));
    }

    private Instant at(int day, double hour) {
        return world.start.plus(Duration.ofDays(day)).plusSeconds((long) (hour * 3600));
    }

    /** Hours when Chinese members are on their phones: before work, at lunch, in the afternoon, above all evenings. */
    private double wakingHour() {
        double u = random.nextDouble();
        if (u < 0.12) {
            return 7 + 2 * random.nextDouble();
        } else if (u < 0.22) {
            return 9 + 2.5 * random.nextDouble();
        } else if (u < 0.42) {
            return 11.5 + 2 * random.nextDouble();
        } else if (u < 0.57) {
            return 13.5 + 4.5 * random.nextDouble();
        }
        return 18 + 5.5 * random.nextDouble();
    }

    private Instant daysAgo(int from, int to) {
        long minutes = 1440L * from + (long) (random.nextDouble() * 1440L * (to - from));
        return world.start.minus(Duration.ofMinutes(minutes));
    }

    private long exp(double mean) {
        return (long) (-Math.log(1 - random.nextDouble()) * mean);
    }

    private int poisson(double lambda) {
        int k = 0;
        double p = Math.exp(-lambda);
        double s = p;
        double u = random.nextDouble();
        while (u > s && k < 50) {
            k++;
            p *= lambda / k;
            s += p;
        }
        return k;
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
