package io.huzhu.risk.detect;

import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lockstep, after CopyCatch (Beutel et al., WWW 2013): a group of helpers who assist the same tasks within a short
 * window of each other, again and again. Two helpers are in step when they assisted at least {@code minTasks} common
 * tasks within {@code window} of each other and those tasks are at least {@code similarity} of the smaller one's
 * tasks (a busy group's regular helpers meet on many tasks too, but on a small share of each one's help). Groups of
 * in-step pairs are peeled to a core in which everyone is in step with at least {@code similarity} of the others; a
 * core of {@code minAccounts} whose in-step assists are also suspicious ({@link Suspicion}), or that serves others
 * (at least {@code outwardShare} of its in-step help goes to members outside it, at least one account per member
 * served), is a finding: lockstep is the evidence, and close friends in step help each other, not outsiders.
 * The core's other help in the window (a ring's cover) is a second finding, held for review.
 */
public final class LockstepDetector implements Detector {

    private final RiskProperties.Lockstep settings;
    private final RiskProperties.Suspicion suspicion;

    public LockstepDetector(RiskProperties.Lockstep settings, RiskProperties.Suspicion suspicion) {
        this.settings = settings;
        this.suspicion = suspicion;
    }

    @Override
    public String name() {
        return "LOCKSTEP";
    }

    @Override
    public List<Finding> detect(Snapshot snapshot) {
        long window = settings.window().toMillis();
        Indexer<UserId> helpers = new Indexer<>();
        Map<Integer, Integer> tasksOf = new HashMap<>();
        Map<Long, Integer> inStep = new HashMap<>();
        for (List<SignalAssist> onTask : snapshot.byTask().values()) {
            int[] ids = new int[onTask.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = helpers.id(onTask.get(i).helper());
                tasksOf.merge(ids[i], 1, Integer::sum);
            }
            if (onTask.size() < 2 || onTask.size() > settings.maxHelpersPerTask()) {
                continue;
            }
            for (int i = 0; i < ids.length; i++) {
                long ti = onTask.get(i).at().toEpochMilli();
                for (int j = i + 1; j < ids.length && onTask.get(j).at().toEpochMilli() - ti <= window; j++) {
                    inStep.merge(pair(ids[i], ids[j]), 1, Integer::sum);
                }
            }
        }
        Map<Integer, Set<Integer>> adjacency = new HashMap<>();
        UnionFind groups = new UnionFind(helpers.size());
        inStep.forEach((key, shared) -> {
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            int smaller = Math.min(tasksOf.get(a), tasksOf.get(b));
            if (shared >= settings.minTasks() && shared >= settings.similarity() * smaller) {
                adjacency.computeIfAbsent(a, x -> new HashSet<>()).add(b);
                adjacency.computeIfAbsent(b, x -> new HashSet<>()).add(a);
                groups.union(a, b);
            }
        });
        Map<Integer, Set<Integer>> components = new LinkedHashMap<>();
        adjacency.keySet().stream()
                .sorted()
                .forEach(node -> components
                        .computeIfAbsent(groups.find(node), r -> new HashSet<>())
                        .add(node));
        List<Finding> findings = new ArrayList<>();
        for (Set<Integer> component : components.values()) {
            Set<Integer> core = core(component, adjacency);
            if (core.size() >= settings.minAccounts()) {
                Finding finding = flag(snapshot, core, helpers, window);
                if (finding != null) {
                    findings.add(finding);
                    Finding cover = finding.otherHelp(snapshot, finding.score() / 2);
                    if (cover != null) {
                        findings.add(cover);
                    }
                }
            }
        }
        return findings;
    }

    /** Removes, until none is left, members in step with fewer than {@code similarity} of the others. */
    private Set<Integer> core(Set<Integer> component, Map<Integer, Set<Integer>> adjacency) {
        Set<Integer> core = new HashSet<>(component);
        boolean changed = true;
        while (changed && core.size() >= settings.minAccounts()) {
            changed = false;
            double needed = settings.similarity() * (core.size() - 1);
            List<Integer> weak = new ArrayList<>();
            for (int node : core) {
                int degree = 0;
                for (int other : adjacency.get(node)) {
                    if (core.contains(other)) {
                        degree++;
                    }
                }
                if (degree < needed) {
                    weak.add(node);
                }
            }
            if (!weak.isEmpty()) {
                weak.forEach(core::remove);
                changed = true;
            }
        }
        return core;
    }

    /** The core's assists on tasks where at least two of its members were in step. */
    private @org.jspecify.annotations.Nullable Finding flag(
            Snapshot snapshot, Set<Integer> core, Indexer<UserId> helpers, long window) {
        Set<UserId> members = new HashSet<>();
        core.forEach(id -> members.add(helpers.value(id)));
        List<SignalAssist> flagged = new ArrayList<>();
        Set<TaskId> tasks = new HashSet<>();
        for (var entry : snapshot.byTask().entrySet()) {
            List<SignalAssist> ours = entry.getValue().stream()
                    .filter(a -> members.contains(a.helper()))
                    .toList();
            for (int i = 0; i < ours.size(); i++) {
                long t = ours.get(i).at().toEpochMilli();
                boolean before = i > 0 && t - ours.get(i - 1).at().toEpochMilli() <= window;
                boolean after = i + 1 < ours.size() && ours.get(i + 1).at().toEpochMilli() - t <= window;
                if (before || after) {
                    flagged.add(ours.get(i));
                    tasks.add(entry.getKey());
                }
            }
        }
        Suspicion why = Suspicion.of(snapshot, flagged, suspicion.youngAge());
        // In step and serving others: friends who help each other in step serve themselves.
        boolean servingOthers = settings.outwardShare() > 0
                && why.outwardShare() >= settings.outwardShare()
                && why.helpedBack() < suspicion.helpedBack()
                && why.helpersPerInitiator() >= 1.0;
        if (flagged.isEmpty() || !(why.suspicious(suspicion) || servingOthers)) {
            return null;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("accountsInStep", members.size());
        facts.put("tasksHitInStep", tasks.size());
        facts.put("windowMinutes", settings.window().toMinutes());
        facts.putAll(why.facts());
        int score = 40 + 2 * members.size() + Math.min(30, tasks.size() * 3);
        return Finding.of(name(), name(), settings.effect(), score, flagged, facts);
    }

    private static long pair(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | (high & 0xFFFFFFFFL);
    }
}
