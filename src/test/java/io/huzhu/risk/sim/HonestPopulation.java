package io.huzhu.risk.sim;

import io.huzhu.risk.sim.SimWorld.Account;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * An honest population with the structure that fools naive rules: families sharing a home address, a campus behind
 * one NAT address (with a burst of new students registering on orientation day), circles of friends who help each
 * other often and quickly, busy groups whose members pile onto a task minutes after it is posted, members who invite
 * brand-new friends to help, and a few very helpful members who assist dozens of tasks a day.
 */
final class HonestPopulation {

    record Params(int members, int days, int campusStudents, int orientationStudents) {

        static Params standard() {
            return new Params(4000, 7, 400, 150);
        }
    }

    /** A member and how they behave. */
    static final class Member {
        final Account account;
        final double activity;
        final int carrier;
        final String home;
        final boolean campus;
        final List<Member> family = new ArrayList<>();
        final Set<Member> friends = new LinkedHashSet<>();
        final List<Group> groups = new ArrayList<>();

        Member(Account account, double activity, int carrier, String home, boolean campus) {
            this.account = account;
            this.activity = activity;
            this.carrier = carrier;
            this.home = home;
            this.campus = campus;
        }
    }

    record Group(GroupId id, List<Member> members) {}

    /** An honest task, for attacks that camouflage themselves by helping honest tasks too. */
    record HonestTask(TaskId id, Account initiator, Instant at) {}

    final List<Member> members = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<HonestTask> tasks = new ArrayList<>();
    private final SimWorld world;
    private final Random random;
    private final Network network;
    private final Params params;

    HonestPopulation(SimWorld world, Random random, Network network, Params params) {
        this.world = world;
        this.random = random;
        this.network = network;
        this.params = params;
    }

    HonestPopulation generate() {
        createMembers();
        createGroups();
        createFriends();
        orientation();
        for (int day = 0; day < params.days(); day++) {
            for (Member m : List.copyOf(members)) {
                if (random.nextDouble() < Math.min(1, 0.3 + m.activity)) {
                    world.signIn(m.account, dayTime(day, 7, 23));
                }
                int starts = poisson(0.08 + 0.5 * m.activity);
                for (int s = 0; s < starts; s++) {
                    task(m, dayTime(day, 7, 24));
                }
            }
        }
        return this;
    }

    private void createMembers() {
        int campus = params.campusStudents() - params.orientationStudents();
        while (members.size() < params.members()) {
            int familySize = random.nextDouble() < 0.35 ? 2 + random.nextInt(3) : 1;
            String home = network.newHome();
            List<Member> family = new ArrayList<>();
            for (int i = 0; i < familySize && members.size() < params.members(); i++) {
                boolean student = campus > 0 && familySize == 1 && random.nextDouble() < 0.15;
                if (student) {
                    campus--;
                }
                Instant registered = world.start.minus(
                        Duration.ofMinutes(60L * 24 * (10 + random.nextInt(600)) + random.nextInt(1440)));
                Member m = new Member(
                        world.account(
                                SimWorld.HONEST, registered, network.newDevice(), student ? Network.CAMPUS_NAT : home),
                        activity(),
                        network.carrier(),
                        home,
                        student);
                family.add(m);
                members.add(m);
            }
            for (Member m : family) {
                family.stream().filter(o -> o != m).forEach(m.family::add);
            }
        }
    }

    /** Heavy-tailed: most members are occasional, a few are very active. */
    private double activity() {
        double a = Math.exp(random.nextGaussian() * 1.0 - 1.6);
        return Math.min(a, 4.0);
    }

    private void createGroups() {
        int count = Math.max(4, params.members() / 80);
        for (int g = 0; g < count; g++) {
            groups.add(new Group(new GroupId(world.id()), new ArrayList<>()));
        }
        double[] weight = new double[count];
        double total = 0;
        for (int g = 0; g < count; g++) {
            weight[g] = 1 / Math.pow(g + 1, 0.8);
            total += weight[g];
        }
        for (Member m : members) {
            int joins = 1 + random.nextInt(3);
            for (int j = 0; j < joins; j++) {
                double pick = random.nextDouble() * total;
                int g = 0;
                while (pick > weight[g] && g < count - 1) {
                    pick -= weight[g];
                    g++;
                }
                join(m, groups.get(g), m.account.registeredAt().plus(Duration.ofHours(1 + random.nextInt(200))));
            }
        }
        List<Member> students = members.stream().filter(m -> m.campus).toList();
        for (int c = 0; c * 40 < students.size(); c++) {
            Group group = new Group(new GroupId(world.id()), new ArrayList<>());
            groups.add(group);
            for (Member s : students.subList(c * 40, Math.min(students.size(), (c + 1) * 40))) {
                join(s, group, s.account.registeredAt().plus(Duration.ofHours(2)));
            }
        }
    }

    private void join(Member m, Group g, Instant at) {
        if (!m.groups.contains(g)) {
            m.groups.add(g);
            g.members().add(m);
            world.join(m.account, g.id(), at.isBefore(world.start) ? at : world.start.minusSeconds(60));
        }
    }

    /** Friends mostly from one's groups, some from outside; friendship goes both ways. */
    private void createFriends() {
        for (Member m : members) {
            int wanted = 2 + random.nextInt(6);
            for (int i = 0; i < wanted; i++) {
                Member friend;
                if (!m.groups.isEmpty() && random.nextDouble() < 0.7) {
                    Group g = m.groups.get(random.nextInt(m.groups.size()));
                    friend = g.members().get(random.nextInt(g.members().size()));
                } else {
                    friend = members.get(random.nextInt(members.size()));
                }
                if (friend != m) {
                    m.friends.add(friend);
                    friend.friends.add(m);
                }
            }
        }
    }

