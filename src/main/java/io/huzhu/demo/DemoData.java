package io.huzhu.demo;

import io.huzhu.campaign.CampaignAuthoring;
import io.huzhu.campaign.CampaignKind;
import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.ExpiryOption;
import io.huzhu.feed.FeedService;
import io.huzhu.feed.MessageKind;
import io.huzhu.group.GroupSeeding;
import io.huzhu.identity.AccountView;
import io.huzhu.identity.Accounts;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Role;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.DemoDataLoaded;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.task.AssistEngine;
import io.huzhu.task.TaskService;
import io.huzhu.task.TaskView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An operator, a few members, one published campaign of each kind and a task under way on each, and a group of the
 * five members (demo_li owns it, demo_zhang is an admin) with two of the tasks posted, created through the same
 * services as the API. Runs once: an existing demo operator means the data is there.
 */
@Component
class DemoData {

    static final String OPERATOR = "demo_operator";
    static final String GROUP = "互助砍价群 Demo";
    static final List<String> MEMBERS = List.of("demo_li", "demo_wang", "demo_zhang", "demo_chen", "demo_liu");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private final Accounts accounts;
    private final CampaignAuthoring campaigns;
    private final TaskService tasks;
    private final AssistEngine assists;
    private final GroupSeeding groups;
    private final FeedService feed;
    private final DemoProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoData(
            Accounts accounts,
            CampaignAuthoring campaigns,
            TaskService tasks,
            AssistEngine assists,
            GroupSeeding groups,
            FeedService feed,
            DemoProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.assists = assists;
        this.groups = groups;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns false when the data was already there. */
    boolean load() {
        CurrentUser operator;
        try {
            operator = current(
                    accounts.create(OPERATOR, properties.password(), "示例商家 Demo Shop", EnumSet.of(Role.OPERATOR)));
        } catch (HuzhuException e) {
            if (e.code() == ErrorCode.USERNAME_TAKEN) {
                return false;
            }
            throw e;
        }
        String[] names = {"小李", "小王", "小张", "小陈", "小刘"};
        List<CurrentUser> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            members.add(current(accounts.register(MEMBERS.get(i), properties.password(), names[i])));
        }
        Instant now = clock.instant();
        CampaignId bargain = campaigns.publish(operator, bargain(now));
        CampaignId free = campaigns.publish(operator, assistCount(now));
        CampaignId cash = campaigns.publish(operator, cashTarget(now));
        TaskView flask = startAndAssist(members.get(0), bargain, members.subList(1, 4));
        TaskView coffee = startAndAssist(members.get(1), free, members.subList(2, 4));
        startAndAssist(members.get(2), cash, List.of(members.get(0)));
        farm(members.get(4), cash);
        GroupId group = groups.create(
                members.get(0).id(),
                GROUP,
                "示例互助群:发自己的助力任务,也帮群友砍一刀。A demo mutual-help group.",
                members.subList(1, members.size()).stream().map(CurrentUser::id).toList(),
                List.of(members.get(2).id()));
        feed.post(members.get(1), group, new FeedService.Post(MessageKind.TEXT, "大家好,我是小王,今天的助力我都会帮!", null, null));
        feed.post(members.get(0), group, new FeedService.Post(MessageKind.TASK, "保温杯还差几刀,谢谢大家!", flask.id(), null));
        feed.post(members.get(1), group, new FeedService.Post(MessageKind.TASK, null, coffee.id(), null));
        events.publishEvent(new DemoDataLoaded(
                List.of(bargain, free, cash),
                List.of(group),
                members.stream().map(CurrentUser::id).toList(),
                now));
        log.info("Demo data loaded: 3 campaigns, 4 tasks under way, 1 group with 5 members, 1 assist farm");
        return true;
    }

