package io.huzhu.risk;

import io.huzhu.risk.detect.AccountFacts;
import io.huzhu.risk.detect.Detection;
import io.huzhu.risk.detect.Finding;
import io.huzhu.risk.detect.SignalAssist;
import io.huzhu.risk.detect.Snapshot;
import io.huzhu.risk.sim.Scenarios;
import io.huzhu.risk.sim.SimWorld;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The fraud simulator (a benchmark, not a test): a seeded honest week with the attacks of issue 10 injected, replayed
 * in time order through the production inline gate ({@link InlineGate}) and, every {@code --scan-every}, the
 * production detectors ({@link Detection}) with the scanner's policy (a finding's assists that no case holds yet take
 * its effect; inline holds that no detector confirmed are released after the review hold). Reports, per attack, the
 * share of its assists refused, voided or held at the end, and for honest members the share of assists and accounts
 * flagged at any time and at the end. See docs/benchmarks.md for the command and docs/risk.md for the seeds.
 * {@code --variants heldout} injects the held-out attacks ({@code HeldOutAttacks}, written without seeing the
 * detectors) instead of the standard ones; {@code --variants heldout2} a second held-out set
 * ({@code HeldOutAttacksV2}), written without seeing the detectors or either earlier set; {@code --variants heldout3}
 * a third ({@code HeldOutAttacksV3}), written without seeing the detectors or any earlier set, whose week also carries
 * honest stress ({@code HonestStressV3}: offices, fans, large families, shared tablets, a school class, busy helpers).
 */
public final class FraudSimulation {

    enum State {
        COUNTED,
        HELD_INLINE,
        VOIDED,
        HELD_CASE,
        DENIED
    }

    static final class Tracked {
        final SignalAssist assist;
        final String label;
        String detector = "";
        State state;
        boolean inCase;
        boolean everFlagged;

        Tracked(SignalAssist assist, String label, State state) {
            this.assist = assist;
            this.label = label;
            this.state = state;
            this.everFlagged = state != State.COUNTED;
        }
    }

    /** Per label: how many attempts and what became of them. */
    record Tally(int attempts, int denied, int voided, int heldAtEnd, int everFlagged, int flaggedAtEnd) {

        double stopped() {
            return attempts == 0 ? 0 : (denied + voided + heldAtEnd) / (double) attempts;
        }
    }

    record Result(
            Map<String, Tally> byLabel,
            int honestAccounts,
            int honestAccountsFlagged,
            List<Long> scanMillis,
            Map<String, Integer> casesByDetector) {}

    private static final boolean EXPLAIN = Boolean.getBoolean("explain");
    private final RiskProperties properties;
    private final Duration scanEvery;

    FraudSimulation(RiskProperties properties, Duration scanEvery) {
        this.properties = properties;
        this.scanEvery = scanEvery;
    }

