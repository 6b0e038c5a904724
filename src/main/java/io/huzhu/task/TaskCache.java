package io.huzhu.task;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.campaign.Campaigns;
import io.huzhu.campaign.RulesVersion;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Caches what never changes about a task (its campaign, rules version, initiator, deadline and schedule), so that
 * the assist path checks most rules without touching the database.
 */
@Component
class TaskCache {

    /** The immutable facts of a task. */
    record TaskRef(TaskId id, CampaignId campaignId, int rulesVersion, UserId initiatorId, Instant expiresAt) {}

    private final TaskRepository tasks;
    private final Campaigns campaigns;
    private final Cache<TaskId, TaskRef> refs =
            Caffeine.newBuilder().maximumSize(200_000).build();
    private final Cache<TaskId, CutSchedule> schedules = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((TaskId id, CutSchedule s) -> 64 + s.size() * 8)
            .build();

    TaskCache(TaskRepository tasks, Campaigns campaigns) {
        this.tasks = tasks;
        this.campaigns = campaigns;
    }

    Optional<TaskRef> ref(TaskId id) {
        TaskRef cached = refs.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TaskRef> loaded = tasks.find(id).map(TaskCache::refOf);
        loaded.ifPresent(ref -> refs.put(id, ref));
        return loaded;
    }

    void remember(TaskRow row, CutSchedule schedule) {
        refs.put(row.id(), refOf(row));
        schedules.put(row.id(), schedule);
    }

    CutSchedule schedule(TaskId id) {
        return schedules.get(id, key -> CutSchedule.decode(tasks.schedule(key)));
    }

    RulesVersion rules(TaskRef ref) {
        return rules(ref.campaignId(), ref.rulesVersion());
    }

    RulesVersion rules(CampaignId campaign, int version) {
        return campaigns
                .rules(campaign, version)
                .orElseThrow(() -> new HuzhuException(
                        ErrorCode.CAMPAIGN_NOT_FOUND, "Rules version " + version + " of the campaign is missing"));
    }

    private static TaskRef refOf(TaskRow row) {
        return new TaskRef(row.id(), row.campaignId(), row.rulesVersion(), row.initiatorId(), row.expiresAt());
    }
}