    /**
     * A small assist farm for risk control to find: six accounts registered and assisting from one phone. The first
     * scan (a minute after start) opens a case for operators (运营 → 风控) and voids the assists.
     */
    private void farm(CurrentUser owner, CampaignId campaign) {
        ClientInfo phone = new ClientInfo("demo-farm-phone", "127.0.0.1");
        List<CurrentUser> accounts = new ArrayList<>();
        for (int i = 1; i <= FARM_ACCOUNTS; i++) {
            accounts.add(current(this.accounts.register("demo_farm_" + i, properties.password(), "助力号" + i, phone)));
        }
        TaskView task = tasks.start(owner, campaign, device(owner));
        int left = task.maxAssistsRemaining();
        for (CurrentUser account : accounts) {
            if (left > 0) {
                left = assists.assist(task.id(), account, null, phone).maxAssistsRemaining();
            }
        }
    }

    private TaskView startAndAssist(CurrentUser initiator, CampaignId campaign, List<CurrentUser> helpers) {
        TaskView task = tasks.start(initiator, campaign, device(initiator));
        for (CurrentUser helper : helpers) {
            assists.assist(task.id(), helper, null, device(helper));
        }
        return task;
    }

    /** Each demo member on a phone of their own. */
    private static ClientInfo device(CurrentUser member) {
        return new ClientInfo("demo-phone-" + member.username(), "127.0.0.1");
    }

    static final int FARM_ACCOUNTS = 6;

    private static CurrentUser current(AccountView account) {
        return new CurrentUser(
                account.id(), account.username(), account.roles(), account.status(), account.createdAt());
    }

    private static CampaignTerms bargain(Instant now) {
        return terms(
                CampaignKind.BARGAIN,
                "砍价免费拿：真空保温杯",
                "邀请好友帮你砍价，砍到 0 元即可免费领取。Invite friends to cut the price of this vacuum flask to ¥0.",
                "真空保温杯 500ml 一个 / one 500 ml vacuum flask",
                now,
                9_900L,
                0L,
                null,
                null,
                5,
                8,
                1,
                ExpiryOption.BUY_AT_CURRENT_PRICE);
    }

    private static CampaignTerms assistCount(Instant now) {
        return terms(
                CampaignKind.ASSIST_COUNT,
                "助力享免单：手冲咖啡礼盒",
                "集满 6 位好友助力即可免单领取。Six assists and the coffee gift box is yours.",
                "手冲咖啡礼盒一份 / one pour-over coffee gift box",
                now,
                null,
                null,
                null,
                6_800L,
                6,
                6,
                1,
                ExpiryOption.NONE);
    }

    private static CampaignTerms cashTarget(Instant now) {
        return terms(
                CampaignKind.CASH_TARGET,
                "助力提现：满 20 元可提现",
                "好友助力累积现金，满 20.00 元即可提现。Assists add up to ¥20.00, then withdraw it.",
                "现金 20.00 元 / ¥20.00 in cash",
                now,
                null,
                null,
                2_000L,
                null,
                4,
                10,
                50,
                ExpiryOption.COUPON);
    }

    private static CampaignTerms terms(
            CampaignKind kind,
            String title,
            String description,
            String reward,
            Instant now,
            @Nullable Long start,
            @Nullable Long floor,
            @Nullable Long target,
            @Nullable Long itemValue,
            int minAssists,
            int maxAssists,
            long minCut,
            ExpiryOption expiry) {
        long value =
                kind == CampaignKind.BARGAIN ? start - floor : kind == CampaignKind.CASH_TARGET ? target : itemValue;
        return new CampaignTerms(
                kind,
                title,
                description,
                "Huzhu 示例商家 Demo Shop",
                reward,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30)),
                Duration.ofHours(24),
                start,
                floor,
                target,
                itemValue,
                minAssists,
                maxAssists,
                minCut,
                50,
                value * 50,
                new CampaignTerms.Limits(1, 1, 10, null, 3),
                Duration.ZERO,
                Duration.ZERO,
                expiry,
                Duration.ofDays(7));
    }
}
