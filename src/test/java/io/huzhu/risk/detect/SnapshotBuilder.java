package io.huzhu.risk.detect;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Synthetic signals for detector tests, with ids from a seeded random so a test always builds the same graph. */
final class SnapshotBuilder {

    static final Instant T0 = Instant.parse("2030-05-01T00:00:00Z");
    final Random random;
    final List<SignalAssist> assists = new ArrayList<>();
    final Map<UserId, AccountFacts> accounts = new HashMap<>();
    final Map<String, Set<UserId>> devices = new HashMap<>();
    final Map<UserId, Set<GroupId>> groups = new HashMap<>();
    final Set<UserId> paid = new HashSet<>();

    SnapshotBuilder(long seed) {
        this.random = new Random(seed);
    }

    UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    UserId user() {
        UserId user = new UserId(id());
        accounts.put(user, new AccountFacts(user, T0.minus(Duration.ofDays(100)), null, "addr-" + user, null));
        return user;
    }

    List<UserId> users(int n) {
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(user());
        }
        return users;
    }

    UserId registered(Instant at, String address) {
        UserId user = new UserId(id());
        accounts.put(user, new AccountFacts(user, at, null, address, null));
        return user;
    }

    TaskId task() {
        return new TaskId(id());
    }

    SignalAssist assist(UserId helper, TaskId task, UserId initiator, Instant at) {
        return assist(helper, task, initiator, at, null);
    }

    SignalAssist assist(UserId helper, TaskId task, UserId initiator, Instant at, String device) {
        SignalAssist a = new SignalAssist(id(), task, helper, initiator, at, device, null, null);
        assists.add(a);
        return a;
    }

    void device(String device, UserId user) {
        devices.computeIfAbsent(device, d -> new HashSet<>()).add(user);
    }

    void group(GroupId group, List<UserId> members) {
        members.forEach(m -> groups.computeIfAbsent(m, u -> new HashSet<>()).add(group));
    }

    Instant minutes(double m) {
        return T0.plusSeconds((long) (m * 60));
    }

    /**
     * An honest background: {@code members} members in groups of about 40, each starting tasks that fellow group
     * members help over the following hours; a power law of activity, so some members help a lot.
     */
    List<UserId> honestBackground(int members, int tasks) {
        List<UserId> people = users(members);
        for (int g = 0; g * 40 < members; g++) {
            group(new GroupId(id()), people.subList(g * 40, Math.min(members, (g + 1) * 40)));
        }
        for (int t = 0; t < tasks; t++) {
            int owner = random.nextInt(members);
            int groupStart = owner / 40 * 40;
            TaskId task = task();
            Instant posted = minutes(random.nextInt(7 * 24 * 60));
            int helpers = 3 + random.nextInt(8);
            Set<Integer> picked = new HashSet<>();
            for (int h = 0; h < helpers; h++) {
                int helper = random.nextDouble() < 0.8
                        ? groupStart + (int) Math.min(39, Math.abs(random.nextGaussian() * 12))
                        : random.nextInt(members);
                if (helper != owner && helper < members && picked.add(helper)) {
                    assist(
                            people.get(helper),
                            task,
                            people.get(owner),
                            posted.plusSeconds(60L * (1 + random.nextInt(240))));
                }
            }
        }
        return people;
    }

    Snapshot build() {
        return new Snapshot(
                T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(8)), assists, accounts, devices, groups, paid);
    }
}
