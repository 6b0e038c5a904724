package io.huzhu.risk.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Greedy peeling for the densest subgraph (Charikar's 2-approximation, as FRAUDAR uses it): repeatedly remove the
 * node whose remaining edges weigh least, and keep the set that had the highest total edge weight per node. Removed
 * blocks stay out of later peels, so each call finds the next block.
 */
final class DensestBlock {

    record Edge(int a, int b, double weight) {}

    record Block(int[] nodes, double density) {}

    private final int n;
    private final List<List<int[]>> adjacency;
    private final double[] weights;
    private final boolean[] gone;

    DensestBlock(int n, List<Edge> edges) {
        this.n = n;
        this.adjacency = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
        }
        this.weights = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            weights[e] = edge.weight();
            adjacency.get(edge.a()).add(new int[] {edge.b(), e});
            adjacency.get(edge.b()).add(new int[] {edge.a(), e});
        }
        this.gone = new boolean[n];
    }

    /** The densest block among the nodes not yet removed; empty when no edge is left. */
    Block peel() {
        double[] priority = new double[n];
        boolean[] removed = gone.clone();
        double total = 0;
        int alive = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        for (int v = 0; v < n; v++) {
            if (removed[v]) {
                continue;
            }
            for (int[] edge : adjacency.get(v)) {
                if (!removed[edge[0]]) {
                    priority[v] += weights[edge[1]];
                }
            }
            if (priority[v] == 0) {
                removed[v] = true;
                continue;
            }
            total += priority[v];
            alive++;
            queue.add(new double[] {priority[v], v});
        }
        total /= 2;
        if (alive == 0) {
            return new Block(new int[0], 0);
        }
        int[] order = new int[alive];
        int step = 0;
        double best = total / alive;
        int bestStep = 0;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int v = (int) top[1];
            if (removed[v] || top[0] != priority[v]) {
                continue;
            }
            removed[v] = true;
            total -= priority[v];
            order[step++] = v;
            for (int[] edge : adjacency.get(v)) {
                int u = edge[0];
                if (!removed[u]) {
                    priority[u] -= weights[edge[1]];
                    queue.add(new double[] {priority[u], u});
                }
            }
            int left = alive - step;
            if (left > 0 && total / left > best + 1e-12) {
                best = total / left;
                bestStep = step;
            }
        }
        int[] block = new int[alive - bestStep];
        System.arraycopy(order, bestStep, block, 0, block.length);
        return new Block(block, best);
    }

    /** The weighted density (total edge weight per node) of a set of nodes, counting edges inside it only. */
    double density(int[] nodes) {
        java.util.Set<Integer> set = new java.util.HashSet<>();
        for (int v : nodes) {
            set.add(v);
        }
        double total = 0;
        for (int v : nodes) {
            for (int[] edge : adjacency.get(v)) {
                if (set.contains(edge[0])) {
                    total += weights[edge[1]];
                }
            }
        }
        return nodes.length == 0 ? 0 : total / 2 / nodes.length;
    }

    /** The connected parts of a set of nodes, through edges inside the set. */
    List<int[]> components(int[] nodes) {
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            index.put(nodes[i], i);
        }
        UnionFind parts = new UnionFind(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            for (int[] edge : adjacency.get(nodes[i])) {
                Integer j = index.get(edge[0]);
                if (j != null) {
                    parts.union(i, j);
                }
            }
        }
        java.util.Map<Integer, List<Integer>> grouped = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            grouped.computeIfAbsent(parts.find(i), r -> new ArrayList<>()).add(nodes[i]);
        }
        List<int[]> result = new ArrayList<>();
        grouped.values()
                .forEach(list ->
                        result.add(list.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    /** A connected part of a peeled block: its row nodes (below {@code rows}), its column indexes, its density. */
    record Part(List<Integer> rows, List<Integer> columns, double density) {}

    /**
     * Peels blocks one after another, up to {@code maxBlocks} or until a block is less dense than {@code minDensity},
     * and hands each connected part of each block to {@code judge} (rows are nodes below {@code rowCount}, columns the
     * others, numbered from 0).
     */
    void eachPart(int rowCount, int maxBlocks, double minDensity, java.util.function.Consumer<Part> judge) {
        for (int b = 0; b < maxBlocks; b++) {
            Block block = peel();
            if (block.nodes().length == 0 || block.density() < minDensity) {
                return;
            }
            remove(block.nodes());
            for (int[] part : components(block.nodes())) {
                List<Integer> rows = new ArrayList<>();
                List<Integer> columns = new ArrayList<>();
                for (int node : part) {
                    if (node < rowCount) {
                        rows.add(node);
                    } else {
                        columns.add(node - rowCount);
                    }
                }
                judge.accept(new Part(rows, columns, density(part)));
            }
        }
    }

    void remove(int[] nodes) {
        for (int v : nodes) {
            gone[v] = true;
        }
    }
}
