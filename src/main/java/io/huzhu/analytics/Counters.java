package io.huzhu.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counter increments collected while a batch of facts is folded and written at its end, one statement per counter
 * row: many facts about the same day touch the same rows. Rows are written in key order.
 */
final class Counters {

    /** A counter row: its table, key columns and values. */
    record Row(String table, List<String> keys, List<Object> values) {
        String sortKey() {
            return table + values;
        }
    }

    private final Map<String, Row> rows = new TreeMap<>();
    private final Map<String, Map<String, Long>> deltas = new TreeMap<>();

    void add(Row row, String column, long delta) {
        if (delta == 0) {
            return;
        }
        String key = row.sortKey();
        rows.putIfAbsent(key, row);
        deltas.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(column, delta, Long::sum);
    }

    static Row activity(String kind, UUID scope, LocalDate day) {
        return new Row("analytics_activity", List.of("scope_kind", "scope_id", "stat_day"), List.of(kind, scope, day));
    }

    static Row retention(String kind, UUID scope, LocalDate week, String channel, int offset) {
        return new Row(
                "analytics_retention",
                List.of("scope_kind", "scope_id", "cohort_week", "channel", "week_offset"),
                List.of(kind, scope, week, channel, offset));
    }

    static Row funnel(UUID campaign, LocalDate day) {
        return new Row("analytics_funnel", List.of("campaign_id", "stat_day"), List.of(campaign, day));
    }

    static Row group(UUID group, LocalDate day) {
        return new Row("analytics_group_day", List.of("group_id", "stat_day"), List.of(group, day));
    }

    static Row viral(String kind, UUID scope, LocalDate day) {
        return new Row("analytics_viral", List.of("scope_kind", "scope_id", "stat_day"), List.of(kind, scope, day));
    }

    static Row duration(String kind, UUID scope, String metric, LocalDate day, int bucket) {
        return new Row(
                "analytics_duration",
                List.of("scope_kind", "scope_id", "metric", "stat_day", "bucket"),
                List.of(kind, scope, metric, day, bucket));
    }

    void flush(JdbcTemplate jdbc) {
        for (var entry : rows.entrySet()) {
            Row row = entry.getValue();
            Map<String, Long> changes = deltas.get(entry.getKey());
            if (changes.values().stream().allMatch(v -> v == 0)) {
                continue;
            }
            String keys = String.join(", ", row.keys());
            String marks = String.join(", ", row.keys().stream().map(k -> "?").toList());
            jdbc.update(
                    "insert into " + row.table() + " (" + keys + ") values (" + marks + ") on conflict do nothing",
                    row.values().toArray());
            List<Object> args = new ArrayList<>(changes.values());
            args.addAll(row.values());
            String sets = String.join(
                    ", ",
                    changes.keySet().stream().map(c -> c + " = " + c + " + ?").toList());
            String where = String.join(
                    " and ", row.keys().stream().map(k -> k + " = ?").toList());
            jdbc.update("update " + row.table() + " set " + sets + " where " + where, args.toArray());
        }
        rows.clear();
        deltas.clear();
    }
}
