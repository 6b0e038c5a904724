package io.huzhu.risk.detect;

import io.huzhu.risk.Effect;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one detector found: the assists it flags and the evidence behind them (the accounts that gave and received
 * them, the tasks, the shared devices and networks, the time window, a score from 0 to 100 and the facts that made
 * the detector fire).
 */
public record Finding(
        String detector,
        String reason,
        Effect effect,
        int score,
        List<SignalAssist> assists,
        Set<UserId> helpers,
        Set<UserId> initiators,
        Set<TaskId> tasks,
        Set<String> devices,
        Set<String> networks,
        Instant from,
        Instant to,
        Map<String, Object> facts) {

    public Finding {
        assists = List.copyOf(assists);
        facts = Map.copyOf(facts);
    }

    /** A finding over these assists; helpers, initiators, tasks, devices, networks and the window follow from them. */
    public static Finding of(
            String detector,
            String reason,
            Effect effect,
            int score,
            Collection<SignalAssist> assists,
            Map<String, Object> facts) {
        Set<UserId> helpers = new LinkedHashSet<>();
        Set<UserId> initiators = new LinkedHashSet<>();
        Set<TaskId> tasks = new LinkedHashSet<>();
        Set<String> devices = new LinkedHashSet<>();
        Set<String> networks = new LinkedHashSet<>();
        Instant from = Instant.MAX;
        Instant to = Instant.MIN;
        for (SignalAssist a : assists) {
            helpers.add(a.helper());
            initiators.add(a.initiator());
            tasks.add(a.task());
            if (a.device() != null) {
                devices.add(a.device());
            }
            if (a.network() != null) {
                networks.add(a.network());
            }
            from = a.at().isBefore(from) ? a.at() : from;
            to = a.at().isAfter(to) ? a.at() : to;
        }
        return new Finding(
                detector,
                reason,
                effect,
                Math.max(0, Math.min(100, score)),
                List.copyOf(assists),
                helpers,
                initiators,
                tasks,
                devices,
                networks,
                from,
                to,
                new LinkedHashMap<>(facts));
    }

    /** The same finding naming more devices as evidence (devices that were shared but not used for these assists). */
    public Finding withDevices(Set<String> more) {
        Set<String> all = new LinkedHashSet<>(devices);
        all.addAll(more);
        return new Finding(
                detector, reason, effect, score, assists, helpers, initiators, tasks, all, networks, from, to, facts);
    }

    /**
     * The rest of what this finding's helpers did in the window, to hold for review: a farm's or a ring's other help
     * is its cover. Null when they did nothing else.
     */
    public @org.jspecify.annotations.Nullable Finding otherHelp(Snapshot snapshot, int score) {
        Set<UUID> taken = assistIds();
        List<SignalAssist> rest = new java.util.ArrayList<>();
        for (UserId helper : helpers) {
            for (SignalAssist a : snapshot.byHelper().getOrDefault(helper, List.of())) {
                if (!taken.contains(a.id())) {
                    rest.add(a);
                }
            }
        }
        if (rest.isEmpty()) {
            return null;
        }
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put("otherHelpOfTheseAccounts", rest.size());
        return Finding.of(detector, reason, Effect.REVIEW, score, rest, more);
    }

    public Set<UUID> assistIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        assists.forEach(a -> ids.add(a.id()));
        return ids;
    }
}
