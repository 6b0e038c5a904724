package io.huzhu.risk.detect;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signals of one scan window, as plain data: the assists (oldest first), what is known of the accounts, every
 * account seen on each device (assists, sign-ins, registrations, task starts), the groups each member joined, and the
 * members the content pipeline caught offering or asking for paid help.
 */
public final class Snapshot {

    private final Instant from;
    private final Instant to;
    private final List<SignalAssist> assists;
    private final Map<UserId, AccountFacts> accounts;
    private final Map<String, Set<UserId>> deviceAccounts;
    private final Map<UserId, Set<GroupId>> groups;
    private final Set<UserId> paidHelp;
    private @Nullable Map<UserId, List<SignalAssist>> byHelper;
    private @Nullable Map<TaskId, List<SignalAssist>> byTask;
    private @Nullable Map<UserId, Set<UserId>> helpersOf;

    public Snapshot(
            Instant from,
            Instant to,
            List<SignalAssist> assists,
            Map<UserId, AccountFacts> accounts,
            Map<String, Set<UserId>> deviceAccounts,
            Map<UserId, Set<GroupId>> groups,
            Set<UserId> paidHelp) {
        this.from = from;
        this.to = to;
        List<SignalAssist> sorted = new ArrayList<>(assists);
        sorted.sort(Comparator.comparing(SignalAssist::at).thenComparing(SignalAssist::id));
        this.assists = List.copyOf(sorted);
        this.accounts = Map.copyOf(accounts);
        Map<String, Set<UserId>> devices = new HashMap<>();
        deviceAccounts.forEach((device, users) -> devices.put(device, new HashSet<>(users)));
        for (SignalAssist assist : this.assists) {
            if (assist.device() != null) {
                devices.computeIfAbsent(assist.device(), d -> new HashSet<>()).add(assist.helper());
            }
        }
        this.deviceAccounts = devices;
        this.groups = Map.copyOf(groups);
        this.paidHelp = Set.copyOf(paidHelp);
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public List<SignalAssist> assists() {
        return assists;
    }

    public Map<UserId, AccountFacts> accounts() {
        return accounts;
    }

    /** Every account seen on each device; assists' devices included. */
    public Map<String, Set<UserId>> deviceAccounts() {
        return deviceAccounts;
    }

    public Set<UserId> paidHelp() {
        return paidHelp;
    }

    /** Whether two members share no group (as far as the recorded joins tell). */
    public boolean strangers(UserId a, UserId b) {
        Set<GroupId> left = groups.getOrDefault(a, Set.of());
        Set<GroupId> right = groups.getOrDefault(b, Set.of());
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        Set<GroupId> smaller = left.size() <= right.size() ? left : right;
        Set<GroupId> larger = smaller == left ? right : left;
        for (GroupId group : smaller) {
            if (larger.contains(group)) {
                return false;
            }
        }
        return true;
    }

    public Map<UserId, List<SignalAssist>> byHelper() {
        if (byHelper == null) {
            Map<UserId, List<SignalAssist>> map = new HashMap<>();
            assists.forEach(
                    a -> map.computeIfAbsent(a.helper(), h -> new ArrayList<>()).add(a));
            byHelper = map;
        }
        return byHelper;
    }

    /** Who helped each member's tasks in the window. */
    public Set<UserId> helpersOf(UserId initiator) {
        if (helpersOf == null) {
            Map<UserId, Set<UserId>> map = new HashMap<>();
            assists.forEach(a ->
                    map.computeIfAbsent(a.initiator(), i -> new HashSet<>()).add(a.helper()));
            helpersOf = map;
        }
        return helpersOf.getOrDefault(initiator, Set.of());
    }

    public Map<TaskId, List<SignalAssist>> byTask() {
        if (byTask == null) {
            Map<TaskId, List<SignalAssist>> map = new HashMap<>();
            assists.forEach(
                    a -> map.computeIfAbsent(a.task(), t -> new ArrayList<>()).add(a));
            byTask = map;
        }
        return byTask;
    }
}
