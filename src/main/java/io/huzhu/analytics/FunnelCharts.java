package io.huzhu.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The campaign funnel, its daily steps, its summary and viral loop (one campaign, or all under the nil id). */
@Component
class FunnelCharts {

    static final List<String> STEP_METRICS = List.of("first_assist", "to_success", "to_claim", "to_settle");
    private final Reads reads;
    private final SmallNumbers small;

    FunnelCharts(Reads reads, SmallNumbers small) {
        this.reads = reads;
        this.small = small;
    }

    /** Steps with their count, conversion from the previous step and from the start, and median time from the previous. */
    Table funnel(String chart, @Nullable UUID campaign, LocalDate from, LocalDate to) {
        Map<String, Long> sum = sums(reads.funnel(campaign, from, to));
        UUID scope = campaign == null ? Calendar.PLATFORM_ID : campaign;
        List<List<@Nullable Object>> rows = new ArrayList<>();
        long started = sum.get("started");
        var h = reads.durations(Calendar.CAMPAIGN, scope, STEP_METRICS, from, to);
        step(rows, "started", started, started, started, null);
        step(rows, "first_assist", sum.get("first_assists"), started, started, Durations.median(h.get("first_assist")));
        step(
                rows,
                "succeeded",
                sum.get("succeeded"),
                sum.get("first_assists"),
                started,
                Durations.median(h.get("to_success")));
        step(rows, "claimed", sum.get("claimed"), sum.get("succeeded"), started, Durations.median(h.get("to_claim")));
        // An expired task may be settled for its partial value: a branch of its own, converted from the expired.
        step(rows, "settled", sum.get("settled"), sum.get("expired"), started, Durations.median(h.get("to_settle")));
        return new Table(chart, List.of("step", "tasks", "conversion", "of_started", "median_seconds"), rows);
    }

    private static void step(
            List<List<@Nullable Object>> rows,
            String step,
            long n,
            long previous,
            long started,
            @Nullable Long median) {
        rows.add(Arrays.asList(step, n, ratio(n, previous), ratio(n, started), median));
    }

    /** Steps per day (each counted on the day it happened). */
    Table daily(String chart, @Nullable UUID campaign, LocalDate from, LocalDate to) {
        var days = reads.funnel(campaign, from, to);
        List<String> columns = List.of(
                "day", "started", "first_assists", "succeeded", "claimed", "settled", "expired", "assists", "voided");
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<String, Long> row = days.getOrDefault(d, Map.of());
            List<@Nullable Object> values = new ArrayList<>(List.of(d.toString()));
            for (String c : columns.subList(1, columns.size())) {
                values.add(row.getOrDefault(c, 0L));
            }
            rows.add(values);
        }
        return new Table(chart, columns, rows);
    }

    /** Assists per success, stock and budget used, share voided by risk control, and the viral coefficient. */
    Table summary(String chart, @Nullable UUID campaign, LocalDate from, LocalDate to) {
        Map<String, Long> sum = sums(reads.funnel(campaign, from, to));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        long voided = Math.max(0, sum.get("voided") - sum.get("restored"));
        rows.add(Arrays.asList("assists", sum.get("assists")));
        rows.add(Arrays.asList("assists_per_success", perOne(sum.get("success_assists"), sum.get("succeeded"))));
        rows.add(Arrays.asList("stock_used", sum.get("claimed") + sum.get("settled")));
        rows.add(Arrays.asList("budget_used_cents", sum.get("budget_cents")));
        rows.add(Arrays.asList("voided_share", ratio(voided, sum.get("assists"))));
        if (campaign != null) {
            viral(rows, Calendar.CAMPAIGN, campaign, from, to);
        }
        return new Table(chart, List.of("metric", "value"), rows);
    }

    /** K = invitations per member × conversion = converted invitees / senders; and the median cycle time. */
    void viral(List<List<@Nullable Object>> rows, String kind, UUID scope, LocalDate from, LocalDate to) {
        Map<String, Long> v = new HashMap<>(Map.of("senders", 0L, "invited", 0L, "converted", 0L));
        reads.viral(kind, scope, from, to).values().forEach(r -> r.forEach((k, n) -> v.merge(k, n, Long::sum)));
        long senders = v.get("senders");
        long invited = v.get("invited");
        long converted = v.get("converted");
        rows.add(Arrays.asList("senders", small.members(senders)));
        rows.add(Arrays.asList("invited", small.members(invited)));
        rows.add(Arrays.asList("converted", small.members(converted)));
        boolean hidden = small.hidden(senders) || small.hidden(invited) || small.hidden(converted);
        rows.add(Arrays.asList("invitations_per_member", hidden ? null : perOne(invited, senders)));
        rows.add(Arrays.asList("conversion", hidden ? null : ratio(converted, invited)));
        rows.add(Arrays.asList("k", hidden ? null : perOne(converted, senders)));
        rows.add(Arrays.asList(
                "cycle_median_seconds",
                Durations.median(Reads.merged(reads.durations(kind, scope, "cycle", from, to)))));
    }

    private static Map<String, Long> sums(Map<LocalDate, Map<String, Long>> days) {
        Map<String, Long> out = new HashMap<>();
        Reads.FUNNEL.forEach(c -> out.put(c, 0L));
        days.values().forEach(r -> r.forEach((k, n) -> out.merge(k, n, Long::sum)));
        return out;
    }

    static @Nullable Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    static @Nullable Double perOne(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 100.0 / whole) / 100.0;
    }
}
