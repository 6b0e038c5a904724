package io.huzhu.risk.detect;

import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A burst of registrations from one address (or one network) whose accounts then assist the same initiator.
 * Registrations from one address within {@code window} of each other form a burst (a campus behind one NAT address registers many accounts
 * too, but they help many different people); flagged are the assists of burst accounts to an initiator who received
 * assists from at least {@code minAccounts} of them and from at least {@code burstShare} of the whole burst, when
 * those accounts gave that initiator at least {@code concentration} of all their assists.
 */
public final class RegistrationBurstDetector implements Detector {

    private final RiskProperties.RegistrationBurst settings;

    public RegistrationBurstDetector(RiskProperties.RegistrationBurst settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "REGISTRATION_BURST";
    }

    @Override
    public List<Finding> detect(Snapshot snapshot) {
        Map<String, List<AccountFacts>> byAddress = new HashMap<>();
        for (AccountFacts facts : snapshot.accounts().values()) {
            if (facts.address() != null && facts.registeredAt() != null) {
                byAddress
                        .computeIfAbsent(facts.address(), a -> new ArrayList<>())
                        .add(facts);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byAddress.keySet().stream().sorted().forEach(address -> {
            for (Set<UserId> burst : bursts(byAddress.get(address))) {
                findings.addAll(flag(snapshot, burst));
            }
        });
        return findings;
    }

    /** Maximal runs of registrations in which each is within the window of the previous one. */
    private List<Set<UserId>> bursts(List<AccountFacts> registrations) {
        if (registrations.size() < settings.minAccounts()) {
            return List.of();
        }
        registrations.sort(Comparator.comparing(AccountFacts::registeredAt));
        List<Set<UserId>> bursts = new ArrayList<>();
        Set<UserId> current = new HashSet<>();
        Instant previous = null;
        for (AccountFacts facts : registrations) {
            if (previous != null
                    && facts.registeredAt().isAfter(previous.plus(settings.window()))
                    && !current.isEmpty()) {
                bursts.add(current);
                current = new HashSet<>();
            }
            current.add(facts.id());
            previous = facts.registeredAt();
        }
        bursts.add(current);
        bursts.removeIf(b -> b.size() < settings.minAccounts());
        return bursts;
    }

    private List<Finding> flag(Snapshot snapshot, Set<UserId> burst) {
        Map<UserId, Set<UserId>> helpersOf = new HashMap<>();
        Map<UserId, List<SignalAssist>> given = new HashMap<>();
        for (UserId account : burst) {
            for (SignalAssist a : snapshot.byHelper().getOrDefault(account, List.of())) {
                helpersOf.computeIfAbsent(a.initiator(), i -> new HashSet<>()).add(account);
                given.computeIfAbsent(account, x -> new ArrayList<>()).add(a);
            }
        }
        List<Finding> findings = new ArrayList<>();
        helpersOf.entrySet().stream()
                .filter(e -> e.getValue().size() >= settings.minAccounts())
                .filter(e -> e.getValue().size() >= settings.burstShare() * burst.size())
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(UserId::value)))
                .forEach(target -> {
                    List<SignalAssist> all = new ArrayList<>();
                    List<SignalAssist> toTarget = new ArrayList<>();
                    for (UserId account : target.getValue()) {
                        for (SignalAssist a : given.get(account)) {
                            all.add(a);
                            if (a.initiator().equals(target.getKey())) {
                                toTarget.add(a);
                            }
                        }
                    }
                    double concentration = toTarget.size() / (double) all.size();
                    if (concentration >= settings.concentration()) {
                        Map<String, Object> facts = new LinkedHashMap<>();
                        facts.put("accountsRegisteredTogether", burst.size());
                        facts.put("ofThemAssistingOneMember", target.getValue().size());
                        facts.put("shareOfTheirAssistsToThatMember", Suspicion.round(concentration));
                        int score = 50 + 2 * target.getValue().size() + (int) (20 * concentration);
                        findings.add(Finding.of(name(), name(), settings.effect(), score, toTarget, facts));
                    }
                });
        return findings;
    }
}
