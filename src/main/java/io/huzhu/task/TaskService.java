package io.huzhu.task;

import io.huzhu.campaign.CampaignStatus;
import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.Campaigns;
import io.huzhu.campaign.RulesVersion;
import io.huzhu.guardrails.Guardrails;
import io.huzhu.identity.CurrentUser;
import io.huzhu.risk.RiskGate;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.ShortCodes;
import io.huzhu.shared.TaskId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting tasks: limits, eligibility, reservation of stock and budget, and the committed schedule. */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final Quotas quotas;
    private final Campaigns campaigns;
    private final TaskCache cache;
    private final TaskViews views;
    private final ApplicationEventPublisher events;
    private final RiskGate risk;
    private final Guardrails guardrails;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TaskService(
            TaskRepository tasks,
            Quotas quotas,
            Campaigns campaigns,
            TaskCache cache,
            TaskViews views,
            ApplicationEventPublisher events,
            RiskGate risk,
            Guardrails guardrails,
            Clock clock) {
        this.risk = risk;
        this.guardrails = guardrails;
        this.tasks = tasks;
        this.quotas = quotas;
        this.campaigns = campaigns;
        this.cache = cache;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TaskView start(CurrentUser user, CampaignId campaignId, ClientInfo client) {
        Instant now = clock.instant();
        RulesVersion rules = runningRules(campaignId, now);
        CampaignTerms terms = rules.terms();
        checkEligible(user, terms.minInitiatorAccountAge(), now);
        guardrails.checkTaskStart(user.id(), now);
        var limits = terms.limits();
        if (!quotas.startTask(user.id(), campaignId, limits.maxActiveTasksPerUser(), limits.maxSuccessesPerUser())) {
            throw quotas.activeTasks(user.id(), campaignId) >= limits.maxActiveTasksPerUser()
                    ? new HuzhuException(
                            ErrorCode.ACTIVE_TASK_LIMIT,
                            "You may have at most " + limits.maxActiveTasksPerUser() + " open task(s) on this campaign")
                    : new HuzhuException(
                            ErrorCode.SUCCESS_LIMIT,
                            "This campaign allows at most " + limits.maxSuccessesPerUser() + " success(es) per member");
        }
        if (!campaigns.reserve(campaignId, terms.rewardValueCents())) {
            throw new HuzhuException(ErrorCode.OUT_OF_STOCK, "All rewards of this campaign are taken");
        }
        TaskId id = TaskId.next();
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        CutSchedule schedule = CutSchedule.derive(
                seed, id.toString(), terms.amountToCut(), terms.minAssists(), terms.maxAssists(), terms.minimumCut());
        TaskRow row = newTask(id, HexFormat.of().formatHex(seed), schedule.size(), user, rules, now);
        tasks.insert(row, schedule.encode());
        cache.remember(row, schedule);
        events.publishEvent(new TaskStarted(
                row.id(),
                campaignId,
                rules.version(),
                user.id(),
                row.commitment(),
                row.targetAmount(),
                schedule.size(),
                now,
                row.expiresAt(),
                risk.fingerprint(client)));
        return views.view(row);
    }

    private RulesVersion runningRules(CampaignId campaignId, Instant now) {
        RulesVersion rules =
                campaigns.currentRules(campaignId).orElseThrow(() -> HuzhuException.of(ErrorCode.CAMPAIGN_NOT_FOUND));
        if (rules.status() == CampaignStatus.ENDED) {
            throw HuzhuException.of(ErrorCode.CAMPAIGN_ENDED);
        }
        CampaignTerms terms = rules.terms();
        if (now.isBefore(terms.startsAt()) || !now.isBefore(terms.endsAt())) {
            throw new HuzhuException(
                    ErrorCode.CAMPAIGN_NOT_RUNNING,
                    "Tasks can start from " + terms.startsAt() + " until " + terms.endsAt());
        }
        return rules;
    }

    static void checkEligible(CurrentUser user, Duration minimumAge, Instant now) {
        if (user.accountAge(now).compareTo(minimumAge) < 0) {
            throw new HuzhuException(
                    ErrorCode.NOT_ELIGIBLE,
                    "Accounts must be at least " + minimumAge.toHours() + " hour(s) old for this campaign");
        }
    }

    private TaskRow newTask(
            TaskId id, String seedHex, int cutCount, CurrentUser user, RulesVersion rules, Instant now) {
        CampaignTerms terms = rules.terms();
        String code = ShortCodes.next();
        while (tasks.shareCodeTaken(code)) {
            code = ShortCodes.next();
        }
        return new TaskRow(
                id,
                rules.campaignId(),
                rules.version(),
                user.id(),
                terms.kind(),
                TaskStatus.OPEN,
                code,
                terms.amountToCut(),
                0,
                cutCount,
                0,
                terms.rewardValueCents(),
                CutSchedule.commitment(id.toString(), seedHex),
                seedHex,
                now,
                now.plus(terms.taskLifetime()),
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                new int[0]);
    }
}
