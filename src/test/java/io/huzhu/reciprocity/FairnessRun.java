package io.huzhu.reciprocity;

import io.huzhu.reciprocity.SimulatedGroup.Behaviour;
import io.huzhu.reciprocity.SimulatedGroup.Request;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Plays a simulated group's events through one policy and measures the outcome on the measured requests. */
final class FairnessRun {

    private FairnessRun() {}

    static FairnessReport run(SimulatedGroup group, HelpPolicy policy) {
        var state = new GroupState(group);
        for (var event : group.events()) {
            if (event.isPost()) {
                state.post(group.requests().get(event.request()));
            } else if (state.underDailyCap(event.member(), event.minute())) {
                var chosen = policy.choose(event.member(), event.minute(), state);
                if (chosen != null) {
                    state.help(event.member(), chosen, event.minute());
                }
            }
        }
        return measure(group, policy.name(), state);
    }

    static FairnessReport measure(SimulatedGroup group, String policy, GroupState state) {
        var measured = group.requests().stream().filter(group::measured).toList();
        var hoursToComplete = new ArrayList<Double>();
        var hoursByBehaviour = new EnumMap<Behaviour, List<Double>>(Behaviour.class);
        var helpsByBehaviour = new EnumMap<Behaviour, int[]>(Behaviour.class);
        var receivedByMember = new double[group.members().size()];
        var posted = new boolean[group.members().size()];
        int zeroHelp = 0;
        int neverShown = 0;
        long helps = 0;
        long wasted = 0;
        for (var request : measured) {
            int r = request.index();
            if (state.completedAt[r] >= 0) {
                double hours = (state.completedAt[r] - request.postedAt()) / 60.0;
                hoursToComplete.add(hours);
                hoursByBehaviour
                        .computeIfAbsent(behaviour(group, request), b -> new ArrayList<>())
                        .add(hours);
            } else {
                wasted += state.helps[r];
            }
            helps += state.helps[r];
            zeroHelp += state.helps[r] == 0 ? 1 : 0;
            neverShown += state.exposures[r] == 0 ? 1 : 0;
            var behaviour = behaviour(group, request);
            var sums = helpsByBehaviour.computeIfAbsent(behaviour, b -> new int[2]);
            sums[0] += state.helps[r];
            sums[1]++;
            receivedByMember[request.requester()] += state.helps[r];
            posted[request.requester()] = true;
        }
        var perRequest = new EnumMap<Behaviour, Double>(Behaviour.class);
        helpsByBehaviour.forEach((b, sums) -> perRequest.put(b, (double) sums[0] / sums[1]));
        var medianHours = new EnumMap<Behaviour, Double>(Behaviour.class);
        hoursByBehaviour.forEach((b, hours) -> medianHours.put(b, median(hours)));
        var posters = new ArrayList<Double>();
        for (int m = 0; m < posted.length; m++) {
            if (posted[m]) {
                posters.add(receivedByMember[m]);
            }
        }
        int n = measured.size();
        return new FairnessReport(
                policy,
                n,
                (double) hoursToComplete.size() / n,
                median(hoursToComplete),
                perRequest,
                gini(posters),
                (double) zeroHelp / n,
                (double) neverShown / n,
                helps == 0 ? 0 : (double) wasted / helps,
                medianHours);
    }

    private static Behaviour behaviour(SimulatedGroup group, Request request) {
        return group.members().get(request.requester()).behaviour();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Gini coefficient: 0 when everyone received the same, towards 1 when one member received everything. */
    static double gini(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double total = Arrays.stream(sorted).sum();
        if (sorted.length == 0 || total == 0) {
            return 0;
        }
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            weighted += (i + 1) * sorted[i];
        }
        int n = sorted.length;
        return (2 * weighted) / (n * total) - (n + 1.0) / n;
    }

    /** The outcome of one policy on one simulated group. */
    record FairnessReport(
            String policy,
            int requests,
            double completedShare,
            double medianHoursToComplete,
            Map<Behaviour, Double> helpsPerRequest,
            double gini,
            double zeroHelpShare,
            double neverShownShare,
            double wastedHelpShare,
            Map<Behaviour, Double> medianHoursByBehaviour) {

        /** Help per free rider's request over help per helpful member's request (the goal is at most 0.5). */
        double freeRiderRatio() {
            return helpsPerRequest.getOrDefault(Behaviour.FREE_RIDER, 0.0)
                    / helpsPerRequest.getOrDefault(Behaviour.HELPFUL, 1.0);
        }
    }
}
