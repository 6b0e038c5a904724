package io.huzhu.guardrails;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The guardrails' refusals: a problem with a stable code, the limit and when it resets as properties, and one plain
 * sentence in Chinese ({@code reasonZh}) and English ({@code reasonEn}; also the problem's {@code detail}), marked
 * {@code guardrail: true} so that clients show that sentence. No
 * pressure, no "you are about to lose" wording: what the limit is, and when it lets the member act again.
 */
final class Refusals {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Refusals() {}

    static HuzhuException onBreak(Instant until, ZoneId zone) {
        String at = at(until, zone);
        return refusal(
                ErrorCode.ON_BREAK,
                "你正在休息,直到 " + at + "。在此之前不能发起新任务,也不能发布求助;休息不能提前结束。",
                "You are taking a break until " + at + ". New tasks and help posts wait until then; a break cannot be"
                        + " ended early.",
                Map.of("breakUntil", until.toString(), "resetsAt", until.toString()));
    }

    /** {@code freesAt}: the first deadline of the member's open tasks; none when the limit is zero. */
    static HuzhuException activeTasks(long limit, long active, @Nullable Instant freesAt, ZoneId zone) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("scope", "PERSONAL");
        properties.put("limit", limit);
        properties.put("active", active);
        if (freesAt == null) {
            return refusal(
                    ErrorCode.ACTIVE_TASK_LIMIT,
                    "你设定同时进行的任务最多 " + limit + " 个。想发起新任务,可以在设置里调高上限(调高 24 小时后生效)。",
                    "Your limit is " + limit + " active task(s) at once. To start one, raise it in your settings (a"
                            + " raise applies after 24 hours).",
                    properties);
        }
        properties.put("resetsAt", freesAt.toString());
        String at = at(freesAt, zone);
        return refusal(
                ErrorCode.ACTIVE_TASK_LIMIT,
                "你设定同时进行的任务最多 " + limit + " 个,现在有 " + active + " 个在进行。有任务结束后即可再发起,最晚在 " + at + "。",
                "Your limit is " + limit + " active task(s) at once and " + active + " are open. You can start"
                        + " another when one ends, at the latest " + at + ".",
                properties);
    }

    static HuzhuException helpPosts(long limit, Instant resetsAt, ZoneId zone) {
        String at = at(resetsAt, zone);
        return refusal(
                ErrorCode.HELP_POST_LIMIT,
                "你设定每天最多发布 " + limit + " 条求助,今天已经发满。" + at + " 重新计数。",
                "Your limit is " + limit + " help post(s) a day and today's are used. The count starts again at " + at
                        + ".",
                Map.of("limit", limit, "resetsAt", resetsAt.toString()));
    }

    static HuzhuException spending(long limit, long spent, long price, Instant resetsAt, ZoneId zone) {
        String at = at(resetsAt, zone);
        return refusal(
                ErrorCode.SPENDING_LIMIT,
                "这笔 " + yuan(price) + " 会让本月支出达到 " + yuan(spent + price) + ",超过你设定的每月上限 " + yuan(limit) + "(本月已支出 "
                        + yuan(spent) + ")。上限在 " + at + " 重新计算。",
                "Paying " + yuan(price) + " would bring this month's spending to " + yuan(spent + price)
                        + ", above your monthly limit of " + yuan(limit) + " (spent so far " + yuan(spent)
                        + "). The limit starts again at " + at + ".",
                Map.of(
                        "limitCents", limit,
                        "monthSpentCents", spent,
                        "priceCents", price,
                        "resetsAt", resetsAt.toString()));
    }

    static HuzhuException coolingOff(
            CoolingOff.Hold hold, long threshold, long spent, long limit, Instant now, ZoneId zone) {
        String at = at(hold.confirmableAt(), zone);
        boolean ready = !now.isBefore(hold.confirmableAt());
        String zh = "超过 " + yuan(threshold) + " 的购买需要冷静期后再次确认:" + hold.item() + ",价格 " + yuan(hold.priceCents())
                + ",节省 " + yuan(hold.savedCents()) + ";本月已支出 " + yuan(spent) + "(上限 " + yuan(limit) + ")。"
                + (ready ? "现在可以确认。" : at + " 起可以确认。");
        String en =
                "Purchases above " + yuan(threshold) + " wait before a second confirmation: " + hold.item() + " for "
                        + yuan(hold.priceCents()) + ", saving " + yuan(hold.savedCents()) + "; spent this month "
                        + yuan(spent) + " of your " + yuan(limit) + " limit. "
                        + (ready ? "You can confirm now." : "You can confirm from " + at + ".");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("confirmation", hold.id().toString());
        properties.put("confirmableAt", hold.confirmableAt().toString());
        properties.put("expiresAt", hold.expiresAt().toString());
        properties.put("item", hold.item());
        properties.put("priceCents", hold.priceCents());
        properties.put("savedCents", hold.savedCents());
        properties.put("monthSpentCents", spent);
        properties.put("limitCents", limit);
        properties.put("thresholdCents", threshold);
        properties.put("resetsAt", hold.confirmableAt().toString());
        properties.put(
                "waitSeconds",
                Math.max(
                        0, java.time.Duration.between(now, hold.confirmableAt()).toSeconds()));
        return refusal(ErrorCode.COOLING_OFF, zh, en, properties);
    }

    static String at(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** Exact yuan from cents: 123456 → "¥1,234.56". */
    static String yuan(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return String.format(java.util.Locale.ROOT, "%s¥%,d.%02d", sign, abs / 100, abs % 100);
    }

    private static HuzhuException refusal(ErrorCode code, String zh, String en, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(extra);
        properties.put("reasonZh", zh);
        properties.put("reasonEn", en);
        properties.put("guardrail", true);
        return new HuzhuException(code, en, List.of(), properties);
    }
}
