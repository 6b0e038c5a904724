package io.huzhu.risk.detect;

import io.huzhu.risk.Effect;
import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A paid-help seller's pool: accounts that arrive in bursts on tasks of initiators they share no group with. A burst
 * is at least {@code minBurst} stranger assists on one task, each within {@code window} of the previous one (an
 * honest burst after a post to a group comes from fellow members, who are no strangers). Bursts made mostly of
 * accounts seen in more than one burst join their helpers into a pool (an honest stranger who happened to help in
 * the same minutes as a pool account once does not); a pool of {@code minAccounts} helpers that served at least {@code minInitiators} initiators,
 * each helper serving {@code minFanOut} of them on average (one person's friends serve that person), is a finding.
 * Paid-help findings of the content pipeline against a pool member or a served initiator make it a void.
 */
public final class BurstRingDetector implements Detector {

    private final RiskProperties.BurstRing settings;

    private final RiskProperties.Suspicion suspicion;

    public BurstRingDetector(RiskProperties.BurstRing settings, RiskProperties.Suspicion suspicion) {
        this.settings = settings;
        this.suspicion = suspicion;
    }

    @Override
    public String name() {
        return "BURST_RING";
    }

    @Override
    public List<Finding> detect(Snapshot snapshot) {
        long window = settings.window().toMillis();
        Indexer<UserId> helpers = new Indexer<>();
        List<List<SignalAssist>> bursts = new ArrayList<>();
        for (List<SignalAssist> onTask : snapshot.byTask().values()) {
            List<SignalAssist> run = new ArrayList<>();
            for (SignalAssist a : onTask) {
                if (!snapshot.strangers(a.helper(), a.initiator())) {
                    continue;
                }
                if (!run.isEmpty() && a.at().toEpochMilli() - run.getLast().at().toEpochMilli() > window) {
                    keep(run, bursts);
                    run = new ArrayList<>();
                }
                run.add(a);
            }
            keep(run, bursts);
        }
        // Pool accounts come back burst after burst; an honest stranger who once helped in the same minutes as one
        // of them does not. Only bursts made mostly of such repeaters join a pool.
        Map<UserId, Integer> burstsOf = new HashMap<>();
        bursts.forEach(burst -> burst.forEach(a -> burstsOf.merge(a.helper(), 1, Integer::sum)));
        List<List<SignalAssist>> poolBursts = bursts.stream()
                .filter(burst -> burst.stream()
                                        .filter(a -> burstsOf.get(a.helper()) >= 2)
                                        .count()
                                * 2
                        >= burst.size())
                .toList();
        if (poolBursts.isEmpty()) {
            return List.of();
        }
        poolBursts.forEach(burst -> burst.forEach(a -> helpers.id(a.helper())));
        UnionFind pools = new UnionFind(helpers.size());
        for (List<SignalAssist> burst : poolBursts) {
            int first = helpers.id(burst.getFirst().helper());
            burst.forEach(a -> pools.union(first, helpers.id(a.helper())));
        }
        Map<Integer, List<SignalAssist>> byPool = new LinkedHashMap<>();
        for (List<SignalAssist> burst : poolBursts) {
            int root = pools.find(helpers.id(burst.getFirst().helper()));
            byPool.computeIfAbsent(root, r -> new ArrayList<>()).addAll(burst);
        }
        List<Finding> findings = new ArrayList<>();
        byPool.values().forEach(assists -> {
            Finding finding = flag(snapshot, assists, burstsOf);
            if (finding != null) {
                findings.add(finding);
            }
        });
        return findings;
    }

    private static boolean poolDelivery(SignalAssist a, List<SignalAssist> pool, Map<UserId, Integer> burstsOf) {
        long onTask = pool.stream().filter(o -> o.task().equals(a.task())).count();
        long repeaters = pool.stream()
                .filter(o -> o.task().equals(a.task()) && burstsOf.get(o.helper()) >= 2)
                .count();
        return repeaters * 3 >= onTask * 2;
    }

    private void keep(List<SignalAssist> run, List<List<SignalAssist>> bursts) {
        if (run.size() >= settings.minBurst()) {
            bursts.add(run);
        }
    }

    private @org.jspecify.annotations.Nullable Finding flag(
            Snapshot snapshot, List<SignalAssist> assists, Map<UserId, Integer> burstsOf) {
        Map<UserId, Set<UserId>> served = new HashMap<>();
        Set<UserId> initiators = new HashSet<>();
        boolean paid = false;
        for (SignalAssist a : assists) {
            served.computeIfAbsent(a.helper(), h -> new HashSet<>()).add(a.initiator());
            initiators.add(a.initiator());
            paid |= snapshot.paidHelp().contains(a.helper())
                    || snapshot.paidHelp().contains(a.initiator());
        }
        double fanOut = served.values().stream().mapToInt(Set::size).average().orElse(0);
        if (served.size() < settings.minAccounts()
                || initiators.size() < settings.minInitiators()
                || fanOut < settings.minFanOut()) {
            return null;
        }
        Suspicion why = Suspicion.of(snapshot, assists, suspicion.youngAge());
        if (!paid && why.helpedBack() >= suspicion.helpedBack()) {
            return null;
        }
        Effect effect = paid ? settings.paidHelpEffect() : settings.effect();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("accountsInPool", served.size());
        facts.put("initiatorsServed", initiators.size());
        facts.put("initiatorsPerAccount", Suspicion.round(fanOut));
        facts.putAll(why.facts());
        int score = 40 + Math.min(30, served.size()) + (paid ? 30 : 0);
        // The pool's repeaters are the pattern: all their help is flagged, in the bursts and outside (the camouflage).
        // Someone who helped the same task in the same minutes once is not.
        Set<SignalAssist> everything = new java.util.LinkedHashSet<>();
        // A burst made two thirds of repeaters is the pool's delivery: all of it.
        for (SignalAssist a : assists) {
            if (poolDelivery(a, assists, burstsOf)) {
                everything.add(a);
            }
        }
        served.keySet().stream()
                .filter(helper -> burstsOf.get(helper) >= 2)
                .forEach(helper -> everything.addAll(snapshot.byHelper().getOrDefault(helper, List.of())));
        return Finding.of(name(), "PAID_HELP_RING", effect, score, everything, facts);
    }
}
