package io.huzhu.risk.sim;

import io.huzhu.risk.sim.HonestPopulation.HonestTask;
import io.huzhu.risk.sim.HonestPopulation.Member;
import io.huzhu.risk.sim.SimWorld.Account;
import io.huzhu.shared.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The attacks of issue 10, each with its size, timing and disguise drawn from the seed: a device farm, a lockstep
 * ring on distinct devices and addresses, a camouflaged ring that also helps honest tasks and joined its owner's
 * group, a registration burst from one address, a slow drip over days, and a paid-help seller whose pool bursts onto
 * its customers' tasks.
 */
final class Attacks {

    static final List<String> TYPES = List.of(
            "DEVICE_FARM", "LOCKSTEP_RING", "CAMOUFLAGED_RING", "REGISTRATION_BURST", "SLOW_DRIP", "PAID_HELP_SELLER");

    private final SimWorld world;
    private final Random random;
    private final Network network;
    private final HonestPopulation honest;
    private final int days;

    Attacks(SimWorld world, Random random, Network network, HonestPopulation honest, int days) {
        this.world = world;
        this.random = random;
        this.network = network;
        this.honest = honest;
        this.days = days;
    }

    void inject(String type) {
        switch (type) {
            case "DEVICE_FARM" -> deviceFarm();
            case "LOCKSTEP_RING" -> ring(type, false);
            case "CAMOUFLAGED_RING" -> ring(type, true);
            case "REGISTRATION_BURST" -> registrationBurst();
            case "SLOW_DRIP" -> slowDrip();
            case "PAID_HELP_SELLER" -> paidHelpSeller();
            default -> throw new IllegalArgumentException(type);
        }
    }

    /** 25–40 accounts on 2–3 phones finish every task of their owner. */
    private void deviceFarm() {
        Member owner = honest.anyActive();
        int phones = 2 + random.nextInt(2);
        List<Account> farm = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        for (int p = 0; p < phones; p++) {
            devices.add(network.newDevice());
        }
        int size = 25 + random.nextInt(16);
        String farmHome = network.newHome();
        for (int i = 0; i < size; i++) {
            String device = devices.get(i % phones);
            farm.add(world.account(
                    "DEVICE_FARM",
                    ago(5 + random.nextInt(60)),
                    device,
                    random.nextBoolean() ? farmHome : network.proxy()));
        }
        for (int day = 0; day < days; day++) {
            int tasks = 1 + random.nextInt(3);
            for (int t = 0; t < tasks; t++) {
                Instant at = time(day);
                TaskId task = world.startTask(owner.account, at);
                Collections.shuffle(farm, random);
                int needed = 6 + random.nextInt(8);
                for (int i = 0; i < needed; i++) {
                    Account a = farm.get(i % farm.size());
                    world.attempt(
                            task,
                            a,
                            owner.account.id(),
                            at.plusSeconds(60L * (1 + i * (1 + random.nextInt(4)))),
                            a.device(),
                            farmHome,
                            "DEVICE_FARM");
                }
            }
        }
    }

