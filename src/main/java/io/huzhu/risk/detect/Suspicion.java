package io.huzhu.risk.detect;

import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What tells a farm from a close circle of friends or a busy group's regulars, measured over a group's assists: a
 * farm has many accounts for each member it serves (its owner, or a seller's customers), or is brand new, or was
 * caught offering paid help; friends and regulars help many members each and have been around. The share of help
 * between strangers (no common group) is recorded as evidence but decides nothing: family and friends are often in
 * no group together.
 */
record Suspicion(
        double helpersPerInitiator,
        double youngShare,
        double strangerShare,
        double topInitiatorShare,
        double outwardShare,
        double helpedBack,
        boolean paidHelp) {

    static Suspicion of(Snapshot snapshot, Collection<SignalAssist> assists, Duration youngAge) {
        if (assists.isEmpty()) {
            return new Suspicion(0, 0, 0, 0, 0, 0, false);
        }
        int strangers = 0;
        Map<UserId, Integer> perInitiator = new HashMap<>();
        Map<UserId, Instant> firstAssist = new HashMap<>();
        boolean paid = false;
        for (SignalAssist a : assists) {
            if (snapshot.strangers(a.helper(), a.initiator())) {
                strangers++;
            }
            perInitiator.merge(a.initiator(), 1, Integer::sum);
            firstAssist.merge(a.helper(), a.at(), (x, y) -> x.isBefore(y) ? x : y);
            paid |= snapshot.paidHelp().contains(a.helper())
                    || snapshot.paidHelp().contains(a.initiator());
        }
        int top =
                perInitiator.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Friends, families and colleagues help each other: the members this group served helped some of its
        // accounts back. Nobody outside a farm helps its accounts (a ring that serves its own members' tasks is
        // helped only from inside, which does not count).
        int backed = 0;
        for (UserId account : firstAssist.keySet()) {
            for (UserId served : perInitiator.keySet()) {
                if (!firstAssist.containsKey(served)
                        && snapshot.helpersOf(account).contains(served)) {
                    backed++;
                    break;
                }
            }
        }
        int outward = 0;
        for (SignalAssist a : assists) {
            outward += firstAssist.containsKey(a.initiator()) ? 0 : 1;
        }
        int young = 0;
        for (var entry : firstAssist.entrySet()) {
            AccountFacts facts = snapshot.accounts().get(entry.getKey());
            if (facts != null
                    && facts.registeredAt() != null
                    && Duration.between(facts.registeredAt(), entry.getValue()).compareTo(youngAge) < 0) {
                young++;
            }
        }
        return new Suspicion(
                firstAssist.size() / (double) perInitiator.size(),
                young / (double) firstAssist.size(),
                strangers / (double) assists.size(),
                top / (double) assists.size(),
                outward / (double) assists.size(),
                backed / (double) firstAssist.size(),
                paid);
    }

    /**
     * Paid-help findings, or many accounts per member served, or young accounts serving fewer members than they are
     * (a class of new students helping each other serves as many members as it has accounts).
     */
    boolean suspicious(RiskProperties.Suspicion limits) {
        if (paidHelp) {
            return true;
        }
        if (helpedBack >= limits.helpedBack()) {
            return false;
        }
        return helpersPerInitiator >= limits.helpersPerInitiator()
                || youngShare >= limits.youngShare() && helpersPerInitiator >= 2;
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("accountsPerMemberServed", round(helpersPerInitiator));
        facts.put("youngAccountShare", round(youngShare));
        facts.put("strangerShare", round(strangerShare));
        facts.put("topMemberShare", round(topInitiatorShare));
        facts.put("shareToMembersOutsideTheGroup", round(outwardShare));
        facts.put("shareHelpedBackByMembersServed", round(helpedBack));
        facts.put("paidHelpFindings", paidHelp);
        return facts;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static Set<UserId> helpersOf(Collection<SignalAssist> assists) {
        Set<UserId> helpers = new HashSet<>();
        assists.forEach(a -> helpers.add(a.helper()));
        return helpers;
    }
}
