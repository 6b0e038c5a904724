package io.huzhu.risk.detect;

import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Many accounts on one device ("forty accounts on two phones"). Devices used by at least {@code minAccounts}
 * accounts are joined with every other such device that shares an account, so a farm rotating its accounts over a
 * few phones is one finding. Flagged: the cluster's assists to an initiator who received at least
 * {@code minAssistsPerInitiator} of them, or who is in the cluster (an owner helping themself through other
 * accounts). The cluster's other help (a farm's cover) is a second finding, held for review. A family sharing one
 * tablet stays below the threshold.
 */
public final class DeviceClusterDetector implements Detector {

    private final RiskProperties.DeviceCluster settings;

    public DeviceClusterDetector(RiskProperties.DeviceCluster settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "DEVICE_CLUSTER";
    }

    @Override
    public List<Finding> detect(Snapshot snapshot) {
        Indexer<UserId> users = new Indexer<>();
        List<String> crowded = new ArrayList<>();
        snapshot.deviceAccounts().forEach((device, accounts) -> {
            if (accounts.size() >= settings.minAccounts()) {
                crowded.add(device);
                accounts.forEach(users::id);
            }
        });
        if (crowded.isEmpty()) {
            return List.of();
        }
        crowded.sort(null);
        UnionFind clusters = new UnionFind(users.size());
        for (String device : crowded) {
            int first = -1;
            for (UserId account : snapshot.deviceAccounts().get(device)) {
                int id = users.id(account);
                if (first < 0) {
                    first = id;
                } else {
                    clusters.union(first, id);
                }
            }
        }
        Map<Integer, Set<UserId>> members = new LinkedHashMap<>();
        Map<Integer, Set<String>> devices = new HashMap<>();
        for (String device : crowded) {
            Set<UserId> accounts = snapshot.deviceAccounts().get(device);
            int root = clusters.find(users.id(accounts.iterator().next()));
            devices.computeIfAbsent(root, r -> new HashSet<>()).add(device);
            members.computeIfAbsent(root, r -> new HashSet<>()).addAll(accounts);
        }
        List<Finding> findings = new ArrayList<>();
        members.forEach((root, cluster) -> {
            Finding finding = flag(snapshot, cluster, devices.get(root));
            if (finding != null) {
                findings.add(finding);
                Finding cover = finding.otherHelp(snapshot, finding.score() / 2);
                if (cover != null) {
                    findings.add(cover.withDevices(finding.devices()));
                }
            }
        });
        return findings;
    }

    private @Nullable Finding flag(Snapshot snapshot, Set<UserId> cluster, Set<String> devices) {
        List<SignalAssist> given = new ArrayList<>();
        Map<UserId, Integer> perInitiator = new HashMap<>();
        for (UserId account : cluster) {
            for (SignalAssist a : snapshot.byHelper().getOrDefault(account, List.of())) {
                given.add(a);
                perInitiator.merge(a.initiator(), 1, Integer::sum);
            }
        }
        List<SignalAssist> flagged = given.stream()
                .filter(a -> cluster.contains(a.initiator())
                        || perInitiator.get(a.initiator()) >= settings.minAssistsPerInitiator())
                .toList();
        if (flagged.isEmpty()) {
            return null;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("accountsOnDevices", cluster.size());
        facts.put("devices", devices.size());
        facts.put("accountsPerDevice", Suspicion.round(cluster.size() / (double) devices.size()));
        int score = 40 + 5 * cluster.size() / devices.size() + Math.min(30, flagged.size());
        return Finding.of(name(), name(), settings.effect(), score, flagged, facts)
                .withDevices(devices);
    }
}
