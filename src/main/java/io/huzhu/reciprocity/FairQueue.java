package io.huzhu.reciprocity;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The fair help queue: which open requests a member should help next. Pure and deterministic, so that the
 * fairness simulator measures exactly the code the server runs. The algorithm is documented in
 * {@code docs/fair-queue.md}.
 */
public final class FairQueue {

    private FairQueue() {}

    /**
     * One open request the viewer could help with.
     *
     * @param helpGiven help the requester has given in this group (confirmed)
     * @param helpReceived help the requester has received in this group (confirmed)
     * @param exposures how many times the request has already been shown at the top of someone's queue
     * @param belowBalanceFloor the requester's balance is below the group's floor (posts lose priority)
     */
    public record Candidate(
            UUID requestId,
            UserId requesterId,
            Instant postedAt,
            Instant deadline,
            int helpGiven,
            int helpReceived,
            int exposures,
            boolean belowBalanceFloor) {}

    /** The candidates in the order the viewer should see them (best first). Placeholder until the real ranking. */
    public static List<Candidate> rank(List<Candidate> candidates, Instant now) {
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::deadline))
                .toList();
    }
}
