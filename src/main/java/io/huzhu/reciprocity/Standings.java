package io.huzhu.reciprocity;

import io.huzhu.reciprocity.LedgerMath.Balance;
import io.huzhu.reciprocity.LedgerMath.Owed;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's standing in a group, in figures the web app puts into plain words: their give and take, who helped
 * them and waits to be helped back, where their requests stand in others' queues, and whether a help post would be
 * accepted now and why (the same rules {@link HelpRequestService} applies), so the composer explains a rule before
 * it refuses a post.
 */
@Service
class Standings {

    /** How the member's requests fare in others' queues. */
    enum Level {
        /** No help given or received yet: treated like a member who gives as much as they take. */
        NEW,
        /** Gives more than they take: their requests come first among similar ones. */
        GIVER,
        BALANCED,
        /** Takes much more than they give, or is below the balance floor: their requests come later. */
        TAKER
    }

    /** What raises the member's standing, most useful first. */
    enum Tip {
        /** Help back the members who helped you ({@code owedMembers}). */
        HELP_BACK,
        /** Help the group's requirement before posting ({@code helpsMissing} more helps). */
        HELP_BEFORE_POSTING,
        /** Help anyone in the help queue: every help given raises the share of give. */
        HELP_QUEUE
    }

    enum RuleCode {
        HELP_FIRST,
        DAILY_POSTS,
        BALANCE_FLOOR
    }

    /**
     * One active posting rule and where the member stands against it.
     *
     * @param blocking whether breaking it refuses a post (the balance floor only lowers priority)
     * @param limit the rule's figure (helps required, posts a day, the floor)
     * @param current the member's figure (helps given, posts today, balance)
     * @param nextPostAt when the daily allowance starts again, if it is used up
     */
    record Rule(
            RuleCode code,
            boolean met,
            boolean blocking,
            int limit,
            int current,
            @Nullable Instant nextPostAt) {}

    record Standing(
            int given,
            int received,
            int balance,
            Level level,
            double share,
            int owedMembers,
            int owedHelps,
            boolean canPost,
            int helpsMissing,
            List<Rule> rules,
            List<Tip> tips) {}

    private final LedgerRepository ledger;
    private final PolicyRepository policies;
    private final GroupAccess access;
    private final ReciprocityProperties properties;
    private final Clock clock;

    Standings(
            LedgerRepository ledger,
            PolicyRepository policies,
            GroupAccess access,
            ReciprocityProperties properties,
            Clock clock) {
        this.ledger = ledger;
        this.policies = policies;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Standing of(GroupId group, UserId member) {
        access.member(group, member);
        Instant now = clock.instant();
        Balance balance = ledger.balance(group, member);
        PostingPolicy policy = policies.find(group);
        List<Owed> owed = LedgerMath.owed(ledger.helpersOf(group, member), ledger.helpedBy(group, member));
        int postsToday = policies.postsOn(group, member, PostingPolicy.day(now, properties.dayZone()));
        List<Rule> rules = new ArrayList<>();
        int missing = policy.helpsMissing(balance.given());
        if (policy.helpBeforePost() > 0) {
            rules.add(
                    new Rule(RuleCode.HELP_FIRST, missing == 0, true, policy.helpBeforePost(), balance.given(), null));
        }
        if (policy.maxPostsPerDay() > 0) {
            boolean reached = policy.dailyLimitReached(postsToday);
            rules.add(new Rule(
                    RuleCode.DAILY_POSTS,
                    !reached,
                    true,
                    policy.maxPostsPerDay(),
                    postsToday,
                    reached ? PostingPolicy.nextDay(now, properties.dayZone()) : null));
        }
        boolean belowFloor = policy.belowFloor(balance.balance());
        if (policy.balanceFloor() != null) {
            rules.add(new Rule(
                    RuleCode.BALANCE_FLOOR, !belowFloor, false, policy.balanceFloor(), balance.balance(), null));
        }
        boolean canPost = rules.stream().allMatch(r -> r.met() || !r.blocking());
        double share = share(balance.given(), balance.received());
        List<Tip> tips = new ArrayList<>();
        if (!owed.isEmpty()) {
            tips.add(Tip.HELP_BACK);
        }
        if (missing > 0) {
            tips.add(Tip.HELP_BEFORE_POSTING);
        }
        tips.add(Tip.HELP_QUEUE);
        return new Standing(
                balance.given(),
                balance.received(),
                balance.balance(),
                level(balance, share, belowFloor),
                share,
                owed.size(),
                owed.stream().mapToInt(Owed::net).sum(),
                canPost,
                missing,
                rules,
                tips);
    }

    /** The requester's share of give, exactly as the queue computes it. */
    static double share(int given, int received) {
        int prior = FairQueue.Settings.DEFAULTS.reciprocityPrior();
        return (double) (Math.max(0, given) + prior) / (Math.max(0, given) + Math.max(0, received) + 2 * prior);
    }

    static Level level(Balance balance, double share, boolean belowFloor) {
        if (belowFloor || share <= QueueReasons.TAKER_SHARE) {
            return Level.TAKER;
        }
        if (balance.given() == 0 && balance.received() == 0) {
            return Level.NEW;
        }
        return share >= QueueReasons.GIVER_SHARE ? Level.GIVER : Level.BALANCED;
    }
}