    Result run(SimWorld world) {
        InlineGate gate = new InlineGate(properties.inline());
        Detection detection = Detection.of(properties);
        Fingerprints fingerprints = Fingerprints.withKey(new byte[16]);
        Map<UserId, AccountFacts> accounts = new HashMap<>();
        Map<String, Set<UserId>> devices = new HashMap<>();
        Map<UserId, Set<GroupId>> groups = new HashMap<>();
        Set<UserId> paid = new HashSet<>();
        List<Tracked> assists = new ArrayList<>();
        Set<UserId> flaggedAccounts = new HashSet<>();
        List<Long> scanMillis = new ArrayList<>();
        Map<String, Integer> cases = new TreeMap<>();
        Instant nextScan = world.start.plus(scanEvery);
        Instant end = world.events.getLast().at();
        for (SimWorld.Event event : world.events) {
            while (!event.at().isBefore(nextScan)) {
                scanMillis.add(
                        scan(nextScan, detection, accounts, devices, groups, paid, assists, flaggedAccounts, cases));
                nextScan = nextScan.plus(scanEvery);
            }
            switch (event) {
                case SimWorld.Register r -> {
                    Fingerprint f = fingerprints.of(new ClientInfo(r.device(), r.address()));
                    accounts.put(r.user(), new AccountFacts(r.user(), r.at(), f.device(), f.address(), f.network()));
                    observe(gate, devices, r.user(), f, r.at());
                }
                case SimWorld.SignIn s ->
                    observe(gate, devices, s.user(), fingerprints.of(new ClientInfo(s.device(), s.address())), s.at());
                case SimWorld.TaskStart t ->
                    observe(
                            gate,
                            devices,
                            t.initiator(),
                            fingerprints.of(new ClientInfo(t.device(), t.address())),
                            t.at());
                case SimWorld.Join j ->
                    groups.computeIfAbsent(j.user(), u -> new HashSet<>()).add(j.group());
                case SimWorld.PaidHelp p -> paid.add(p.author());
                case SimWorld.Attempt a -> {
                    ClientInfo client = new ClientInfo(a.device(), a.address());
                    Fingerprint f = fingerprints.of(client);
                    RiskDecision decision = gate.assess(
                            new AssistCheck(
                                    a.helper(),
                                    world.accounts.get(a.helper()).registeredAt(),
                                    a.initiator(),
                                    a.task(),
                                    client),
                            f,
                            a.at().toEpochMilli());
                    var signal = new SignalAssist(
                            new UUID(0, assists.size()),
                            a.task(),
                            a.helper(),
                            a.initiator(),
                            a.at(),
                            f.device(),
                            f.address(),
                            f.network());
                    State state = switch (decision.outcome()) {
                        case ALLOW -> State.COUNTED;
                        case REVIEW -> State.HELD_INLINE;
                        case DENY -> State.DENIED;
                    };
                    assists.add(new Tracked(signal, a.label(), state));
                    if (state != State.COUNTED) {
                        cases.merge(a.label() + "<-inline:" + decision.reason(), 1, Integer::sum);
                    }
                    if (state == State.DENIED) {
                        flaggedAccounts.add(a.helper());
                    }
                }
            }
        }
        for (Instant last = nextScan;
                !last.isAfter(end.plus(properties.reviewHold()).plus(scanEvery));
                last = last.plus(scanEvery)) {
            scanMillis.add(scan(last, detection, accounts, devices, groups, paid, assists, flaggedAccounts, cases));
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Tracked t : assists) {
            if (t.inCase || t.state == State.DENIED) {
                cases.merge(t.label + "<-" + (t.inCase ? t.detector : "INLINE_DENY"), 1000, Integer::sum);
            }
            int[] c = counts.computeIfAbsent(t.label, l -> new int[6]);
            c[0]++;
            c[1] += t.state == State.DENIED ? 1 : 0;
            c[2] += t.state == State.VOIDED ? 1 : 0;
            c[3] += t.state == State.HELD_CASE || t.state == State.HELD_INLINE ? 1 : 0;
            c[4] += t.everFlagged ? 1 : 0;
            c[5] += t.state != State.COUNTED ? 1 : 0;
        }
        Map<String, Tally> byLabel = new LinkedHashMap<>();
        counts.forEach((label, c) -> byLabel.put(label, new Tally(c[0], c[1], c[2], c[3], c[4], c[5])));
        int honestAccounts = 0;
        int honestFlagged = 0;
        for (SimWorld.Account account : world.accounts.values()) {
            if (account.label().equals(SimWorld.HONEST)) {
                honestAccounts++;
                honestFlagged += flaggedAccounts.contains(account.id()) ? 1 : 0;
            }
        }
        return new Result(byLabel, honestAccounts, honestFlagged, scanMillis, cases);
    }

    private static void observe(
            InlineGate gate, Map<String, Set<UserId>> devices, UserId user, Fingerprint f, Instant at) {
        gate.observe(user, f, at.toEpochMilli());
        if (f.device() != null) {
            devices.computeIfAbsent(f.device(), d -> new HashSet<>()).add(user);
        }
    }

