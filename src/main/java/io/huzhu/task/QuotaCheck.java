package io.huzhu.task;

import io.huzhu.campaign.Campaigns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The helper limits of one assist transaction: locks the counters of every candidate at once (one global order, so
 * writers cannot deadlock), takes per task the candidates within all their limits and counts them. A helper
 * assisting two tasks of the same transaction counts against the same day limit twice, in task order.
 */
@Component
class QuotaCheck {

    private final Quotas quotas;
    private final Campaigns campaigns;

    QuotaCheck(Quotas quotas, Campaigns campaigns) {
        this.quotas = quotas;
        this.campaigns = campaigns;
    }

    /** One task's part: its batch, its candidates (one per helper) and, filled here, those accepted. */
    record Part(
            AssistBatch batch, Map<io.huzhu.shared.UserId, AssistAttempt> candidates, List<AssistAttempt> accepted) {}

    void apply(List<Part> parts, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, campaigns.dayZone());
        List<Quotas.Key> keys = new ArrayList<>();
        for (Part part : parts) {
            part.candidates()
                    .keySet()
                    .forEach(helper ->
                            keys.addAll(part.batch().scopes(helper, day).keySet()));
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<Quotas.Key, Integer> used = quotas.lockHelperCounters(keys);
        List<Quotas.Key> increments = new ArrayList<>();
        for (Part part : parts) {
            for (var entry : part.candidates().entrySet()) {
                Map<Quotas.Key, AssistBatch.Limit> scopes = part.batch().scopes(entry.getKey(), day);
                var exceeded = scopes.entrySet().stream()
                        .filter(s ->
                                used.getOrDefault(s.getKey(), 0) >= s.getValue().max())
                        .findFirst();
                if (exceeded.isPresent()) {
                    AssistBatch.Limit limit = exceeded.get().getValue();
                    part.batch()
                            .refuse(
                                    entry.getValue(),
                                    limit.code(),
                                    AssistBatch.describe(
                                            limit,
                                            used.getOrDefault(exceeded.get().getKey(), 0)));
                } else {
                    part.accepted().add(entry.getValue());
                    scopes.keySet().forEach(key -> {
                        used.merge(key, 1, Integer::sum);
                        increments.add(key);
                    });
                }
            }
        }
        if (!increments.isEmpty()) {
            quotas.increment(increments);
        }
    }
}
