package io.huzhu.risk.detect;

import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many accounts that help almost only one member (a fan-in): the slow drip of a farm spread over days, which no
 * velocity rule and no lockstep window sees. An account is dedicated to a member when it gave at least
 * {@code minAssists} assists in the window and at least {@code dedication} of them to that member; a member with
 * {@code minAccounts} dedicated accounts is a finding (a family is a handful, a farm is many).
 */
public final class DedicatedHelpersDetector implements Detector {

    private final RiskProperties.DedicatedHelpers settings;

    public DedicatedHelpersDetector(RiskProperties.DedicatedHelpers settings) {
        this.settings = settings;
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
        Map<UserId, List<List<SignalAssist>>> dedicatedTo = new LinkedHashMap<>();
        snapshot.byHelper().forEach((helper, given) -> {
            if (given.size() < settings.minAssists()) {
                return;
            }
            Map<UserId, List<SignalAssist>> byInitiator = new HashMap<>();
            given.forEach(a -> byInitiator
                    .computeIfAbsent(a.initiator(), i -> new ArrayList<>())
                    .add(a));
            for (var entry : byInitiator.entrySet()) {
                List<SignalAssist> toOne = entry.getValue();
                if (toOne.size() >= settings.minAssists() && toOne.size() >= settings.dedication() * given.size()) {
                    dedicatedTo
                            .computeIfAbsent(entry.getKey(), i -> new ArrayList<>())
                            .add(toOne);
                }
            }
        });
        List<Finding> findings = new ArrayList<>();
        dedicatedTo.forEach((initiator, accounts) -> {
            if (accounts.size() >= settings.minAccounts()) {
                List<SignalAssist> flagged = new ArrayList<>();
                accounts.forEach(flagged::addAll);
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("accountsHelpingOnlyThisMember", accounts.size());
                facts.put("assists", flagged.size());
                int score = 30 + 3 * accounts.size();
                findings.add(Finding.of(name(), "DEDICATED_HELPERS", settings.effect(), score, flagged, facts));
            }
        });
        return findings;
    }
}
