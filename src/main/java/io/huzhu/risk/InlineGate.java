package io.huzhu.risk;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;

/**
 * The inline features of the assist path, all in this node's memory: accounts per device, a helper's velocity,
 * brand-new accounts piling onto one task or arriving from one address, and a helper using a device the
 * initiator uses. Every attempt is recorded as it is assessed (a refused one too: a script that keeps trying stays
 * refused). Costs a few cache lookups per assist (see {@code InlineGateBenchmark}).
 */
final class InlineGate {

    private static final Duration DEVICES_OF_ACCOUNT = Duration.ofDays(30);
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    private final RiskProperties.Inline settings;
    private final long deviceWindow;
    private final long newAccountAge;
    private final Cache<String, RecentSet<UserId>> accountsOnDevice;
    private final Cache<UserId, RecentSet<String>> devicesOfAccount;
    private final Cache<UserId, SlidingCount[]> helperVelocity;
    private final Cache<TaskId, SlidingCount> newAccountsOnTask;
    private final Cache<String, RecentSet<UserId>> newAccountsOnAddress;

    InlineGate(RiskProperties.Inline settings) {
        this.settings = settings;
        this.deviceWindow = settings.deviceWindow().toMillis();
        this.newAccountAge = settings.newAccountAge().toMillis();
        this.accountsOnDevice = Caffeine.newBuilder().maximumSize(500_000).build();
        this.devicesOfAccount = Caffeine.newBuilder().maximumSize(500_000).build();
        this.helperVelocity = Caffeine.newBuilder().maximumSize(500_000).build();
        this.newAccountsOnTask = Caffeine.newBuilder().maximumSize(200_000).build();
        this.newAccountsOnAddress = Caffeine.newBuilder().maximumSize(200_000).build();
    }

    RiskDecision assess(AssistCheck check, Fingerprint where, long now) {
        UserId helper = check.helperId();
        int onDevice = 0;
        boolean initiatorsDevice = false;
        if (where.device() != null) {
            onDevice = accountsOnDevice
                    .get(where.device(), d -> new RecentSet<>(32))
                    .add(helper, now, deviceWindow);
            devicesOfAccount
                    .get(helper, h -> new RecentSet<>(8))
                    .add(where.device(), now, DEVICES_OF_ACCOUNT.toMillis());
            RecentSet<String> initiators = devicesOfAccount.getIfPresent(check.initiatorId());
            initiatorsDevice =
                    initiators != null && initiators.contains(where.device(), now, DEVICES_OF_ACCOUNT.toMillis());
        }
        SlidingCount[] velocity =
                helperVelocity.get(helper, h -> new SlidingCount[] {new SlidingCount(MINUTE), new SlidingCount(HOUR)});
        double perMinute = velocity[0].addAndEstimate(now);
        double perHour = velocity[1].addAndEstimate(now);
        boolean brandNew = now - check.helperSince().toEpochMilli() < newAccountAge;
        double newOnTask = 0;
        int newOnAddress = 0;
        if (brandNew) {
            newOnTask = newAccountsOnTask
                    .get(check.taskId(), t -> new SlidingCount(HOUR))
                    .addAndEstimate(now);
            if (where.address() != null) {
                newOnAddress = newAccountsOnAddress
                        .get(where.address(), a -> new RecentSet<>(32))
                        .add(helper, now, HOUR);
            }
        }
        if (!settings.enabled()) {
            return RiskDecision.allow(where);
        }
        if (onDevice >= settings.deviceAccountsDeny()) {
            return decide(RiskDecision.Outcome.DENY, "DEVICE_TOO_MANY_ACCOUNTS", where);
        }
        if (perMinute >= settings.helperPerMinuteDeny()) {
            return decide(RiskDecision.Outcome.DENY, "HELPER_TOO_FAST", where);
        }
        if (onDevice >= settings.deviceAccountsReview()) {
            return decide(RiskDecision.Outcome.REVIEW, "DEVICE_MANY_ACCOUNTS", where);
        }
        if (initiatorsDevice && settings.sameDeviceAsInitiator()) {
            return decide(RiskDecision.Outcome.REVIEW, "SAME_DEVICE_AS_INITIATOR", where);
        }
        if (perHour >= settings.helperPerHourReview()) {
            return decide(RiskDecision.Outcome.REVIEW, "HELPER_VELOCITY", where);
        }
        if (brandNew && newOnTask >= settings.newAccountsPerTaskReview()) {
            return decide(RiskDecision.Outcome.REVIEW, "NEW_ACCOUNT_BURST", where);
        }
        if (brandNew
                && settings.newAccountsPerAddressReview() > 0
                && newOnAddress >= settings.newAccountsPerAddressReview()) {
            return decide(RiskDecision.Outcome.REVIEW, "ADDRESS_NEW_ACCOUNTS", where);
        }
        return RiskDecision.allow(where);
    }

    /** A sign-in, registration or task start: the device now knows this account, and the account this device. */
    void observe(UserId user, Fingerprint where, long now) {
        if (where.device() == null) {
            return;
        }
        accountsOnDevice.get(where.device(), d -> new RecentSet<>(32)).add(user, now, deviceWindow);
        devicesOfAccount.get(user, h -> new RecentSet<>(8)).add(where.device(), now, DEVICES_OF_ACCOUNT.toMillis());
    }

    private static RiskDecision decide(RiskDecision.Outcome outcome, String reason, Fingerprint where) {
        return new RiskDecision(outcome, reason, where);
    }
}
