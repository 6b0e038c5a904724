package io.huzhu.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the aggregate tables by scope and day range: what the dashboards cost (no scan of raw activity). */
@Repository
class Reads {

    static final List<String> FUNNEL = List.of(
            "started",
            "first_assists",
            "succeeded",
            "claimed",
            "settled",
            "expired",
            "assists",
            "voided",
            "restored",
            "success_assists",
            "budget_cents");
    static final List<String> GROUP = List.of(
            "joins",
            "departures",
            "messages",
            "help_posts",
            "help_done",
            "screened",
            "held_flagged",
            "pii_incidents",
            "reports",
            "off_topic_reports",
            "actioned");

    private final JdbcClient jdbc;

    Reads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Daily activity counters of a scope up to {@code to}, from its first day (the windows are running sums). */
    Map<LocalDate, long[]> activity(String kind, UUID scope, LocalDate to) {
        Map<LocalDate, long[]> out = new TreeMap<>();
        jdbc.sql("select stat_day, dau, new_members, wau_delta, mau_delta from analytics_activity"
                        + " where scope_kind = :kind and scope_id = :scope and stat_day <= :to")
                .param("kind", kind)
                .param("scope", scope)
                .param("to", to)
                .query(rs -> {
                    out.put(
                            rs.getObject(1, LocalDate.class),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return out;
    }

    /** Retention cells: cohort week → channel → members per week offset (0..8). */
    Map<LocalDate, Map<String, long[]>> retention(String kind, UUID scope, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, long[]>> out = new TreeMap<>();
        jdbc.sql("select cohort_week, channel, week_offset, members from analytics_retention"
                        + " where scope_kind = :kind and scope_id = :scope and cohort_week >= :from"
                        + " and cohort_week <= :to")
                .param("kind", kind)
                .param("scope", scope)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new TreeMap<>())
                                    .computeIfAbsent(rs.getString(2), k -> new long[Calendar.LAST_WEEK + 1])[
                                    rs.getInt(3)] +=
                            rs.getLong(4);
                });
        return out;
    }

    /** Funnel columns per day for one campaign, or for all campaigns (kept under the nil id) when null. */
    Map<LocalDate, Map<String, Long>> funnel(@Nullable UUID campaign, LocalDate from, LocalDate to) {
        return daily(
                "analytics_funnel",
                FUNNEL,
                "campaign_id",
                campaign == null ? Calendar.PLATFORM_ID : campaign,
                from,
                to);
    }

    Map<LocalDate, Map<String, Long>> group(UUID group, LocalDate to) {
        return daily("analytics_group_day", GROUP, "group_id", group, LocalDate.of(1970, 1, 1), to);
    }

    Map<LocalDate, Map<String, Long>> viral(String kind, UUID scope, LocalDate from, LocalDate to) {
        return daily(
                "analytics_viral",
                List.of("senders", "invited", "converted"),
                "scope_id",
                scope,
                from,
                to,
                " and scope_kind = '" + (kind.equals(Calendar.GROUP) ? Calendar.GROUP : Calendar.CAMPAIGN) + "'");
    }

    private Map<LocalDate, Map<String, Long>> daily(
            String table,
            List<String> columns,
            @Nullable String keyColumn,
            @Nullable UUID key,
            LocalDate from,
            LocalDate to) {
        return daily(table, columns, keyColumn, key, from, to, "");
    }

    private Map<LocalDate, Map<String, Long>> daily(
            String table,
            List<String> columns,
            @Nullable String keyColumn,
            @Nullable UUID key,
            LocalDate from,
            LocalDate to,
            String extra) {
        String sums =
                String.join(", ", columns.stream().map(c -> "sum(" + c + ")").toList());
        Map<LocalDate, Map<String, Long>> out = new TreeMap<>();
        var spec = jdbc.sql("select stat_day, " + sums + " from " + table
                        + " where stat_day >= :from and stat_day <= :to"
                        + (keyColumn == null ? "" : " and " + keyColumn + " = :key") + extra + " group by stat_day")
                .param("from", from)
                .param("to", to);
        if (keyColumn != null) {
            spec = spec.param("key", key);
        }
        spec.query(rs -> {
            Map<String, Long> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), rs.getLong(i + 2));
            }
            out.put(rs.getObject(1, LocalDate.class), row);
        });
        return out;
    }

    /** Duration histograms per day of a metric, for one scope or (scope null) all scopes of the kind. */
    Map<LocalDate, Map<Integer, Long>> durations(
            String kind, @Nullable UUID scope, String metric, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<Integer, Long>> out = new TreeMap<>();
        var spec = jdbc.sql("select stat_day, bucket, sum(n) from analytics_duration where scope_kind = :kind"
                        + (scope == null ? "" : " and scope_id = :scope")
                        + " and metric = :metric and stat_day >= :from and stat_day <= :to group by stat_day, bucket")
                .param("kind", kind)
                .param("metric", metric)
                .param("from", from)
                .param("to", to);
        if (scope != null) {
            spec = spec.param("scope", scope);
        }
        spec.query(rs -> {
            out.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new HashMap<>())
                    .merge(rs.getInt(2), rs.getLong(3), Long::sum);
        });
        return out;
    }

    /** The histograms of several metrics of one scope, summed over the days: one indexed read per metric range. */
    Map<String, Map<Integer, Long>> durations(
            String kind, UUID scope, List<String> metrics, LocalDate from, LocalDate to) {
        Map<String, Map<Integer, Long>> out = new HashMap<>();
        metrics.forEach(m -> out.put(m, new HashMap<>()));
        jdbc.sql("select metric, bucket, sum(n) from analytics_duration where scope_kind = :kind and scope_id = :scope"
                        + " and metric in (:metrics) and stat_day >= :from and stat_day <= :to group by metric, bucket")
                .param("kind", kind)
                .param("scope", scope)
                .param("metrics", metrics)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    out.get(rs.getString(1)).merge(rs.getInt(2), rs.getLong(3), Long::sum);
                });
        return out;
    }

    /** Sums the daily histograms. */
    static Map<Integer, Long> merged(Map<LocalDate, Map<Integer, Long>> daily) {
        Map<Integer, Long> out = new HashMap<>();
        daily.values().forEach(h -> h.forEach((b, n) -> out.merge(b, n, Long::sum)));
        return out;
    }
}
