package io.huzhu.notify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps each robot subscription within its platform's published rate (WeCom, DingTalk: 20 a minute; Feishu: 100 a
 * minute and 5 a second; DingTalk blocks a robot for 10 minutes when it is exceeded). Per node, in memory: with
 * several nodes dispatching, the sum can exceed the rate (docs/notifications.md).
 */
@Component
class RobotRateLimits {

    private final Cache<UUID, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** Zero when the subscription may send now (a permit is taken), otherwise how long to wait. */
    Duration take(Endpoint endpoint) {
        if (endpoint.format().rates().isEmpty()) {
            return Duration.ZERO;
        }
        Bucket bucket = buckets.get(endpoint.id(), id -> {
            var builder = Bucket.builder();
            for (WebhookFormat.Rate rate : endpoint.format().rates()) {
                // A burst of k and a steady refill of count - k per period: never more than count in any window
                // of one period, whatever the platform's window alignment.
                int burst = Math.max(1, rate.count() / 4);
                builder.addLimit(Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(rate.count() - burst, rate.period())
                        .build());
            }
            return builder.build();
        });
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