    /**
     * 12–25 accounts, each on its own phone behind its own proxy address, bought aged, serving 1–3 owners. A plain
     * ring hits each task together within minutes; a camouflaged one spreads over hours, joined its owners' group
     * through their invitations, and also helps honest tasks so a third to a half of its help looks normal.
     */
    private void ring(String type, boolean camouflaged) {
        List<Member> owners = new ArrayList<>(honest.distinctActive(1 + random.nextInt(3)));
        int size = 12 + random.nextInt(14);
        List<Account> ring = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Account a = world.account(type, ago(30 + random.nextInt(300)), network.newDevice(), network.proxy());
            ring.add(a);
            if (camouflaged) {
                Member owner = owners.get(i % owners.size());
                owner.groups.stream()
                        .findFirst()
                        .ifPresent(g -> world.join(a, g.id(), world.start.minus(Duration.ofDays(3))));
            }
        }
        for (int day = 0; day < days; day++) {
            for (Account a : ring) {
                world.signIn(a, time(day));
            }
            for (Member owner : owners) {
                int tasks = 1 + random.nextInt(2);
                for (int t = 0; t < tasks; t++) {
                    Instant at = time(day);
                    TaskId task = world.startTask(owner.account, at);
                    for (Account a : ring) {
                        if (random.nextDouble() < 0.8) {
                            long spread =
                                    camouflaged ? 60L * (5 + random.nextInt(180)) : 60L * (1 + random.nextInt(10));
                            world.attempt(
                                    task,
                                    a,
                                    owner.account.id(),
                                    at.plusSeconds(spread),
                                    a.device(),
                                    network.proxy(),
                                    type);
                        }
                    }
                }
            }
            if (camouflaged) {
                for (Account a : ring) {
                    int decoys = 1 + random.nextInt(3);
                    for (int d = 0; d < decoys; d++) {
                        HonestTask target = honestTaskOn(day);
                        if (target != null && !target.initiator().id().equals(a.id())) {
                            world.attempt(
                                    target.id(),
                                    a,
                                    target.initiator().id(),
                                    target.at().plusSeconds(60L * (5 + random.nextInt(300))),
                                    a.device(),
                                    network.proxy(),
                                    type);
                        }
                    }
                }
            }
        }
    }

    /** 10–30 accounts registered from one address within an hour, all assisting one owner's tasks. */
    private void registrationBurst() {
        Member owner = honest.anyActive();
        Instant burst = time(random.nextInt(days - 1));
        String address = random.nextBoolean() ? network.newHome() : network.proxy();
        int size = 10 + random.nextInt(21);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            accounts.add(world.account(
                    "REGISTRATION_BURST", burst.plusSeconds(random.nextInt(3600)), network.newDevice(), address));
        }
        int tasks = 1 + random.nextInt(3);
        for (int t = 0; t < tasks; t++) {
            Instant at = burst.plus(Duration.ofHours(1 + random.nextInt(20)));
            TaskId task = world.startTask(owner.account, at);
            for (Account a : accounts) {
                if (random.nextDouble() < 0.85) {
                    world.attempt(
                            task,
                            a,
                            owner.account.id(),
                            at.plusSeconds(60L * (1 + random.nextInt(90))),
                            a.device(),
                            address,
                            "REGISTRATION_BURST");
                }
            }
        }
    }

    /** 15–30 aged accounts on their own phones and addresses, each helping the owner about once a day, at random times. */
    private void slowDrip() {
        Member owner = honest.anyActive();
        int size = 15 + random.nextInt(16);
        List<Account> drip = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            drip.add(world.account("SLOW_DRIP", ago(20 + random.nextInt(400)), network.newDevice(), network.proxy()));
        }
        for (int day = 0; day < days; day++) {
            int tasks = 2 + random.nextInt(3);
            List<TaskId> open = new ArrayList<>();
            List<Instant> started = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                Instant at = time(day);
                open.add(world.startTask(owner.account, at));
                started.add(at);
            }
            for (Account a : drip) {
                world.signIn(a, time(day));
                if (random.nextDouble() < 0.85) {
                    int pick = random.nextInt(open.size());
                    Instant at = started.get(pick).plusSeconds(60L * (5 + random.nextInt(600)));
                    world.attempt(open.get(pick), a, owner.account.id(), at, a.device(), a.address(), "SLOW_DRIP");
                }
            }
        }
    }

    /**
     * A seller advertises paid help (代砍) in groups; 10–20 customers, some of whom ask for paid help in the open;
     * a pool of 40–80 accounts bursts 5–10 at a time onto each customer's task, and also helps honest tasks now and
     * then.
     */
    private void paidHelpSeller() {
        Member seller = honest.anyActive();
        for (int i = 0; i < 5; i++) {
            world.paidHelp(seller.account, time(random.nextInt(days)));
        }
        List<Member> customers = new ArrayList<>(honest.distinctActive(10 + random.nextInt(11)));
        int size = 40 + random.nextInt(41);
        List<Account> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(world.account(
                    "PAID_HELP_SELLER", ago(5 + random.nextInt(90)), network.newDevice(), network.proxy()));
        }
        for (Member customer : customers) {
            boolean asksOpenly = random.nextDouble() < 0.3;
            int tasks = 1 + random.nextInt(2);
            for (int t = 0; t < tasks; t++) {
                Instant at = time(random.nextInt(days));
                if (asksOpenly) {
                    world.paidHelp(customer.account, at.minusSeconds(600));
                }
                TaskId task = world.startTask(customer.account, at.plusSeconds(60));
                Collections.shuffle(pool, random);
                int burst = 5 + random.nextInt(6);
                Instant delivered = at.plusSeconds(60L * (10 + random.nextInt(120)));
                for (int i = 0; i < burst; i++) {
                    Account a = pool.get(i);
                    world.attempt(
                            task,
                            a,
                            customer.account.id(),
                            delivered.plusSeconds(30L * i + random.nextInt(60)),
                            a.device(),
                            network.proxy(),
                            "PAID_HELP_SELLER");
                }
            }
        }
        for (Account a : pool) {
            if (random.nextDouble() < 0.3) {
                HonestTask target = honestTaskOn(random.nextInt(days));
                if (target != null) {
                    world.attempt(
                            target.id(),
                            a,
                            target.initiator().id(),
                            target.at().plusSeconds(60L * (5 + random.nextInt(300))),
                            a.device(),
                            network.proxy(),
                            "PAID_HELP_SELLER");
                }
            }
        }
    }

    private HonestTask honestTaskOn(int day) {
        Instant from = world.start.plus(Duration.ofDays(day));
        Instant to = from.plus(Duration.ofDays(1));
        for (int tries = 0; tries < 50; tries++) {
            HonestTask t = honest.tasks.get(random.nextInt(honest.tasks.size()));
            if (!t.at().isBefore(from) && t.at().isBefore(to)) {
                return t;
            }
        }
        return null;
    }

    private Instant ago(int days) {
        return world.start.minus(Duration.ofDays(days)).minusSeconds(random.nextInt(86_400));
    }

    private Instant time(int day) {
        return world.start.plus(Duration.ofDays(day)).plusSeconds(8 * 3600L + random.nextInt(14 * 3600));
    }
}
