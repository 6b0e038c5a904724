package io.huzhu.risk.sim;

import io.huzhu.risk.sim.HonestPopulation.Group;
import io.huzhu.risk.sim.HonestPopulation.HonestTask;
import io.huzhu.risk.sim.HonestPopulation.Member;
import io.huzhu.risk.sim.SimWorld.Account;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Honest life that looks suspicious, added to the third held-out week (all {@link SimWorld#HONEST}): an office
 * behind one company NAT address helping each other at lunch, a livestreamer whose fans help only her tasks, a
 * grandmother helped every day by a large family from a few homes, shared family tablets, a school class registering
 * together one afternoon to help their teacher, and a few members who help dozens of tasks a day. A few instances of
 * each, as a community of some 4000 members would have in a week.
 */
final class HonestStressV3 {

    private final SimWorld world;
    private final Random random;
    private final Network network;
    private final HonestPopulation honest;
    private final int days;
    private final Instant end;
    private final Set<String> helped = new LinkedHashSet<>();
    private List<HonestTask> timeline = List.of();

    HonestStressV3(SimWorld world, Random random, Network network, HonestPopulation honest, int days) {
        this.world = world;
        this.random = random;
        this.network = network;
        this.honest = honest;
        this.days = Math.max(1, days);
        this.end = world.start.plus(Duration.ofDays(this.days));
    }

    /** Someone with a phone of their own, a home line and a carrier. */
    private record Person(Account account, String home, int carrier) {}

    void inject() {
        for (SimWorld.Event e : world.events) {
            if (e instanceof SimWorld.Attempt a) {
                helped.add(a.task().value() + "/" + a.helper().value());
            }
        }
        timeline = sortedTasks();
        int offices = random.nextDouble() < 0.6 ? 2 : 1;
        for (int i = 0; i < offices; i++) {
            office();
        }
        int streamers = random.nextDouble() < 0.4 ? 2 : 1;
        for (int i = 0; i < streamers; i++) {
            livestreamer();
        }
        int families = 1 + random.nextInt(3);
        for (int i = 0; i < families; i++) {
            grandparents();
        }
        int tablets = 2 + random.nextInt(4);
        for (int i = 0; i < tablets; i++) {
            familyTablet();
        }
        int classes = random.nextDouble() < 0.3 ? 2 : 1;
        for (int i = 0; i < classes; i++) {
            schoolClass();
        }
        timeline = sortedTasks();
        int busy = 1 + random.nextInt(3);
        for (int i = 0; i < busy; i++) {
            veryActive();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * 10-20 colleagues behind the company's one NAT address. Many registered at the office in the same week months ago
     * when one of them brought the app in; on weekdays at lunch a few post tasks and the others help within minutes,
     * all from the office line. Evenings and weekends they help each other now and then from home or mobile data.
     */
    private void office() {
        String nat = "61." + (128 + random.nextInt(64)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        int n = 10 + random.nextInt(11);
        GroupId group = new GroupId(world.id());
        Instant introduced = world.start.minus(Duration.ofDays(30 + random.nextInt(370)));
        List<Person> team = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String home = network.newHome();
            int carrier = network.carrier();
            Account a;
            if (random.nextDouble() < 0.6) {
                Instant at = introduced.plus(Duration.ofDays(random.nextInt(5))).plusSeconds((long)
                        (3600 * (9 + 9 * random.nextDouble())));
                a = world.account(SimWorld.HONEST, at, network.newDevice(), nat);
            } else {
                a = world.account(
                        SimWorld.HONEST,
                        daysAgo(20, 700),
                        network.newDevice(),
                        random.nextBoolean() ? home : network.mobile(carrier));
            }
            Person p = new Person(a, home, carrier);
            team.add(p);
            joinBefore(a, group);
            if (random.nextDouble() < 0.4) {
                joinBefore(
                        a,
                        honest.groups.get(random.nextInt(honest.groups.size())).id());
            }
        }
        double eager = 0.55 + 0.3 * random.nextDouble();
        for (int day = 0; day < days; day++) {
            boolean weekday = day % 7 < 5;
            if (weekday) {
                int tasks = 1 + random.nextInt(4);
                for (int j = 0; j < tasks; j++) {
                    Person initiator = team.get(random.nextInt(n));
                    Instant posted = at(day, 12 + 1.2 * random.nextDouble());
                    HonestTask task = task(
                            initiator.account(), posted, initiator.account().device(), nat);
                    for (Person p : team) {
                        if (p != initiator && random.nextDouble() < eager) {
                            Instant t = posted.plusSeconds(15 + 60 * exp(4) + random.nextInt(60));
                            assist(task, p.account(), t, p.account().device(), nat);
                        }
                    }
                }
            }
            if (random.nextDouble() < (weekday ? 0.4 : 0.6)) {
                Person initiator = team.get(random.nextInt(n));
                Instant posted = at(day, weekday ? 19.5 + 3 * random.nextDouble() : 10 + 12 * random.nextDouble());
                HonestTask task =
                        task(initiator.account(), posted, initiator.account().device(), initiator.home());
                for (Person p : team) {
                    if (p != initiator && random.nextDouble() < 0.3) {
                        Instant t = posted.plusSeconds(60 * (2 + exp(150)));
                        assist(task, p.account(), t, p.account().device(), homeOrMobile(p, 0.6));
                    }
                }
            }
            for (Person p : team) {
                if (random.nextDouble() < 0.3) {
                    helpSomeone(p, at(day, 19 + 4 * random.nextDouble()), homeOrMobile(p, 0.6));
                }
            }
        }
    }

    /**
     * A livestreamer who is also a group owner: 20-40 fans on their own phones all over the country, a third of them
     * registering during one of her streams when she asks, help her tasks within minutes of her posting them on
     * stream in the evening, and nobody else's.
     */
    private void livestreamer() {
        Member idol = honest.anyActive();
        GroupId fanGroup = new GroupId(world.id());
        world.join(idol.account, fanGroup, world.start.minus(Duration.ofDays(30 + random.nextInt(200))));
        double streamStart = 19.5 + 1.5 * random.nextDouble();
        List<Integer> streamDays = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            if (random.nextDouble() < 0.8) {
                streamDays.add(day);
            }
        }
        if (streamDays.isEmpty()) {
            streamDays.add(0);
        }
        int fans = 20 + random.nextInt(21);
        double oldShare = 0.55 + 0.2 * random.nextDouble();
        List<Person> club = new ArrayList<>();
        List<Double> loyalty = new ArrayList<>();
        for (int i = 0; i < fans; i++) {
            String home = network.newHome();
            int carrier = network.carrier();
            Account a;
            if (random.nextDouble() < oldShare) {
                a = world.account(
                        SimWorld.HONEST,
                        daysAgo(5, 500),
                        network.newDevice(),
                        random.nextBoolean() ? home : network.mobile(carrier));
                joinBefore(a, fanGroup);
            } else {
                int day = streamDays.get(random.nextInt(streamDays.size()));
                Instant at = at(day, streamStart).plusSeconds(60 * (5 + exp(25)));
                a = world.account(SimWorld.HONEST, at, network.newDevice(), network.mobile(carrier));
                world.join(a, fanGroup, at.plusSeconds(60 + random.nextInt(300)));
            }
            club.add(new Person(a, home, carrier));
            loyalty.add(0.4 + 0.55 * random.nextDouble());
        }
        for (int day : streamDays) {
            int tasks = random.nextDouble() < 0.5 ? 2 : 1;
            for (int j = 0; j < tasks; j++) {
                Instant posted = at(day, streamStart).plusSeconds(60 * (10 + random.nextInt(80)));
                HonestTask task = task(idol.account, posted, idol.account.device(), idol.home);
                for (int i = 0; i < fans; i++) {
                    Person fan = club.get(i);
                    if (random.nextDouble() < loyalty.get(i)) {
                        Instant t = posted.plusSeconds(20 + 60 * exp(3) + random.nextInt(60));
                        if (random.nextDouble() < 0.15) {
                            t = posted.plusSeconds(60 * (30 + exp(240))); // watched the replay
                        } else if (t.isBefore(fan.account().registeredAt())) {
                            t = fan.account().registeredAt().plusSeconds(40 + random.nextInt(200)); // joined to help
                        }
                        assist(task, fan.account(), t, fan.account().device(), homeOrMobile(fan, 0.6));
                    }
                }
            }
        }
    }

    /**
     * Grandparents who registered the same afternoon at home (a grandchild set them up), grandma posting a grocery
     * 砍价 most mornings, helped by grandpa at once from the same line and by 12-25 children, in-laws and
     * grandchildren from three to five homes over the day; the family's own tasks get help back.
     */
    private void grandparents() {
        String home = network.newHome();
        Instant setUp = daysAgo(30, 300);
        Account grandma = world.account(SimWorld.HONEST, setUp, network.newDevice(), home);
        Account grandpa =
                world.account(SimWorld.HONEST, setUp.plusSeconds(300 + random.nextInt(900)), network.newDevice(), home);
        Person gm = new Person(grandma, home, network.carrier());
        Person gp = new Person(grandpa, home, network.carrier());
        List<Person> family = new ArrayList<>();
        int homes = 3 + random.nextInt(3);
        int wanted = 12 + random.nextInt(14);
        for (int h = 0; h < homes; h++) {
            String line = network.newHome();
            int size = h == homes - 1 ? Math.max(2, wanted - family.size()) : 2 + random.nextInt(4);
            for (int i = 0; i < size && family.size() < wanted; i++) {
                int carrier = network.carrier();
                Account a = world.account(
                        SimWorld.HONEST,
                        daysAgo(20, 900),
                        network.newDevice(),
                        random.nextDouble() < 0.7 ? line : network.mobile(carrier));
                family.add(new Person(a, line, carrier));
            }
        }
        GroupId group = null;
        if (random.nextDouble() < 0.5) {
            group = new GroupId(world.id());
            joinBefore(grandma, group);
            joinBefore(grandpa, group);
            for (Person p : family) {
                joinBefore(p.account(), group);
            }
        }
        double devotion = 0.45 + 0.35 * random.nextDouble();
        for (int day = 0; day < days; day++) {
            List<Person> initiators = new ArrayList<>();
            if (random.nextDouble() < 0.85) {
                initiators.add(gm);
            }
            if (random.nextDouble() < 0.3) {
                initiators.add(gp);
            }
            for (Person initiator : initiators) {
                Instant posted = at(day, 7.5 + 3 * random.nextDouble());
                HonestTask task =
                        task(initiator.account(), posted, initiator.account().device(), home);
                Person spouse = initiator == gm ? gp : gm;
                assist(
                        task,
                        spouse.account(),
                        posted.plusSeconds(60 + random.nextInt(600)),
                        spouse.account().device(),
                        home);
                for (Person p : family) {
                    if (random.nextDouble() < devotion) {
                        assist(
                                task,
                                p.account(),
                                familyTime(day, posted),
                                p.account().device(),
                                homeOrMobile(p, 0.5));
                    }
                }
            }
            for (Person p : family) {
                if (random.nextDouble() < 0.06) {
                    Instant posted = at(day, 9 + 13 * random.nextDouble());
                    HonestTask task = task(p.account(), posted, p.account().device(), homeOrMobile(p, 0.5));
                    assist(task, gm.account(), posted.plusSeconds(60 * (3 + exp(90))), grandma.device(), home);
                    if (random.nextDouble() < 0.6) {
                        assist(task, gp.account(), posted.plusSeconds(60 * (3 + exp(120))), grandpa.device(), home);
                    }
                    for (Person o : family) {
                        if (o != p && random.nextDouble() < 0.3) {
                            assist(
                                    task,
                                    o.account(),
                                    posted.plusSeconds(60 * (5 + exp(180))),
                                    o.account().device(),
                                    homeOrMobile(o, 0.5));
                        }
                    }
                }
            }
        }
    }

    /** Either soon after the post or when the family has time: at lunch or in the evening. */
    private Instant familyTime(int day, Instant posted) {
        double u = random.nextDouble();
        Instant t;
        if (u < 0.4) {
            t = posted.plusSeconds(60 * (1 + exp(15)));
        } else if (u < 0.65) {
            t = at(day, 12 + 1.5 * random.nextDouble());
        } else {
            t = at(day, 19 + 3.5 * random.nextDouble());
        }
        return t.isBefore(posted) ? posted.plusSeconds(60 * (1 + exp(30))) : t;
    }

    /**
     * A household tablet with three accounts (parents and a child, or three generations), all registered on it at
     * home. When one posts a task in the evening the others switch accounts on the tablet and help within minutes;
     * they also help friends' tasks from it.
     */
    private void familyTablet() {
        String tablet = network.newDevice();
        String home = network.newHome();
        List<Account> accounts = new ArrayList<>();
        Instant first = daysAgo(20, 500);
        for (int i = 0; i < 3; i++) {
            Instant at = random.nextDouble() < 0.5
                    ? first.plusSeconds(120L * i + random.nextInt(600))
                    : daysAgo(3, Math.max(4, (int)
                            Duration.between(first, world.start).toDays()));
            accounts.add(world.account(SimWorld.HONEST, at, tablet, home));
        }
        for (int day = 0; day < days; day++) {
            for (Account a : accounts) {
                if (random.nextDouble() < 0.3) {
                    Instant posted = at(day, 18.5 + 4 * random.nextDouble());
                    HonestTask task = task(a, posted, tablet, home);
                    Instant t = posted.plusSeconds(30 + random.nextInt(120));
                    for (Account o : accounts) {
                        if (o != a && random.nextDouble() < 0.8) {
                            t = t.plusSeconds(40 + random.nextInt(120));
                            assist(task, o, t, tablet, home);
                        }
                    }
                }
                if (random.nextDouble() < 0.5) {
                    Instant t = at(day, 19 + 4 * random.nextDouble());
                    for (HonestTask task : recent(t, Duration.ofHours(4), 1 + random.nextInt(2))) {
                        assist(task, a, t, tablet, home);
                        t = t.plusSeconds(30 + random.nextInt(90));
                    }
                }
            }
        }
    }

    /**
     * A class of 25-45 students registering one weekday afternoon in the classroom, each on their own phone, mostly on
     * the school's Wi-Fi (one NAT address): the teacher posted a task for the class fund and they help it as soon as
     * they are in. Later in the week some help her next task and each other's from home.
     */
    private void schoolClass() {
        String school =
                "222." + (16 + random.nextInt(48)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        Member teacher = honest.anyActive();
        List<Integer> weekdays = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            if (day % 7 < 5) {
                weekdays.add(day);
            }
        }
        int day = weekdays.isEmpty() ? 0 : weekdays.get(random.nextInt(weekdays.size()));
        Instant posted = at(day, 14 + 1.5 * random.nextDouble());
        HonestTask task = task(teacher.account, posted, teacher.account.device(), school);
        GroupId group = new GroupId(world.id());
        world.join(teacher.account, group, posted.minusSeconds(600));
        int n = 25 + random.nextInt(21);
        List<Person> students = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int carrier = network.carrier();
            String address = random.nextDouble() < 0.7 ? school : network.mobile(carrier);
            Instant at = posted.plusSeconds(60 * (1 + exp(9)) + random.nextInt(60));
            Account a = world.account(SimWorld.HONEST, at, network.newDevice(), address);
            Person p = new Person(a, network.newHome(), carrier);
            students.add(p);
            world.join(a, group, at.plusSeconds(30 + random.nextInt(240)));
            assist(task, a, at.plusSeconds(30 + random.nextInt(300)), a.device(), address);
        }
        if (day + 1 < days && random.nextDouble() < 0.6) {
            int next = day + 1 + random.nextInt(days - day - 1);
            Instant again = at(next, 18 + 3 * random.nextDouble());
            HonestTask second = task(teacher.account, again, teacher.account.device(), teacher.account.address());
            for (Person p : students) {
                if (random.nextDouble() < 0.5) {
                    assist(
                            second,
                            p.account(),
                            again.plusSeconds(60 * (2 + exp(60))),
                            p.account().device(),
                            homeOrMobile(p, 0.7));
                }
            }
        }
        for (int d = day + 1; d < days; d++) {
            for (Person p : students) {
                if (random.nextDouble() < 0.05) {
                    Instant at = at(d, 17 + 5 * random.nextDouble());
                    HonestTask own = task(p.account(), at, p.account().device(), p.home());
                    int mates = 3 + random.nextInt(6);
                    for (Person o : shuffled(students).subList(0, mates)) {
                        if (o != p) {
                            assist(
                                    own,
                                    o.account(),
                                    at.plusSeconds(60 * (1 + exp(45))),
                                    o.account().device(),
                                    homeOrMobile(o, 0.7));
                        }
                    }
                }
            }
        }
    }

    /**
     * A member (often a stay-at-home mother in a dozen groups) who helps 40-80 tasks a day: a few sessions a day,
     * scrolling her groups and helping what was posted in the last hours, one every 15-90 seconds.
     */
    private void veryActive() {
        Member m = busiest();
        String home = m.home;
        int joins = 4 + random.nextInt(5);
        for (int g = 0; g < joins; g++) {
            Group group = honest.groups.get(random.nextInt(honest.groups.size()));
            if (!m.groups.contains(group)) {
                m.groups.add(group);
                group.members().add(m);
                world.join(m.account, group.id(), world.start.minus(Duration.ofHours(1 + random.nextInt(24 * 20))));
            }
        }
        double[][] windows = {{7, 9}, {9.5, 11.5}, {11.5, 14}, {14.5, 17.5}, {19, 23.5}};
        for (int day = 0; day < days; day++) {
            int quota = 40 + random.nextInt(41);
            List<Integer> sessions = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            Collections.shuffle(sessions, random);
            sessions = new ArrayList<>(sessions.subList(0, 3 + random.nextInt(3)));
            Collections.sort(sessions);
            int done = 0;
            for (int s = 0; s < sessions.size() && done < quota; s++) {
                double[] w = windows[sessions.get(s)];
                Instant t = at(day, w[0] + (w[1] - w[0]) * random.nextDouble());
                int want = (quota - done) / (sessions.size() - s) + random.nextInt(5);
                boolean atHome = m.campus || w[0] < 9 || w[0] >= 19 || random.nextDouble() < 0.3;
                String address = m.campus ? Network.CAMPUS_NAT : atHome ? home : network.mobile(m.carrier);
                for (HonestTask task : recent(t, Duration.ofHours(6), want * 3)) {
                    if (done >= quota || want <= 0) {
                        break;
                    }
                    if (assist(task, m.account, t, m.account.device(), address)) {
                        done++;
                        want--;
                        t = t.plusSeconds(15 + random.nextInt(75));
                    }
                }
            }
        }
    }

    private Member busiest() {
        List<Member> candidates = new ArrayList<>();
        for (Member m : honest.members) {
            if (m.activity > 1.0 && m.account.registeredAt().isBefore(world.start)) {
                candidates.add(m);
            }
        }
        return candidates.isEmpty() ? honest.anyActive() : candidates.get(random.nextInt(candidates.size()));
    }

    /** A friend's honest task seen in the evening. */
    private void helpSomeone(Person p, Instant at, String address) {
        for (HonestTask task : recent(at, Duration.ofHours(5), 1)) {
            assist(task, p.account(), at, p.account().device(), address);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private HonestTask task(Account initiator, Instant at, String device, String address) {
        Instant when =
                at.isBefore(initiator.registeredAt()) ? initiator.registeredAt().plusSeconds(60) : at;
        TaskId id = new TaskId(world.id());
        world.events.add(new SimWorld.TaskStart(id, initiator.id(), when, device, address));
        HonestTask task = new HonestTask(id, initiator, when);
        honest.tasks.add(task);
        return task;
    }

    private boolean assist(HonestTask task, Account helper, Instant at, String device, String address) {
        if (at.isBefore(task.at())
                || at.isBefore(helper.registeredAt())
                || !at.isBefore(end)
                || !at.isBefore(task.at().plus(Duration.ofHours(24)))
                || helper.id().equals(task.initiator().id())
                || !helped.add(task.id().value() + "/" + helper.id().value())) {
            return false;
        }
        world.attempt(task.id(), helper, task.initiator().id(), at, device, address, SimWorld.HONEST);
        return true;
    }

    /** Up to {@code count} honest tasks posted within {@code window} before {@code at}, newest more likely. */
    private List<HonestTask> recent(Instant at, Duration window, int count) {
        Instant from = at.minus(window);
        int lo = firstAtOrAfter(from);
        int hi = firstAtOrAfter(at);
        List<HonestTask> found = new ArrayList<>();
        Set<Integer> tried = new LinkedHashSet<>();
        int span = hi - lo;
        for (int attempt = 0; attempt < count * 4 && found.size() < count && span > 0; attempt++) {
            // Feeds show the newest first: pick towards the end of the window.
            int i = hi - 1 - (int) Math.min(span - 1, Math.floor(span * Math.pow(random.nextDouble(), 1.6)));
            if (tried.add(i)) {
                found.add(timeline.get(i));
            }
        }
        return found;
    }

    private int firstAtOrAfter(Instant t) {
        int lo = 0;
        int hi = timeline.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timeline.get(mid).at().isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<HonestTask> sortedTasks() {
        List<HonestTask> sorted = new ArrayList<>(honest.tasks);
        sorted.sort(Comparator.comparing(HonestTask::at));
        return sorted;
    }

    private String homeOrMobile(Person p, double home) {
        return random.nextDouble() < home ? p.home() : network.mobile(p.carrier());
    }

    private void joinBefore(Account a, GroupId group) {
        Instant at = a.registeredAt().plusSeconds(600 + random.nextInt(3 * 86400));
        if (!at.isBefore(world.start)) {
            at = a.registeredAt().isBefore(world.start.minusSeconds(3600))
                    ? world.start.minusSeconds(60 + random.nextInt(3000))
                    : a.registeredAt().plusSeconds(120);
        }
        world.join(a, group, at);
    }

    private Instant at(int day, double hour) {
        return world.start.plus(Duration.ofDays(day)).plusSeconds((long) (hour * 3600));
    }

    private Instant daysAgo(int from, int to) {
        long minutes = 1440L * from + (long) (random.nextDouble() * 1440L * (to - from));
        return world.start.minus(Duration.ofMinutes(minutes));
    }

    private long exp(double mean) {
        return (long) (-Math.log(1 - random.nextDouble()) * mean);
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
