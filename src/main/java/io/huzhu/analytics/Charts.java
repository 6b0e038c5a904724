package io.huzhu.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Active members and retention tables, for the platform or a group (definitions in docs/analytics.md). */
@Component
class Charts {

    static final List<String> CHANNELS = List.of(ActivityRollup.SHARE, ActivityRollup.INVITE, ActivityRollup.DIRECT);
    private final Reads reads;
    private final SmallNumbers small;

    Charts(Reads reads, SmallNumbers small) {
        this.reads = reads;
        this.small = small;
    }

    /** Per day: active members that day, in the trailing 7 and 30 days (including the day), new and returning. */
    Table active(String chart, String kind, UUID scope, LocalDate from, LocalDate to) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var day : activeSeries(kind, scope, from, to)) {
            rows.add(Arrays.asList(
                    day.day().toString(),
                    small.members(day.dau()),
                    small.members(day.wau()),
                    small.members(day.mau()),
                    small.members(day.fresh()),
                    small.members(day.dau() - day.fresh())));
        }
        return new Table(chart, List.of("day", "dau", "wau", "mau", "new", "returning"), rows);
    }

    record ActiveDay(LocalDate day, long dau, long wau, long mau, long fresh) {}

    List<ActiveDay> activeSeries(String kind, UUID scope, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> raw = reads.activity(kind, scope, to);
        List<ActiveDay> out = new ArrayList<>();
        long wau = 0;
        long mau = 0;
        var it = raw.entrySet().iterator();
        var next = it.hasNext() ? it.next() : null;
        LocalDate start = raw.isEmpty() || from.isBefore(raw.keySet().iterator().next())
                ? from
                : raw.keySet().iterator().next();
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            long dau = 0;
            long fresh = 0;
            while (next != null && !next.getKey().isAfter(d)) {
                wau += next.getValue()[2];
                mau += next.getValue()[3];
                if (next.getKey().equals(d)) {
                    dau = next.getValue()[0];
                    fresh = next.getValue()[1];
                }
                next = it.hasNext() ? it.next() : null;
            }
            if (!d.isBefore(from)) {
                out.add(new ActiveDay(d, dau, wau, mau, fresh));
            }
        }
        return out;
    }

    /**
     * Weekly cohorts by the week of first activity: the cohort's size and the share of it active in weeks 0..8, for
     * all channels together and for each channel.
     */
    Table retention(String chart, String kind, UUID scope, LocalDate from, LocalDate to) {
        List<String> columns = new ArrayList<>(List.of("cohort_week", "channel", "members"));
        for (int w = 0; w <= Calendar.LAST_WEEK; w++) {
            columns.add("week_" + w);
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        reads.retention(kind, scope, Calendar.week(from), to).forEach((week, byChannel) -> {
            long[] all = new long[Calendar.LAST_WEEK + 1];
            byChannel.values().forEach(cells -> {
                for (int w = 0; w < all.length; w++) {
                    all[w] += cells[w];
                }
            });
            rows.add(cohortRow(week, "all", all, to));
            for (String channel : CHANNELS) {
                long[] cells = byChannel.get(channel);
                if (cells != null && cells[0] > 0) {
                    rows.add(cohortRow(week, channel, cells, to));
                }
            }
        });
        return new Table(chart, columns, rows);
    }

    /** Weeks that have not begun by {@code to} are empty (null), not zero. */
    private List<@Nullable Object> cohortRow(LocalDate week, String channel, long[] cells, LocalDate to) {
        List<@Nullable Object> row = new ArrayList<>(List.of(week.toString(), channel, small.members(cells[0])));
        for (int w = 0; w < cells.length; w++) {
            row.add(week.plusWeeks(w).isAfter(to) ? null : small.share(cells[w], cells[0]));
        }
        return row;
    }
}