    /** One scan at {@code now}, with the production scanner's policy; returns how long detection took. */
    private long scan(
            Instant now,
            Detection detection,
            Map<UserId, AccountFacts> accounts,
            Map<String, Set<UserId>> devices,
            Map<UserId, Set<GroupId>> groups,
            Set<UserId> paid,
            List<Tracked> assists,
            Set<UserId> flaggedAccounts,
            Map<String, Integer> cases) {
        Instant from = now.minus(properties.scanWindow());
        Map<UUID, Tracked> byId = new HashMap<>();
        List<SignalAssist> window = new ArrayList<>();
        for (Tracked t : assists) {
            if (t.state != State.DENIED
                    && !t.assist.at().isBefore(from)
                    && t.assist.at().isBefore(now)) {
                window.add(t.assist);
                byId.put(t.assist.id(), t);
            }
        }
        long started = System.nanoTime();
        Snapshot snapshot = new Snapshot(from, now, window, accounts, devices, groups, paid);
        Detection.Result result = detection.run(snapshot);
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (Finding finding : result.actionable()) {
            boolean claimed = false;
            for (SignalAssist a : finding.assists()) {
                Tracked t = byId.get(a.id());
                if (t != null && !t.inCase && (t.state == State.COUNTED || t.state == State.HELD_INLINE)) {
                    t.inCase = true;
                    t.detector = finding.detector();
                    t.state = finding.effect() == Effect.VOID ? State.VOIDED : State.HELD_CASE;
                    t.everFlagged = true;
                    flaggedAccounts.add(a.helper());
                    claimed = true;
                }
            }
            if (claimed) {
                cases.merge(finding.detector(), 1, Integer::sum);
                if (EXPLAIN) {
                    long honest = finding.assists().stream()
                            .filter(a -> byId.containsKey(a.id())
                                    && byId.get(a.id()).label.equals(SimWorld.HONEST))
                            .count();
                    if (honest > 0) {
                        System.out.printf(
                                "  honest in %s at %s: %d of %d assists, %s%n",
                                finding.detector(),
                                now,
                                honest,
                                finding.assists().size(),
                                finding.facts());
                    }
                }
            }
        }
        Instant releaseBefore = now.minus(properties.reviewHold());
        for (Tracked t : assists) {
            if (t.state == State.HELD_INLINE && !t.inCase && t.assist.at().isBefore(releaseBefore)) {
                t.state = State.COUNTED;
            }
        }
        return millis;
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<Long> seeds = new ArrayList<>();
        for (String s : options.getOrDefault("seeds", "101,102,103").split(",")) {
            seeds.add(Long.parseLong(s.strip()));
        }
        int members = Integer.parseInt(options.getOrDefault("members", "4000"));
        int days = Integer.parseInt(options.getOrDefault("days", "7"));
        Duration every = Duration.parse(options.getOrDefault("scan-every", "PT2H"));
        String variants = options.getOrDefault("variants", "standard");
        if (!List.of("standard", "heldout", "heldout2", "heldout3").contains(variants)) {
            throw new IllegalArgumentException(
                    "--variants must be standard, heldout, heldout2 or heldout3, not " + variants);
        }
        List<String> attacks = options.getOrDefault("attacks", "ALL").equals("ALL")
                ? Scenarios.attacks(variants)
                : List.of(options.get("attacks").split(","));
        var simulation = new FraudSimulation(InlineGateUnitTests.defaults(), every);
        Map<String, List<Double>> stopped = new TreeMap<>();
        List<Double> honestAny = new ArrayList<>();
        List<Double> honestEnd = new ArrayList<>();
        List<Double> honestAccounts = new ArrayList<>();
        for (long seed : seeds) {
            long t0 = System.nanoTime();
            SimWorld world = Scenarios.week(seed, members, days, attacks, variants);
            Result r = simulation.run(world);
            System.out.printf(
                    "%nseed %d: %d events, %d s; scans: %d, median detection %d ms, max %d ms; cases %s%n",
                    seed,
                    world.events.size(),
                    (System.nanoTime() - t0) / 1_000_000_000L,
                    r.scanMillis().size(),
                    median(r.scanMillis()),
                    r.scanMillis().stream().mapToLong(Long::longValue).max().orElse(0),
                    r.casesByDetector());
            System.out.println("| label | assists | refused | voided | held at end | stopped | flagged any time |");
            System.out.println("|---|--:|--:|--:|--:|--:|--:|");
            r.byLabel().forEach((label, t) -> {
                System.out.printf(
                        "| %s | %d | %d | %d | %d | %.1f %% | %.2f %% |%n",
                        label,
                        t.attempts(),
                        t.denied(),
                        t.voided(),
                        t.heldAtEnd(),
                        100 * t.stopped(),
                        100.0 * t.everFlagged() / t.attempts());
                if (!label.equals(SimWorld.HONEST)) {
                    stopped.computeIfAbsent(label, l -> new ArrayList<>()).add(t.stopped());
                }
            });
            Tally honest = r.byLabel().get(SimWorld.HONEST);
            honestAny.add(honest.everFlagged() / (double) honest.attempts());
            honestEnd.add(honest.flaggedAtEnd() / (double) honest.attempts());
            honestAccounts.add(r.honestAccountsFlagged() / (double) r.honestAccounts());
            System.out.printf(
                    "honest accounts flagged: %d of %d (%.2f %%)%n",
                    r.honestAccountsFlagged(),
                    r.honestAccounts(),
                    100.0 * r.honestAccountsFlagged() / r.honestAccounts());
        }
        System.out.printf(
                "%nMedians over seeds %s (%d members, %d days, scan every %s, %s attacks)%n",
                seeds, members, days, every, variants);
        System.out.println("| attack | assists stopped (refused, voided or held) |");
        System.out.println("|---|--:|");
        stopped.forEach((label, values) -> System.out.printf("| %s | %.1f %% |%n", label, 100 * medianD(values)));
        System.out.printf("| honest assists flagged at any time | %.2f %% |%n", 100 * medianD(honestAny));
        System.out.printf("| honest assists not counting at the end | %.2f %% |%n", 100 * medianD(honestEnd));
        System.out.printf("| honest accounts flagged | %.2f %% |%n", 100 * medianD(honestAccounts));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static double medianD(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
