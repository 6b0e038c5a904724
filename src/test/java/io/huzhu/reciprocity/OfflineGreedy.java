package io.huzhu.reciprocity;

import io.huzhu.reciprocity.SimulatedGroup.Request;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;

/**
 * The simulator's reference with hindsight: a planner that knows every future post and every moment at which a
 * member will be willing to help, and assigns those moments to requests before the run. It takes the requests with
 * the smallest need first (most completions per help) and gives each one the earliest free willing moments of
 * distinct members (not the requester, within each member's daily cap) before its deadline; a request it cannot
 * complete gets nothing, so no help is wasted. It obeys every rule the online policies obey, so it is achievable:
 * a strong reference, not a proof of optimality (see {@link #capacityBound}, a true but loose upper bound).
 */
final class OfflineGreedy {

    private OfflineGreedy() {}

    static GroupState plan(SimulatedGroup group) {
        var state = new GroupState(group);
        var willing = group.events().stream().filter(e -> !e.isPost()).toList();
        int[] minutes = willing.stream().mapToInt(SimulatedGroup.Event::minute).toArray();
        var used = new BitSet(willing.size());
        int days = group.measuredMinutes() / SimulatedGroup.MINUTES_PER_DAY + 3;
        int[][] capLeft = new int[group.members().size()][days];
        for (var m : group.members()) {
            java.util.Arrays.fill(capLeft[m.index()], m.dailyCap());
        }
        for (var request : group.requests()) {
            state.post(request);
        }
        var order = new ArrayList<>(group.requests());
        order.sort(Comparator.comparingInt(Request::need).thenComparingInt(Request::postedAt));
        for (var request : order) {
            var picked = new ArrayList<Integer>();
            var helpers = new BitSet();
            for (int e = firstAtOrAfter(minutes, request.postedAt());
                    e < minutes.length && minutes[e] < request.deadline() && picked.size() < request.need();
                    e++) {
                var event = willing.get(e);
                int day = event.minute() / SimulatedGroup.MINUTES_PER_DAY;
                if (!used.get(e)
                        && event.member() != request.requester()
                        && !helpers.get(event.member())
                        && capLeft[event.member()][day] > 0) {
                    picked.add(e);
                    helpers.set(event.member());
                }
            }
            if (picked.size() == request.need()) {
                for (int e : picked) {
                    var event = willing.get(e);
                    used.set(e);
                    capLeft[event.member()][event.minute() / SimulatedGroup.MINUTES_PER_DAY]--;
                    state.help(event.member(), request, event.minute());
                }
            }
        }
        return state;
    }

    /**
     * A true upper bound on the share of measured requests any policy can complete: ignore who may help whom and
     * when, keep only how many helps the members can give in all (willing moments within their daily caps) and
     * complete the measured requests with the smallest needs until those helps run out.
     */
    static double capacityBound(SimulatedGroup group) {
        int days = group.measuredMinutes() / SimulatedGroup.MINUTES_PER_DAY + 3;
        int[][] count = new int[group.members().size()][days];
        long capacity = 0;
        for (var e : group.events()) {
            if (!e.isPost()) {
                int day = e.minute() / SimulatedGroup.MINUTES_PER_DAY;
                if (count[e.member()][day]++ < group.members().get(e.member()).dailyCap()) {
                    capacity++;
                }
            }
        }
        var needs = group.requests().stream()
                .filter(group::measured)
                .mapToInt(Request::need)
                .sorted()
                .toArray();
        int done = 0;
        for (int need : needs) {
            if (capacity < need) {
                break;
            }
            capacity -= need;
            done++;
        }
        return (double) done / needs.length;
    }

    private static int firstAtOrAfter(int[] minutes, int minute) {
        int lo = 0;
        int hi = minutes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (minutes[mid] < minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
