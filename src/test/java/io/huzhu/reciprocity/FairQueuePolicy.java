package io.huzhu.reciprocity;

import io.huzhu.reciprocity.FairQueue.Candidate;
import io.huzhu.reciprocity.SimulatedGroup.Request;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/**
 * The member opens their fair help queue and helps its top request. Candidates are built the way the help-queue
 * endpoint builds them (ledger, exposures, balance floor) and ranked by the real {@link FairQueue#rank}; the top
 * {@value #SHOWN} count as exposed, as the endpoint records them.
 *
 * @param needKnown false to withhold {@code helpStillNeeded} (the eight-argument Candidate), for the ablation
 */
record FairQueuePolicy(String name, FairQueue.Settings settings, int balanceFloor, boolean needKnown)
        implements HelpPolicy {

    static final int SHOWN = 5;
    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @Override
    public @Nullable Request choose(int helper, int minute, GroupState state) {
        var byId = new HashMap<java.util.UUID, Request>();
        var candidates = new ArrayList<Candidate>();
        for (var request : state.open(minute)) {
            if (state.canHelp(helper, request, minute)) {
                byId.put(request.id(), request);
                candidates.add(candidate(helper, request, state));
            }
        }
        var ranked = FairQueue.rank(candidates, at(minute), settings);
        for (int i = 0; i < Math.min(SHOWN, ranked.size()); i++) {
            state.exposures[byId.get(ranked.get(i).requestId()).index()]++;
        }
        return ranked.isEmpty() ? null : byId.get(ranked.getFirst().requestId());
    }

    private Candidate candidate(int viewer, Request request, GroupState state) {
        int requester = request.requester();
        int given = state.given[requester];
        int received = state.received[requester];
        var requesterId = new UserId(state.group.members().get(requester).id());
        boolean belowFloor = given - received < balanceFloor;
        int exposures = state.exposures[request.index()];
        var posted = at(request.postedAt());
        var deadline = at(request.deadline());
        return needKnown
                ? new Candidate(
                        request.id(),
                        requesterId,
                        posted,
                        deadline,
                        given,
                        received,
                        exposures,
                        belowFloor,
                        request.need() - state.helps[request.index()],
                        state.pair[requester][viewer],
                        Math.max(0, state.pair[requester][viewer] - state.pair[viewer][requester]),
                        state.helps[request.index()] == 0)
                : new Candidate(request.id(), requesterId, posted, deadline, given, received, exposures, belowFloor);
    }

    static Instant at(int minute) {
        return START.plusSeconds(60L * minute);
    }
}
