package io.huzhu.campaign;

import io.huzhu.campaign.RulesPage.Section;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules page in simplified Chinese. It covers what the SAMR promotion rules ask to be published before a
 * promotion starts (participation conditions, prize and quantity, deadlines, claim conditions, organiser) and
 * Huzhu's own honesty commitments.
 */
final class ChineseRules implements RulesText {

    private final RulesFormat format;

    ChineseRules(ZoneId zone) {
        this.format = RulesFormat.chinese(zone);
    }

    @Override
    public String title(CampaignTerms t) {
        return "「" + t.title() + "」活动规则";
    }

    @Override
    public Section overview(CampaignTerms t) {
        List<String> items = new ArrayList<>();
        items.add("活动名称：" + t.title());
        items.add("主办方：" + t.organiser() + "。本活动由主办方组织，奖品由主办方提供。");
        items.add(
                switch (t.kind()) {
                    case BARGAIN ->
                        "活动类型：砍价。邀请好友助力，把价格从" + money(t.startPriceCents()) + "砍到" + money(t.floorPriceCents()) + "。";
                    case ASSIST_COUNT -> "活动类型：助力享免单。集满" + t.maxAssists() + "次好友助力，即可免费获得奖品。";
                    case CASH_TARGET -> "活动类型：助力提现。好友助力累计金额，累计满" + money(t.targetCents()) + "即可提现。";
                });
        if (!t.description().isEmpty()) {
            items.add("活动说明：" + t.description());
        }
        return new Section("一、活动概况", items);
    }

    @Override
    public Section participation(CampaignTerms t) {
        CampaignTerms.Limits l = t.limits();
        List<String> items = new ArrayList<>();
        items.add(
                t.minInitiatorAccountAge().isZero()
                        ? "账号状态正常的注册用户均可发起任务，对注册时长没有要求。"
                        : "账号注册满" + format.duration(t.minInitiatorAccountAge()) + "、且状态正常的用户方可发起任务。");
        items.add(
                t.minHelperAccountAge().isZero()
                        ? "账号状态正常的注册用户均可助力，对注册时长没有要求。"
                        : "账号注册满" + format.duration(t.minHelperAccountAge()) + "、且状态正常的用户方可助力。");
        items.add("每人在本活动中同时进行的任务最多" + l.maxActiveTasksPerUser() + "个，累计最多成功" + l.maxSuccessesPerUser() + "次。");
        items.add(
                l.helperDailyLimit() == null
                        ? "每位用户每天的助力次数不设上限。"
                        : "每位用户每天最多助力" + l.helperDailyLimit() + "次（所有活动合计，按" + format.zoneName() + "的自然日计算，每天0:00重置）。");
        items.add(
                l.helperCampaignLimit() == null
                        ? "每位用户在本活动中的助力次数不设上限。"
                        : "每位用户在本活动中最多助力" + l.helperCampaignLimit() + "次。");
        items.add(
                l.helperInitiatorLimit() == null
                        ? "为同一位发起人助力的次数不设上限。"
                        : "在本活动中，每位用户最多为同一位发起人助力" + l.helperInitiatorLimit() + "次。");
        items.add("同一个任务每人只能助力一次，不能为自己发起的任务助力。");
        items.add("经风控判定为作弊的助力（如机器助力、批量注册账号、有偿求助）不计入进度；系统会告知原因，用户可以申诉。");
        return new Section("二、参与条件", items);
    }

    @Override
    public Section reward(CampaignTerms t) {
        List<String> items = new ArrayList<>();
        items.add("奖品：" + t.reward());
        items.add("奖品数量：共" + t.stock() + "份，先到先得。发起任务时即为你预留一份，奖品全部预留完后不能再发起新任务。");
        items.add(
                switch (t.kind()) {
                    case BARGAIN ->
                        "每个任务从" + money(t.startPriceCents()) + "起砍，砍到" + money(t.floorPriceCents()) + "即为成功，共需砍掉"
                                + money(t.amountToCut()) + "。";
                    case ASSIST_COUNT -> "每个任务集满" + t.maxAssists() + "次助力即为成功，奖品价值" + money(t.itemValueCents()) + "。";
                    case CASH_TARGET -> "每个任务累计满" + money(t.targetCents()) + "即为成功，可提现" + money(t.targetCents()) + "。";
                });
        items.add("主办方为本活动投入的预算共" + money(t.budgetCents()) + "，每发起一个任务预留" + money(t.rewardValueCents()) + "。");
        return new Section("三、奖品与数量", items);
    }

