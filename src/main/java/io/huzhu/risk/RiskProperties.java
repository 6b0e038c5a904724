package io.huzhu.risk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every policy of risk control ({@code huzhu.risk.*}): windows, thresholds, and which detector voids and which only
 * holds for review. {@code docs/risk.md} explains each one.
 *
 * @param scanInterval how often the detectors scan the assist graph
 * @param scanWindow how far back a scan looks
 * @param scanEnabled whether scans run on schedule (they can always be run on demand)
 * @param reviewHold how long an assist held by the inline gate stays held when no detector finds anything
 * @param signalRetention how long signals (hashed devices and addresses, networks) are kept
 * @param inline the inline gate in the assist path
 * @param suspicion what makes a dense or synchronised group suspicious rather than a close circle of friends
 * @param detectors the detectors and their effects
 */
@ConfigurationProperties("huzhu.risk")
public record RiskProperties(
        @DefaultValue("PT5M") Duration scanInterval,
        @DefaultValue("P7D") Duration scanWindow,
        @DefaultValue("true") boolean scanEnabled,
        @DefaultValue("PT30M") Duration reviewHold,
        @DefaultValue("P90D") Duration signalRetention,
        @DefaultValue Inline inline,
        @DefaultValue Suspicion suspicion,
        @DefaultValue Detectors detectors) {

    /**
     * The inline gate: in-memory features only, microseconds per assist.
     *
     * @param enabled whether the gate decides at all (when off, every assist is allowed; signals are still kept)
     * @param deviceWindow how long a device remembers the accounts seen on it
     * @param deviceAccountsReview accounts on one device (this one included) from which its assists are held
     * @param deviceAccountsDeny accounts on one device from which its assists are refused
     * @param helperPerMinuteDeny assists by one helper within a minute from which they are refused (a script)
     * @param helperPerHourReview assists by one helper within an hour from which they are held
     * @param newAccountAge an account younger than this is brand new
     * @param newAccountsPerTaskReview assists on one task by brand-new accounts within an hour from which they are held
     * @param newAccountsPerAddressReview brand-new accounts assisting from one address within an hour from which
     *     their assists are held; 0 (the default) turns the rule off, because a campus or an office behind one NAT
     *     address trips it on every orientation day, and the registration-burst detector finds the farms it would
     *     catch
     * @param sameDeviceAsInitiator hold an assist made from a device the task's initiator uses
     */
    public record Inline(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT24H") Duration deviceWindow,
            @DefaultValue("4") int deviceAccountsReview,
            @DefaultValue("8") int deviceAccountsDeny,
            @DefaultValue("12") int helperPerMinuteDeny,
            @DefaultValue("60") int helperPerHourReview,
            @DefaultValue("PT24H") Duration newAccountAge,
            @DefaultValue("5") int newAccountsPerTaskReview,
            @DefaultValue("0") int newAccountsPerAddressReview,
            @DefaultValue("true") boolean sameDeviceAsInitiator) {}

    /**
     * A synchronised or dense group is acted on only when one of these holds for its assists; a circle of friends or
     * a busy group's regulars helping many members' tasks meets none of them.
     *
     * @param helpersPerInitiator its accounts per initiator they served (a farm serves its owner or its customers;
     *     friends help each other)
     * @param youngAge an account younger than this at its first assist is young
     * @param youngShare share of its accounts that are young
     * @param helpedBack share of its accounts that the members it served helped back, from which it is not suspicious
     *     (friends, families and colleagues help each other; nobody helps a farm's accounts) unless caught offering
     *     or asking for paid help
     */
    public record Suspicion(
            @DefaultValue("4.0") double helpersPerInitiator,
            @DefaultValue("P7D") Duration youngAge,
            @DefaultValue("0.6") double youngShare,
            @DefaultValue("0.25") double helpedBack) {}

    public record Detectors(
            @DefaultValue DeviceCluster deviceCluster,
            @DefaultValue RegistrationBurst registrationBurst,
            @DefaultValue Lockstep lockstep,
            @DefaultValue DenseBlock denseBlock,
            @DefaultValue DedicatedHelpers dedicatedHelpers,
            @DefaultValue BurstRing burstRing) {}

    /**
     * Many accounts on one device.
     *
     * @param minAccounts accounts on one device (helpers, initiators, sign-ins) that make a cluster
     * @param minAssistsPerInitiator assists from the cluster an initiator must receive for them to be flagged
     */
    public record DeviceCluster(
            @DefaultValue("VOID") Effect effect,
            @DefaultValue("4") int minAccounts,
            @DefaultValue("2") int minAssistsPerInitiator) {}

    /**
     * Accounts registered in a burst from one address that then assist the same initiator.
     *
     * @param window registrations this close together make a burst
     * @param minAccounts accounts of one burst that assisted the same initiator
     * @param burstShare share of the whole burst that assisted that initiator (a campus registers many who go their
     *     own ways; a farm's accounts all go to one member)
     * @param concentration share of those accounts' assists that went to that initiator
     */
    public record RegistrationBurst(
            @DefaultValue("VOID") Effect effect,
            @DefaultValue("PT1H") Duration window,
            @DefaultValue("5") int minAccounts,
            @DefaultValue("0.5") double burstShare,
            @DefaultValue("0.7") double concentration) {}

    /**
     * Lockstep (CopyCatch, WWW 2013): helpers who assist the same tasks within a short window of each other.
     *
     * @param window two assists on one task this close together are in step
     * @param minTasks tasks two helpers must share in step
     * @param similarity shared in-step tasks as a share of the smaller helper's tasks
     * @param minAccounts helpers in a lockstep group
     * @param maxHelpersPerTask tasks with more helpers in the window are not paired (a viral task is no lockstep)
     * @param outwardShare a core that gives at least this share of its in-step help to members outside it is acted
     *     on even when not otherwise suspicious (0 turns this off)
     */
    public record Lockstep(
            @DefaultValue("VOID") Effect effect,
            @DefaultValue("PT30M") Duration window,
            @DefaultValue("3") int minTasks,
            @DefaultValue("0.5") double similarity,
            @DefaultValue("6") int minAccounts,
            @DefaultValue("400") int maxHelpersPerTask,
            @DefaultValue("0.8") double outwardShare) {}

    /**
     * Dense helper–task blocks (FRAUDAR, KDD 2016): greedy peeling of the helper × task graph with column weights
     * 1/ln(degree + 5), so camouflage edges to popular honest tasks barely help a ring hide; an edge between members
     * who share a group weighs {@code sharedGroupWeight} (their help has an explanation).
     *
     * @param minAccounts helpers in a block
     * @param minDensity the block's weighted edges per node
     * @param insideShare share of its helpers' assists that stay inside the block (a ring may camouflage up to three
     *     quarters of its help; what keeps a busy group's regulars out is {@link Suspicion}, not this)
     * @param maxBlocks blocks peeled per scan
     * @param sharedGroupWeight the weight of an edge between members of a common group
     */
    public record DenseBlock(
            @DefaultValue("REVIEW") Effect effect,
            @DefaultValue("6") int minAccounts,
            @DefaultValue("1.0") double minDensity,
            @DefaultValue("0.25") double insideShare,
            @DefaultValue("40") int maxBlocks,
            @DefaultValue("0.5") double sharedGroupWeight) {}

    /**
     * Many accounts that help (almost) only one member or a few: a slow drip of farm accounts spread over days and
     * rotated over a handful of owners, invisible to velocity and lockstep. Family members are few; a farm needs many.
     *
     * @param minAccounts accounts a block must have (accounts registered from a member's own registration address, a
     *     household, do not count towards that member)
     * @param minAssists assists an account must have given in the window to be weighed at all
     * @param dedication share of the block's accounts' help that goes to the members it serves
     */
    public record DedicatedHelpers(
            @DefaultValue("REVIEW") Effect effect,
            @DefaultValue("8") int minAccounts,
            @DefaultValue("2") int minAssists,
            @DefaultValue("0.7") double dedication) {}

    /**
     * A pool of helpers who arrive in bursts on tasks of initiators they share no group with (a paid-help seller's
     * accounts serving customers); paid-help findings on the initiators make it a void.
     *
     * @param window assists on one task this close together are a burst
     * @param minBurst stranger assists that make a burst
     * @param minAccounts helpers in a pool
     * @param minInitiators initiators a pool served
     * @param minFanOut initiators each helper of the pool served, on average (friends of one person serve one)
     * @param paidHelpEffect the effect when a member of the pool or one it served was caught offering or asking for
     *     paid help
     */
    public record BurstRing(
            @DefaultValue("REVIEW") Effect effect,
            @DefaultValue("PT15M") Duration window,
            @DefaultValue("4") int minBurst,
            @DefaultValue("8") int minAccounts,
            @DefaultValue("3") int minInitiators,
            @DefaultValue("1.5") double minFanOut,
            @DefaultValue("VOID") Effect paidHelpEffect) {}
}
