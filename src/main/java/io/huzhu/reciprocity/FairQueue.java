package io.huzhu.reciprocity;

import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The fair help queue: which open requests a member should help next. Pure and deterministic, so that the
 * fairness simulator measures exactly the code the server runs. The algorithm is documented in
 * {@code docs/fair-queue.md}; why each request is where it is, in {@link QueueReasons}.
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
     * @param helpStillNeeded assists the request still needs to succeed (a task's guaranteed maximum, or the
     *     poster's count minus confirmed helps); 0 means done. Without it the queue cannot finish what it starts.
     * @param helpedViewer helps the requester has given the viewer (in this group)
     * @param viewerOwes helps the requester has given the viewer that the viewer has not returned yet
     * @param untouched nobody has helped this request yet
     */
    public record Candidate(
            UUID requestId,
            UserId requesterId,
            Instant postedAt,
            Instant deadline,
            int helpGiven,
            int helpReceived,
            int exposures,
            boolean belowBalanceFloor,
            int helpStillNeeded,
            int helpedViewer,
            int viewerOwes,
            boolean untouched) {

        /** A candidate without the viewer's own relation to the requester (a stranger to them). */
        public Candidate(
                UUID requestId,
                UserId requesterId,
                Instant postedAt,
                Instant deadline,
                int helpGiven,
                int helpReceived,
                int exposures,
                boolean belowBalanceFloor,
                int helpStillNeeded) {
            this(
                    requestId,
                    requesterId,
                    postedAt,
                    deadline,
                    helpGiven,
                    helpReceived,
                    exposures,
                    belowBalanceFloor,
                    helpStillNeeded,
                    0,
                    0,
                    false);
        }

        /** A candidate whose remaining need is unknown: every request then counts as needing one more help. */
        public Candidate(
                UUID requestId,
                UserId requesterId,
                Instant postedAt,
                Instant deadline,
                int helpGiven,
                int helpReceived,
                int exposures,
                boolean belowBalanceFloor) {
            this(requestId, requesterId, postedAt, deadline, helpGiven, helpReceived, exposures, belowBalanceFloor, 1);
        }
    }

    /**
     * The weights of the score (see {@code docs/fair-queue.md}). Every term but rotation is bounded, which is what
     * makes rotation win in the end and no request starve.
     *
     * @param horizon the request lifetime (24 h in the product)
     * @param reciprocityPrior pseudo-counts of help given and received every member starts with
     * @param urgencyWindow urgency rises from 0 to 1 over the last {@code urgencyWindow} before the deadline
     * @param freshnessWeight weight of a new request, falling linearly to 0 over {@code freshnessWindow}
     * @param owedWeight weight of "this requester has helped you and you have not helped them back"
     * @param untouchedWeight weight of a request nobody has helped yet once it is {@code untouchedAfter} old: one
     *     help is cheap and keeps a request from starving unseen
     */
    public record Settings(
            double urgencyWeight,
            double completionWeight,
            double reciprocityWeight,
            double exposureWeight,
            double floorPenalty,
            Duration horizon,
            int reciprocityPrior,
            Duration urgencyWindow,
            double freshnessWeight,
            Duration freshnessWindow,
            double owedWeight,
            double untouchedWeight,
            Duration untouchedAfter) {

        /**
         * The reciprocal queue (issue 15): fresh and nearly done first, givers first, urgency only at the end, and
         * a request nobody has helped for 8 hours lifted so it does not starve.
         */
        public static final Settings DEFAULTS = new Settings(
                4.0,
                7.0,
                1.5,
                0.03,
                1.0,
                Duration.ofHours(24),
                2,
                Duration.ofHours(8),
                1.0,
                Duration.ofHours(3),
                1.0,
                0.6,
                Duration.ofHours(8));

        /** The queue before issue 15: oldest first over the whole lifetime, no freshness, no viewer relation. */
        public static final Settings LEGACY = new Settings(
                4.0,
                2.0,
                1.0,
                0.05,
                1.0,
                Duration.ofHours(24),
                2,
                Duration.ofHours(24),
                0.0,
                Duration.ofHours(1),
                0,
                0,
                Duration.ofHours(8));

        Settings with(double[] w) {
            return new Settings(
                    w[0],
                    w[1],
                    w[2],
                    w[3],
                    w[4],
                    horizon,
                    reciprocityPrior,
                    Duration.ofMinutes((long) (60 * w[5])),
                    w[6],
                    Duration.ofMinutes((long) (60 * w[7])),
                    w[8],
                    w.length > 9 ? w[9] : untouchedWeight,
                    w.length > 10 ? Duration.ofMinutes((long) (60 * w[10])) : untouchedAfter);
        }
    }

    /** The candidates in the order the viewer should see them (best first), with the default settings. */
    public static List<Candidate> rank(List<Candidate> candidates, Instant now) {
        return rank(candidates, now, Settings.DEFAULTS);
    }

    /**
     * The open candidates in the order the viewer should see them (best first). Expired and completed requests are
     * left out: nobody can help them, and a top slot is the scarcest thing the queue has. Ties go to the older
     * request (earlier deadline), then to the smaller request id, so the order is total and stable.
     */
    public static List<Candidate> rank(List<Candidate> candidates, Instant now, Settings settings) {
        record Scored(Candidate candidate, double score) {}
        return candidates.stream()
                .filter(c -> c.deadline().isAfter(now) && c.helpStillNeeded() > 0)
                .map(c -> new Scored(c, score(c, now, settings)))
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.candidate().deadline())
                        .thenComparing(s -> s.candidate().requestId()))
                .map(Scored::candidate)
                .toList();
    }

    /** The score of one open candidate; higher is shown first. */
    static double score(Candidate c, Instant now, Settings settings) {
        return settings.urgencyWeight() * urgency(c, now, settings.urgencyWindow())
                + settings.completionWeight() / c.helpStillNeeded()
                + settings.reciprocityWeight() * reciprocity(c, settings.reciprocityPrior())
                + settings.freshnessWeight() * freshness(c, now, settings.freshnessWindow())
                + (c.viewerOwes() > 0 ? settings.owedWeight() : 0)
                + (untouched(c, now, settings.untouchedAfter()) ? settings.untouchedWeight() : 0)
                - settings.exposureWeight() * c.exposures()
                - (c.belowBalanceFloor() ? settings.floorPenalty() : 0);
    }

    /** 0 while more than {@code window} is left, rising linearly to 1 at the deadline. */
    static double urgency(Candidate c, Instant now, Duration window) {
        double left = (double) Duration.between(now, c.deadline()).toSeconds() / window.toSeconds();
        return 1 - Math.clamp(left, 0.0, 1.0);
    }

    /** Nobody has helped the request although it has been open for {@code after}. */
    static boolean untouched(Candidate c, Instant now, Duration after) {
        return c.untouched() && !c.postedAt().plus(after).isAfter(now);
    }

    /** 1 for a request posted now, falling linearly to 0 once it is {@code window} old. */
    static double freshness(Candidate c, Instant now, Duration window) {
        double age = (double) Duration.between(c.postedAt(), now).toSeconds() / window.toSeconds();
        return 1 - Math.clamp(age, 0.0, 1.0);
    }

    /**
     * The requester's share of give in their give-and-take, smoothed by a prior so a newcomer starts at one half
     * rather than at zero: taking without giving drives it towards 0, giving towards 1.
     */
    static double reciprocity(Candidate c, int prior) {
        int given = Math.max(0, c.helpGiven());
        int received = Math.max(0, c.helpReceived());
        return (double) (given + prior) / (given + received + 2 * prior);
    }
}
