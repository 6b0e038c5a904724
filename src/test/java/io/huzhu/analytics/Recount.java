package io.huzhu.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Counts a {@link RandomHistory} again, directly from its events, by the definitions of docs/analytics.md. */
final class Recount {

    private final RandomHistory h;
    private final ZoneId zone;

    Recount(RandomHistory h, ZoneId zone) {
        this.h = h;
        this.zone = zone;
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Each group member's active days. */
    Map<UUID, Set<LocalDate>> groupDays() {
        Map<UUID, Set<LocalDate>> out = new HashMap<>();
        h.joined.forEach((u, at) -> out.computeIfAbsent(u, k -> new HashSet<>()).add(day(at)));
        h.posts.forEach((u, list) -> list.forEach(at -> out.get(u).add(day(at))));
        return out;
    }

    /** day → {dau, wau, mau, new}. */
    Map<LocalDate, long[]> active(LocalDate from, LocalDate to) {
        Map<UUID, Set<LocalDate>> days = groupDays();
        Map<LocalDate, long[]> out = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long dau = 0, wau = 0, mau = 0, fresh = 0;
            for (Set<LocalDate> set : days.values()) {
                LocalDate x = d;
                dau += set.contains(x) ? 1 : 0;
                wau += set.stream().anyMatch(a -> !a.isAfter(x) && a.isAfter(x.minusDays(7))) ? 1 : 0;
                mau += set.stream().anyMatch(a -> !a.isAfter(x) && a.isAfter(x.minusDays(30))) ? 1 : 0;
                fresh += Collections.min(set).equals(x) ? 1 : 0;
            }
            out.put(d, new long[] {dau, wau, mau, fresh});
        }
        return out;
    }

    /** cohort week → channel → members active in week offsets 0..8. */
    Map<LocalDate, Map<String, long[]>> retention() {
        Map<LocalDate, Map<String, long[]>> out = new TreeMap<>();
        groupDays().forEach((u, set) -> {
            LocalDate cohort = Calendar.week(Collections.min(set));
            String channel = h.inviter.containsKey(u) ? ActivityRollup.INVITE : ActivityRollup.DIRECT;
            long[] cells = out.computeIfAbsent(cohort, k -> new TreeMap<>())
                    .computeIfAbsent(channel, k -> new long[Calendar.LAST_WEEK + 1]);
            set.stream().map(Calendar::week).distinct().forEach(w -> {
                int offset = Calendar.weeksBetween(cohort, w);
                if (offset <= Calendar.LAST_WEEK) {
                    cells[offset]++;
                }
            });
        });
        return out;
    }

    /** Funnel sums of a campaign. */
    Map<String, Long> funnel(UUID campaign) {
        Map<String, Long> out = new HashMap<>();
        Reads.FUNNEL.forEach(c -> out.put(c, 0L));
        for (var t : h.tasks) {
            if (!t.campaign().equals(campaign)) {
                continue;
            }
            out.merge("started", 1L, Long::sum);
            out.merge("first_assists", t.assists().isEmpty() ? 0L : 1L, Long::sum);
            out.merge("assists", (long) t.assists().size(), Long::sum);
            out.merge("voided", (long) t.voided(), Long::sum);
            if (t.succeeded() != null) {
                out.merge("succeeded", 1L, Long::sum);
                out.merge("success_assists", (long) t.assists().size(), Long::sum);
            } else {
                out.merge("expired", 1L, Long::sum);
            }
            if (t.rewarded() != null) {
                out.merge(t.claimed() ? "claimed" : "settled", 1L, Long::sum);
                out.merge("budget_cents", t.cents(), Long::sum);
            }
        }
        return out;
    }

    /** The lower median of a step's durations, as the histogram reports it (its bucket's representative). */
    Long median(UUID campaign, String metric) {
        List<Duration> all = new ArrayList<>();
        for (var t : h.tasks) {
            if (!t.campaign().equals(campaign)) {
                continue;
            }
            switch (metric) {
                case "first_assist" -> {
                    if (!t.assists().isEmpty()) {
                        all.add(Duration.between(t.started(), t.assists().get(0)));
                    }
                }
                case "to_success" -> {
                    if (t.succeeded() != null) {
                        all.add(Duration.between(t.assists().get(0), t.succeeded()));
                    }
                }
                case "to_claim" -> {
                    if (t.rewarded() != null && t.claimed()) {
                        all.add(Duration.between(t.succeeded(), t.rewarded()));
                    }
                }
                default -> {
                    if (t.rewarded() != null && !t.claimed()) {
                        all.add(Duration.between(t.expired(), t.rewarded()));
                    }
                }
            }
        }
        return lowerMedian(all);
    }

    static Long lowerMedian(List<Duration> all) {
        if (all.isEmpty()) {
            return null;
        }
        List<Integer> buckets = all.stream().map(Durations::bucket).sorted().toList();
        return Durations.seconds(buckets.get((buckets.size() + 1) / 2 - 1));
    }

    /** senders, invited, converted of a campaign; and the cycle median. */
    long[] viral(UUID campaign) {
        Set<UUID> senders = new HashSet<>();
        h.tasks.stream().filter(t -> t.campaign().equals(campaign)).forEach(t -> senders.add(t.initiator()));
        long invited = 0;
        long converted = 0;
        for (var e : h.broughtBy.entrySet()) {
            if (!e.getValue().campaign().equals(campaign)) {
                continue;
            }
            invited++;
            converted += ownStart(e.getKey()) == null ? 0 : 1;
        }
        return new long[] {senders.size(), invited, converted};
    }

    Long cycleMedian(UUID campaign) {
        List<Duration> all = new ArrayList<>();
        for (var e : h.broughtBy.entrySet()) {
            Instant own = ownStart(e.getKey());
            if (e.getValue().campaign().equals(campaign) && own != null) {
                all.add(Duration.between(e.getValue().started(), own));
            }
        }
        return lowerMedian(all);
    }

    /** The outsider's first own task start within 7 days of their first assist. */
    private Instant ownStart(UUID outsider) {
        Instant first = h.firstAssist.get(outsider);
        return h.tasks.stream()
                .filter(t -> t.initiator().equals(outsider))
                .map(RandomHistory.Task::started)
                .filter(s -> !s.isBefore(first) && !s.isAfter(first.plus(Duration.ofDays(7))))
                .min(Instant::compareTo)
                .orElse(null);
    }
}
