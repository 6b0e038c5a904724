package io.huzhu.reciprocity;

import io.huzhu.reciprocity.SimulatedGroup.Request;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** What one policy's run has done to the simulated group so far: helps, the ledger, exposures, the open requests. */
final class GroupState {

    final SimulatedGroup group;
    final int[] helps;
    final int[] completedAt;
    final int[] exposures;
    final int[] given;
    final int[] received;
    /** {@code pair[a][b]}: helps member a has given member b (the per-viewer relation of the queue). */
    final int[][] pair;

    private final BitSet[] helpersOf;
    private final int[] helpsToday;
    private final int[] dayOfCount;
    /** Posted requests in posting order: the chat feed. */
    final List<Request> feed = new ArrayList<>();

    private final List<Request> open = new ArrayList<>();

    GroupState(SimulatedGroup group) {
        this.group = group;
        int requests = group.requests().size();
        int members = group.members().size();
        helps = new int[requests];
        completedAt = new int[requests];
        java.util.Arrays.fill(completedAt, -1);
        exposures = new int[requests];
        helpersOf = new BitSet[requests];
        given = new int[members];
        received = new int[members];
        pair = new int[members][members];
        helpsToday = new int[members];
        dayOfCount = new int[members];
    }

    void post(Request request) {
        feed.add(request);
        open.add(request);
        helpersOf[request.index()] = new BitSet();
    }

    boolean isOpen(Request request, int minute) {
        return completedAt[request.index()] < 0 && minute < request.deadline();
    }

    /** Whether this member may help this request now: open, not their own, not helped by them before. */
    boolean canHelp(int member, Request request, int minute) {
        return isOpen(request, minute) && request.requester() != member && !helpersOf[request.index()].get(member);
    }

    /** The open requests, in posting order; closed ones are dropped on the way. */
    List<Request> open(int minute) {
        open.removeIf(r -> !isOpen(r, minute));
        return open;
    }

    boolean underDailyCap(int member, int minute) {
        int day = minute / SimulatedGroup.MINUTES_PER_DAY;
        if (dayOfCount[member] != day) {
            dayOfCount[member] = day;
            helpsToday[member] = 0;
        }
        return helpsToday[member] < group.members().get(member).dailyCap();
    }

    void help(int member, Request request, int minute) {
        int r = request.index();
        helpersOf[r].set(member);
        helps[r]++;
        helpsToday[member]++;
        given[member]++;
        received[request.requester()]++;
        pair[member][request.requester()]++;
        if (helps[r] == request.need()) {
            completedAt[r] = minute;
        }
    }
}
