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
 * Dense helper–task blocks, after FRAUDAR (Hooi et al., KDD 2016). The bipartite graph of the window has a row per
 * helper, a column per task and an edge per assist, weighted 1/ln(column degree + 5): a task many strangers helped
 * weighs little per edge, so a ring that camouflages itself by also helping popular honest tasks gains nothing from
 * them. An edge between members who share a group weighs {@code sharedGroupWeight} of that (their help has an
 * explanation). {@link DensestBlock} peels the block of highest density; each connected part of it is judged on its
 * own (a ring and a busy group's regulars may come out of one peel), the block is removed and the next one peeled, up
 * to {@code maxBlocks}. A part is a finding when it has {@code minAccounts} helpers, a density of at least
 * {@code minDensity}, its helpers give at least {@code insideShare} of their assists inside it, and its assists are
 * suspicious ({@link Suspicion}). Flagged are all the part's helpers' assists in the window: a ring's camouflage is
 * part of the ring.
 */
public final class DenseBlockDetector implements Detector {

    private final RiskProperties.DenseBlock settings;
    private final RiskProperties.Suspicion suspicion;

    public DenseBlockDetector(RiskProperties.DenseBlock settings, RiskProperties.Suspicion suspicion) {
        this.settings = settings;
        this.suspicion = suspicion;
    }

    @Override
    public String name() {
        return "DENSE_BLOCK";
    }

    @Override
    public List<Finding> detect(Snapshot snapshot) {
        Indexer<UserId> rows = new Indexer<>();
        Indexer<TaskId> columns = new Indexer<>();
        Map<Long, SignalAssist> byEdge = new HashMap<>();
        for (SignalAssist a : snapshot.assists()) {
            long key = ((long) rows.id(a.helper()) << 32) | columns.id(a.task());
            byEdge.putIfAbsent(key, a);
        }
        int[] columnDegree = new int[columns.size()];
        byEdge.keySet().forEach(key -> columnDegree[(int) (long) key]++);
        int helpers = rows.size();
        List<DensestBlock.Edge> edges = new ArrayList<>(byEdge.size());
        Map<Integer, List<SignalAssist>> assistsOfNode = new HashMap<>();
        byEdge.forEach((key, assist) -> {
            int row = (int) (key >>> 32);
            int column = (int) (long) key;
            double weight = 1 / Math.log(columnDegree[column] + 5.0);
            if (!snapshot.strangers(assist.helper(), assist.initiator())) {
                weight *= settings.sharedGroupWeight();
            }
            edges.add(new DensestBlock.Edge(row, helpers + column, weight));
            assistsOfNode.computeIfAbsent(row, r -> new ArrayList<>()).add(assist);
        });
        DensestBlock graph = new DensestBlock(helpers + columns.size(), edges);
        List<Finding> findings = new ArrayList<>();
        graph.eachPart(helpers, settings.maxBlocks(), settings.minDensity(), part -> {
            Finding finding = judge(snapshot, part, rows, columns, assistsOfNode);
            if (finding != null) {
                findings.add(finding);
            }
        });
        return findings;
    }

    private @org.jspecify.annotations.Nullable Finding judge(
            Snapshot snapshot,
            DensestBlock.Part part,
            Indexer<UserId> rows,
            Indexer<TaskId> columns,
            Map<Integer, List<SignalAssist>> assistsOfNode) {
        Set<Integer> partHelpers = new HashSet<>(part.rows());
        Set<TaskId> tasks = new HashSet<>();
        part.columns().forEach(c -> tasks.add(columns.value(c)));
        double density = part.density();
        if (partHelpers.size() < settings.minAccounts() || density < settings.minDensity()) {
            return null;
        }
        List<SignalAssist> inside = new ArrayList<>();
        List<SignalAssist> all = new ArrayList<>();
        Set<UserId> accounts = new HashSet<>();
        for (int helper : partHelpers) {
            accounts.add(rows.value(helper));
            for (SignalAssist a : assistsOfNode.get(helper)) {
                all.add(a);
                if (tasks.contains(a.task())) {
                    inside.add(a);
                }
            }
        }
        double share = inside.size() / (double) all.size();
        Suspicion why = Suspicion.of(snapshot, inside, suspicion.youngAge());
        if (share < settings.insideShare() || !why.suspicious(suspicion)) {
            return null;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("helpersInBlock", accounts.size());
        facts.put("tasksInBlock", tasks.size());
        facts.put("density", Suspicion.round(density));
        facts.put("shareOfTheirAssistsInsideBlock", Suspicion.round(share));
        facts.putAll(why.facts());
        int score = 30 + (int) (10 * density) + (int) (30 * share);
        // The block's accounts are the pattern: their help outside it (the camouflage) is flagged too.
        return Finding.of(name(), name(), settings.effect(), score, all, facts);
    }
}