    @Override
    public Section deadlines(CampaignTerms t) {
        return new Section(
                "四、活动时间与期限",
                List.of(
                        "活动时间：" + format.time(t.startsAt()) + "至" + format.time(t.endsAt()) + "，在此期间可以发起新任务。",
                        "每个任务须在发起后" + format.duration(t.taskLifetime()) + "内完成，到期未完成的任务自动结束。",
                        "活动结束后不能再发起新任务；已发起的任务仍可在各自的期限内继续完成。",
                        "任务成功后须在" + format.duration(t.claimWindow()) + "内领取奖品，逾期视为放弃。",
                        "本页所有时间均为" + format.zoneName() + "。"));
    }

    @Override
    public Section claim(CampaignTerms t) {
        return new Section(
                "五、领奖条件",
                List.of(
                        "任务在期限内达到目标即为成功，由发起任务的用户本人领取奖品。",
                        "每个成功的任务可领取一份奖品，且只能领取一次。",
                        "奖品在任务发起时已经预留，任务成功后一定可以领取，不会因奖品被领完而落空。",
                        "领取期限：任务成功后" + format.duration(t.claimWindow()) + "内。"));
    }

    @Override
    public Section expiry(CampaignTerms t) {
        String item = switch (t.expiryOption()) {
            case NONE -> "任务到期仍未达到目标的，任务结束，不能获得奖品，也没有其他补偿；为该任务预留的奖品将释放给其他用户。";
            case BUY_AT_CURRENT_PRICE -> "任务到期仍未砍到" + money(t.floorPriceCents()) + "的，你可以按到期时已砍到的价格购买该商品；不购买不产生任何费用。";
            case COUPON ->
                "任务到期仍未达到目标的，你可以领取一张优惠券，面值等于到期时" + (t.kind() == CampaignKind.BARGAIN ? "已砍掉" : "已累计") + "的金额。";
        };
        return new Section("六、任务到期未完成", List.of(item));
    }

    @Override
    public Section honesty(CampaignTerms t, @Nullable Integer version, String termsHash) {
        List<String> items = new ArrayList<>();
        if (t.kind().countsCents()) {
            items.add("任务页面始终显示精确到分的剩余金额，不使用百分比或模糊的进度描述。");
            items.add("每次助力至少砍掉" + money(t.minCutCents()) + "，不会出现不足一分钱的助力。");
            items.add(
                    t.minAssists() == t.maxAssists()
                            ? "每个任务恰好需要" + t.maxAssists() + "次助力即可成功，这个数字在任务发起时确定，之后绝不增加。"
                            : "每个任务最多需要" + t.maxAssists() + "次助力即可成功（至少需要" + t.minAssists()
                                    + "次）。这个上限在任务发起时确定，之后绝不增加。");
        } else {
            items.add("任务页面始终显示还差几次助力，精确到次。");
            items.add("每个任务恰好需要" + t.maxAssists() + "次助力，这个数字在任务发起时确定，之后绝不增加。");
        }
        items.add("每个任务的助力明细" + (t.kind().countsCents() ? "（每一次助力砍掉多少钱）" : "")
                + "在任务发起时一次性生成并固定，同时公布其SHA-256哈希值作为承诺；任务结束后公开生成明细所用的随机种子，"
                + "任何人都可以据此重新计算并核对。");
        items.add("本活动没有付费加速、付费道具或“助力卡”，付费不会影响任何进度；请勿相信“有偿代砍”。");
        items.add("不显示虚假的成功记录或排名（例如“已超过99%的用户”）。");
        items.add("本规则发布后即冻结。如需调整，将以新版本发布；已发起的任务始终适用其发起时的规则版本。");
        items.add(
                version == null
                        ? "规则预览（尚未发布），条款SHA-256：" + termsHash
                        : "规则版本：第" + version + "版，条款SHA-256：" + termsHash);
        return new Section("七、公开透明承诺", items);
    }

    private String money(@Nullable Long cents) {
        return format.money(cents == null ? 0 : cents);
    }
}
