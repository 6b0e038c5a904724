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

/**
 * Many accounts whose help goes (almost) only to one member or a few (a fan-in): the slow drip of a farm spread over
 * days, rotating over a handful of owners, which no velocity rule and no lockstep window sees. Every account that gave
 * at least {@code minAssists} assists in the window is an edge to each member it helped, weighted by the share of its
 * help that member got, so an account weighs at most one however busy it is and a casual helper of many members
 * weighs little on each. {@link DensestBlock} peels the densest helper–member blocks (each account counted with its
 * members); a connected part is a finding when it has {@code minAccounts} accounts, at least
 * {@code suspicion.helpers-per-initiator} accounts per member it serves, and its accounts give at least
 * {@code dedication} of their help inside it. Accounts registered from a member's own registration address (a
 * household) are not edges to that member.
 */
public final class DedicatedHelpersDetector implements Detector {

    private static final int MAX_BLOCKS = 40;
    private static final double MIN_DENSITY = 0.4;
    private final RiskProperties.DedicatedHelpers settings;
    private final RiskProperties.Suspicion suspicion;

    public DedicatedHelpersDetector(RiskProperties.DedicatedHelpers settings, RiskProperties.Suspicion suspicion) {
        this.settings = settings;
        this.suspicion = suspicion;
    }

    @Override
    public String name() {
        return "DEDICATED_HELPERS";
    }

    /** Registered from the same address as the member: family at home, who may well help only them. */
    private static boolean household(Snapshot snapshot, UserId helper, UserId initiator) {
        AccountFacts a = snapshot.accounts().get(helper);
        AccountFacts b = snapshot.accounts().get(initiator);
        return a != null && b != null && a.address() != null && a.address().equals(b.address());
    }

    @Override
    public List<Finding> detect(Snapshot snapshot) {
        Indexer<UserId> rows = new Indexer<>();
        Indexer<UserId> columns = new Indexer<>();
        List<DensestBlock.Edge> edges = new ArrayList<>();
        Map<Integer, List<SignalAssist>> given = new HashMap<>();
        snapshot.byHelper().forEach((helper, assists) -> {
            if (assists.size() < settings.minAssists()) {
                return;
            }
            Map<UserId, Integer> perInitiator = new LinkedHashMap<>();
            assists.forEach(a -> perInitiator.merge(a.initiator(), 1, Integer::sum));
            int row = rows.id(helper);
            given.put(row, assists);
            perInitiator.forEach((initiator, count) -> {
                if (!household(snapshot, helper, initiator)) {
                    edges.add(new DensestBlock.Edge(row, -1 - columns.id(initiator), count / (double) assists.size()));
                }
            });
        });
        int helpers = rows.size();
        List<DensestBlock.Edge> placed = edges.stream()
                .map(e -> new DensestBlock.Edge(e.a(), helpers - 1 - e.b(), e.weight()))
                .toList();
        DensestBlock graph = new DensestBlock(helpers + columns.size(), placed);
        List<Finding> findings = new ArrayList<>();
        graph.eachPart(helpers, MAX_BLOCKS, MIN_DENSITY, part -> {
            Finding finding = judge(snapshot, part, columns, given);
            if (finding != null) {
                findings.add(finding);
            }
        });
        return findings;
    }

    private @org.jspecify.annotations.Nullable Finding judge(
            Snapshot snapshot,
            DensestBlock.Part part,
            Indexer<UserId> columns,
            Map<Integer, List<SignalAssist>> given) {
        Set<UserId> members = new HashSet<>();
        part.columns().forEach(c -> members.add(columns.value(c)));
        List<Integer> accounts = part.rows();
        double density = part.density();
        if (accounts.size() < settings.minAccounts()
                || members.isEmpty()
                || accounts.size() < suspicion.helpersPerInitiator() * members.size()) {
            return null;
        }
        List<SignalAssist> inside = new ArrayList<>();
        int all = 0;
        for (int account : accounts) {
            for (SignalAssist a : given.get(account)) {
                all++;
                if (members.contains(a.initiator())) {
                    inside.add(a);
                }
            }
        }
        double share = inside.size() / (double) all;
        if (share < settings.dedication()) {
            return null;
        }
        Suspicion why = Suspicion.of(snapshot, inside, suspicion.youngAge());
        if (why.helpedBack() >= suspicion.helpedBack() && !why.paidHelp()) {
            return null;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("accountsHelpingOnlyTheseMembers", accounts.size());
        facts.put("membersServed", members.size());
        facts.put("shareOfTheirAssistsToThem", Suspicion.round(share));
        facts.put("density", Suspicion.round(density));
        facts.put("assists", inside.size());
        facts.put("shareHelpedBackByMembersServed", Suspicion.round(why.helpedBack()));
        int score = 30 + Math.min(40, 3 * accounts.size() / members.size());
        return Finding.of(name(), "DEDICATED_HELPERS", settings.effect(), score, inside, facts);
    }
}
