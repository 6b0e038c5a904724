package io.huzhu.notify;

import io.github.bucket4j.ConsumptionProbe;
import io.huzhu.shared.cluster.LimitStore;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Keeps each robot subscription within its platform's published rate (WeCom, DingTalk: 20 a minute; Feishu: 100 a
 * minute and 5 a second; DingTalk blocks a robot for 10 minutes when it is exceeded). The buckets live in the
 * {@link LimitStore}, Redis when the installation has several nodes, so the rate holds for the whole cluster and not
 * per node. Each published rate of {@code count} per {@code period} is a bucket of {@code count / 2} refilled with
 * {@code count / 2} per period: at most {@code count} in any window of one period, whatever the platform's window
 * alignment. A permit taken from one rate's bucket and refused by another's is lost, so the robot sends a little
 * less than allowed, never more.
 */
@Component
class RobotRateLimits {

    private final LimitStore store;

    RobotRateLimits(LimitStore store) {
        this.store = store;
    }

    /** Zero when the subscription may send now (a permit is taken), otherwise how long to wait. */
    Duration take(Endpoint endpoint) {
        Duration wait = Duration.ZERO;
        for (WebhookFormat.Rate rate : endpoint.format().rates()) {
            ConsumptionProbe probe = store.take(
                    "robot:" + endpoint.id() + ":" + rate.period().toMillis(),
                    Math.max(1, rate.count() / 2),
                    rate.period());
            if (!probe.isConsumed()) {
                Duration needed = Duration.ofNanos(probe.getNanosToWaitForRefill());
                wait = needed.compareTo(wait) > 0 ? needed : wait;
            }
        }
        return wait;
    }
}
