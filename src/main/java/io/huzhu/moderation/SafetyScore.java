package io.huzhu.moderation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The group safety score (0–100): a weighted sum of eight components, each scored 0..1 and shown with its measured
 * value, weight, points and an explanation. The formula and its reasons are in {@code docs/safety-score.md}.
 */
final class SafetyScore {

    static final int W_RULES = 15;
    static final int W_ADMIN_TEAM = 15;
    static final int W_ADMIN_ACTIVITY = 15;
    static final int W_RESPONSE = 15;
    static final int W_HELD = 10;
    static final int W_PII = 10;
    static final int W_OFF_TOPIC = 10;
    static final int W_CHURN = 10;

    /** Members per admin the score expects, and the smallest team it calls healthy (owner plus one admin). */
    static final int MEMBERS_PER_ADMIN = 100;

    static final int MIN_TEAM = 2;
    static final long FAST_MINUTES = 60;
    static final long SLOW_MINUTES = 24 * 60;
    static final double HELD_SHARE_ZERO = 0.20;
    static final int PII_ZERO = 10;
    static final double OFF_TOPIC_ZERO = 0.10;
    static final double CHURN_ZERO = 0.30;

    /** What the score is computed from; counts cover the last 30 days, admin activity the last 7. */
    record Inputs(
            boolean rulesPresent,
            int members,
            int acknowledgedRules,
            int moderators,
            int activeModerators,
            @Nullable Duration medianResponse,
            int screened,
            int heldFlagged,
            int piiIncidents,
            int messages,
            int offTopicReports,
            int departures) {}

    record Component(
            String name, BigDecimal value, int weight, BigDecimal points, String explanationZh, String explanationEn) {}

    record Score(int score, List<Component> components) {}

    private SafetyScore() {}

    static Score of(Inputs in) {
        List<Component> parts = new ArrayList<>();
        double ack = in.members() == 0 ? 1 : Math.min(1, (double) in.acknowledgedRules() / in.members());
        double rules = in.rulesPresent() ? ack : 0;
        parts.add(part(
                "rules",
                rules,
                W_RULES,
                rules,
                "群规已设立，" + pct(rules) + " 的成员确认了当前版本",
                "Rules present; " + pct(rules) + " of members acknowledged the current version"));
        int needed = Math.max(MIN_TEAM, (int) Math.ceil(in.members() / (double) MEMBERS_PER_ADMIN));
        parts.add(part(
                "adminTeam",
                in.moderators(),
                W_ADMIN_TEAM,
                Math.min(1, (double) in.moderators() / needed),
                "管理团队 " + in.moderators() + " 人（建议至少 " + needed + " 人）",
                "Admin team of " + in.moderators() + " (at least " + needed + " expected)"));
        double active = in.moderators() == 0 ? 0 : (double) in.activeModerators() / in.moderators();
        parts.add(part(
                "adminActivity",
                active,
                W_ADMIN_ACTIVITY,
                active,
                "近 7 天有 " + in.activeModerators() + " 位管理员活跃",
                in.activeModerators() + " admins active in the last 7 days"));
        parts.add(response(in.medianResponse()));
        double held = in.screened() == 0 ? 0 : (double) in.heldFlagged() / in.screened();
        parts.add(part(
                "heldShare",
                held,
                W_HELD,
                1 - Math.min(1, held / HELD_SHARE_ZERO),
                "近 30 天 " + pct(held) + " 的消息因未知链接、广告或个人信息被拦截",
                pct(held) + " of messages held for unknown links, ads or personal data in 30 days"));
        parts.add(part(
                "piiIncidents",
                in.piiIncidents(),
                W_PII,
                Math.max(0, 1 - in.piiIncidents() / (double) PII_ZERO),
                "近 30 天个人信息事件 " + in.piiIncidents() + " 起",
                in.piiIncidents() + " personal-data incidents in 30 days"));
        double offTopic = in.messages() == 0 ? 0 : Math.min(1, (double) in.offTopicReports() / in.messages());
        parts.add(part(
                "offTopic",
                offTopic,
                W_OFF_TOPIC,
                1 - Math.min(1, offTopic / OFF_TOPIC_ZERO),
                "跑题举报占消息的 " + pct(offTopic),
                "Off-topic reports are " + pct(offTopic) + " of messages"));
        double churn = (double) in.departures() / Math.max(1, in.members());
        parts.add(part(
                "churn",
                churn,
                W_CHURN,
                1 - Math.min(1, churn / CHURN_ZERO),
                "近 30 天离开或被移出的成员占 " + pct(churn),
                pct(churn) + " of members left or were removed in 30 days"));
        BigDecimal total = parts.stream().map(Component::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Score(total.setScale(0, RoundingMode.HALF_UP).intValue(), List.copyOf(parts));
    }

    private static Component response(@Nullable Duration median) {
        if (median == null) {
            return part("responseTime", 0, W_RESPONSE, 1, "近 30 天没有举报", "No reports in the last 30 days");
        }
        long minutes = median.toMinutes();
        double good = minutes <= FAST_MINUTES
                ? 1
                : Math.max(0, 1 - (double) (minutes - FAST_MINUTES) / (SLOW_MINUTES - FAST_MINUTES));
        return part(
                "responseTime",
                minutes,
                W_RESPONSE,
                good,
                "从举报到处理的中位时间 " + minutes + " 分钟",
                "Median time from report to action: " + minutes + " minutes");
    }

    private static Component part(String name, double value, int weight, double good, String zh, String en) {
        BigDecimal points =
                BigDecimal.valueOf(weight * Math.max(0, Math.min(1, good))).setScale(1, RoundingMode.HALF_UP);
        return new Component(
                name,
                BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros(),
                weight,
                points,
                zh,
                en);
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
