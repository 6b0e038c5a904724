package io.huzhu.reciprocity;

import io.huzhu.reciprocity.FairQueue.Candidate;
import io.huzhu.reciprocity.FairQueue.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a request is where it is in a member's queue, in words the member can check: the terms of the score that
 * lift it (or, for the last one, hold it back), strongest first. Pure, like {@link FairQueue}.
 */
final class QueueReasons {

    /** How far a requester's share of give must be from one half to count as a giver or a taker. */
    static final double GIVER_SHARE = 0.6;

    static final double TAKER_SHARE = 0.35;

    private QueueReasons() {}

    enum Reason {
        /** The viewer owes the requester: they helped the viewer more often than the viewer helped them. */
        YOU_OWE,
        /** Close to its deadline (within the urgency window). */
        URGENT,
        /** One or two more helps finish it (known only for Huzhu tasks). */
        ALMOST_DONE,
        /** The requester has helped the viewer before (and the viewer has helped them back). */
        HELPED_YOU,
        /** Posted recently: the queue answers new requests while their poster is still online. */
        NEW,
        /** Nobody has helped it for hours: one help keeps it from starving unseen. */
        NOBODY_YET,
        /** The requester gives more help than they receive. */
        GIVES_BACK,
        /** Held back: the requester receives much more than they give, or is below the group's balance floor. */
        TAKES_MORE
    }

    /**
     * @param needKnown whether {@code helpStillNeeded} is the real remaining need (a task) rather than "one more"
     *     (an external link, whose need the server does not know)
     */
    static List<Reason> of(Candidate c, Instant now, Settings settings, boolean needKnown) {
        List<Reason> reasons = new ArrayList<>();
        if (c.viewerOwes() > 0) {
            reasons.add(Reason.YOU_OWE);
        }
        if (FairQueue.urgency(c, now, settings.urgencyWindow()) > 0) {
            reasons.add(Reason.URGENT);
        }
        if (needKnown && c.helpStillNeeded() <= 2) {
            reasons.add(Reason.ALMOST_DONE);
        }
        if (c.helpedViewer() > 0 && c.viewerOwes() == 0) {
            reasons.add(Reason.HELPED_YOU);
        }
        if (settings.freshnessWeight() > 0 && FairQueue.freshness(c, now, settings.freshnessWindow()) >= 0.5) {
            reasons.add(Reason.NEW);
        }
        if (settings.untouchedWeight() > 0 && FairQueue.untouched(c, now, settings.untouchedAfter())) {
            reasons.add(Reason.NOBODY_YET);
        }
        double share = FairQueue.reciprocity(c, settings.reciprocityPrior());
        if (share >= GIVER_SHARE) {
            reasons.add(Reason.GIVES_BACK);
        } else if (share <= TAKER_SHARE || c.belowBalanceFloor()) {
            reasons.add(Reason.TAKES_MORE);
        }
        return reasons;
    }
}
