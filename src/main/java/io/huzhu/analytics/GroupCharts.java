package io.huzhu.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A group's health over time: membership and activity, help posts, safety, and its invitations. */
@Component
class GroupCharts {

    private final Reads reads;
    private final Charts charts;
    private final FunnelCharts funnels;
    private final SmallNumbers small;

    GroupCharts(Reads reads, Charts charts, FunnelCharts funnels, SmallNumbers small) {
        this.reads = reads;
        this.charts = charts;
        this.funnels = funnels;
        this.small = small;
    }

    /** Members at the end of each day, active members (day, 7 and 30 days), new, returning, departures and churn. */
    Table activity(String chart, UUID group, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Long>> days = reads.group(group, to);
        long members = days.entrySet().stream()
                .filter(e -> e.getKey().isBefore(from))
                .mapToLong(e -> e.getValue().get("joins") - e.getValue().get("departures"))
                .sum();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var day : charts.activeSeries(Calendar.GROUP, group, from, to)) {
            Map<String, Long> row = days.getOrDefault(day.day(), Map.of());
            long left = row.getOrDefault("departures", 0L);
            long before = members;
            members += row.getOrDefault("joins", 0L) - left;
            rows.add(Arrays.asList(
                    day.day().toString(),
                    small.members(members),
                    small.members(day.dau()),
                    small.members(day.wau()),
                    small.members(day.mau()),
                    small.members(day.fresh()),
                    small.members(day.dau() - day.fresh()),
                    small.members(left),
                    small.share(left, Math.max(before, 0))));
        }
        return new Table(
                chart, List.of("day", "members", "dau", "wau", "mau", "new", "returning", "departures", "churn"), rows);
    }

    /** Help posts per day of posting, how many were completed, and the median time to their first help. */
    Table help(String chart, UUID group, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Long>> days = reads.group(group, to);
        var firstHelp = reads.durations(Calendar.GROUP, group, "first_help", from, to);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<String, Long> row = days.getOrDefault(d, Map.of());
            long posts = row.getOrDefault("help_posts", 0L);
            long done = row.getOrDefault("help_done", 0L);
            rows.add(Arrays.asList(
                    d.toString(),
                    posts,
                    done,
                    FunnelCharts.ratio(done, posts),
                    Durations.median(firstHelp.getOrDefault(d, Map.of()))));
        }
        return new Table(
                chart, List.of("day", "help_posts", "completed", "completed_share", "median_first_help_seconds"), rows);
    }

    /** The event-fed parts of the safety score per day, reports and the median time from report to action. */
    Table safety(String chart, UUID group, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Long>> days = reads.group(group, to);
        var action = reads.durations(Calendar.GROUP, group, "to_action", from, to);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<String, Long> row = days.getOrDefault(d, Map.of());
            long screened = row.getOrDefault("screened", 0L);
            rows.add(Arrays.asList(
                    d.toString(),
                    row.getOrDefault("messages", 0L),
                    screened,
                    FunnelCharts.ratio(row.getOrDefault("held_flagged", 0L), screened),
                    row.getOrDefault("pii_incidents", 0L),
                    row.getOrDefault("reports", 0L),
                    row.getOrDefault("off_topic_reports", 0L),
                    row.getOrDefault("actioned", 0L),
                    Durations.median(action.getOrDefault(d, Map.of()))));
        }
        return new Table(
                chart,
                List.of(
                        "day",
                        "messages",
                        "screened",
                        "held_share",
                        "pii_incidents",
                        "reports",
                        "off_topic_reports",
                        "actioned",
                        "median_action_seconds"),
                rows);
    }

    Table viral(String chart, UUID group, LocalDate from, LocalDate to) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        funnels.viral(rows, Calendar.GROUP, group, from, to);
        return new Table(chart, List.of("metric", "value"), rows);
    }
}