    /** Orientation day: new students register from the campus NAT address within three hours and join classes. */
    private void orientation() {
        Instant day = world.start.plus(Duration.ofHours(24 + 9));
        List<Member> freshmen = new ArrayList<>();
        for (int i = 0; i < params.orientationStudents(); i++) {
            Instant at = day.plusSeconds(random.nextInt(3 * 3600));
            Member m = new Member(
                    world.account(SimWorld.HONEST, at, network.newDevice(), Network.CAMPUS_NAT),
                    activity() + 0.2,
                    network.carrier(),
                    Network.CAMPUS_NAT,
                    true);
            members.add(m);
            freshmen.add(m);
        }
        for (int c = 0; c * 30 < freshmen.size(); c++) {
            Group group = new Group(new GroupId(world.id()), new ArrayList<>());
            groups.add(group);
            for (Member s : freshmen.subList(c * 30, Math.min(freshmen.size(), (c + 1) * 30))) {
                s.groups.add(group);
                group.members().add(s);
                world.join(s.account, group.id(), s.account.registeredAt().plusSeconds(600));
                for (int f = 0; f < 3; f++) {
                    Member mate =
                            group.members().get(random.nextInt(group.members().size()));
                    if (mate != s) {
                        s.friends.add(mate);
                        mate.friends.add(s);
                    }
                }
            }
        }
    }

    /** One honest task: help from family, friends, a group it was posted to, and sometimes invited newcomers. */
    private void task(Member initiator, Instant at) {
        if (at.isBefore(initiator.account.registeredAt())) {
            return;
        }
        TaskId task = world.startTask(initiator.account, at);
        tasks.add(new HonestTask(task, initiator.account, at));
        int needed = 3 + random.nextInt(10);
        Map<Member, Instant> offers = new java.util.LinkedHashMap<>();
        for (Member f : initiator.family) {
            offer(offers, f, at, random.nextDouble() < 0.8, 20);
        }
        for (Member f : initiator.friends) {
            offer(offers, f, at, random.nextDouble() < 0.35 + 0.1 * f.activity, 40);
        }
        if (!initiator.groups.isEmpty() && random.nextDouble() < 0.6) {
            Group g = initiator.groups.get(random.nextInt(initiator.groups.size()));
            double p = Math.min(0.5, 6.0 / g.members().size());
            for (Member m : g.members()) {
                if (random.nextDouble() < p * (0.3 + m.activity)) {
                    // Most help comes in the first minutes after the post, the rest over the day.
                    long delay = random.nextDouble() < 0.6 ? exp(8) : exp(180);
                    offers.merge(m, at.plusSeconds(60 * delay), (x, y) -> x.isBefore(y) ? x : y);
                }
            }
        }
        if (random.nextDouble() < 0.03) {
            invitees(initiator, at, offers);
        }
        offers.remove(initiator);
        offers.entrySet().stream()
                .filter(e -> e.getValue().isBefore(at.plus(Duration.ofHours(24))))
                .filter(e -> !e.getValue().isBefore(e.getKey().account.registeredAt()))
                .sorted(Map.Entry.comparingByValue())
                .limit(needed)
                .forEach(e -> help(e.getKey(), task, initiator, e.getValue()));
    }

    /** A member brings brand-new friends: they register from their own phones and help within the hour. */
    private void invitees(Member initiator, Instant at, Map<Member, Instant> offers) {
        int count = 2 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Instant registered = at.plusSeconds(60 * (1 + exp(15)));
            int carrier = network.carrier();
            Member m = new Member(
                    world.account(SimWorld.HONEST, registered, network.newDevice(), network.mobile(carrier)),
                    activity(),
                    carrier,
                    network.newHome(),
                    false);
            members.add(m);
            m.friends.add(initiator);
            initiator.friends.add(m);
            offers.put(m, registered.plusSeconds(60 * (1 + exp(5))));
        }
    }

    private void offer(Map<Member, Instant> offers, Member m, Instant at, boolean helps, int meanMinutes) {
        if (helps) {
            offers.merge(m, at.plusSeconds(60 * (1 + exp(meanMinutes))), (x, y) -> x.isBefore(y) ? x : y);
        }
    }

    private void help(Member helper, TaskId task, Member initiator, Instant at) {
        String address;
        if (helper.campus) {
            address = Network.CAMPUS_NAT;
        } else if (random.nextDouble() < 0.45) {
            address = helper.home;
        } else {
            address = network.mobile(helper.carrier);
        }
        world.attempt(
                task, helper.account, initiator.account.id(), at, helper.account.device(), address, SimWorld.HONEST);
    }

    private Instant dayTime(int day, int fromHour, int toHour) {
        long seconds = (long) fromHour * 3600 + random.nextInt((toHour - fromHour) * 3600);
        return world.start.plus(Duration.ofDays(day)).plusSeconds(seconds);
    }

    private long exp(double mean) {
        return (long) (-Math.log(1 - random.nextDouble()) * mean);
    }

    private int poisson(double lambda) {
        int k = 0;
        double p = Math.exp(-lambda);
        double s = p;
        double u = random.nextDouble();
        while (u > s && k < 20) {
            k++;
            p *= lambda / k;
            s += p;
        }
        return k;
    }

    Member anyActive() {
        while (true) {
            Member m = members.get(random.nextInt(members.size()));
            if (m.activity > 0.15 && m.account.registeredAt().isBefore(world.start)) {
                return m;
            }
        }
    }

    Set<Member> distinctActive(int count) {
        Set<Member> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(anyActive());
        }
        return picked;
    }
}
