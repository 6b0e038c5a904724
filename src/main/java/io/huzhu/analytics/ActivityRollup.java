package io.huzhu.analytics;

import io.huzhu.analytics.MemberRows.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Active members, new members, retention cohorts and viral arrivals of one scope (the platform or a group), kept
 * exact whatever order a member's days arrive in: a new active day adds itself to the trailing 7- and 30-day windows
 * of the days it alone covers (between the member's previous and next active days), and a member whose first day or
 * channel changes moves their retention cells.
 */
@Component
class ActivityRollup {

    static final String DIRECT = "direct";
    static final String SHARE = "share";
    static final String INVITE = "invite";
    static final Duration CONVERSION_WINDOW = Duration.ofDays(7);

    /** What brought a member: the channel, and who or what referred them and when that referrer arrived. */
    record Hint(
            String channel,
            @Nullable UUID referrer,
            @Nullable Instant referrerAt) {
        static final Hint DIRECT_HINT = new Hint(DIRECT, null, null);
    }

    private final MemberRows members;

    ActivityRollup(MemberRows members) {
        this.members = members;
    }

    /**
     * The member was active at {@code at}. A {@code hint} decides their channel if nothing decided it before;
     * {@code contributes} marks an action that converts an invited member (a task started, a post, a help).
     */
    void touch(
            Counters c,
            Calendar cal,
            String kind,
            UUID scope,
            UUID user,
            Instant at,
            @Nullable Hint hint,
            boolean contributes) {
        LocalDate day = cal.day(at);
        Member before = members.find(kind, scope, user).orElse(null);
        Member member;
        if (before == null) {
            Hint h = hint == null ? Hint.DIRECT_HINT : hint;
            member = new Member(at, day, h.channel(), hint != null, h.referrer(), h.referrerAt(), null);
            members.insert(kind, scope, user, member);
            c.add(Counters.activity(kind, scope, day), "new_members", 1);
            invited(c, kind, scope, member);
        } else {
            member = before;
            if (at.isBefore(member.firstAt())) {
                member = new Member(
                        at,
                        day,
                        member.channel(),
                        member.decided(),
                        member.referrer(),
                        member.referrerAt(),
                        member.convertedAt());
                c.add(Counters.activity(kind, scope, before.firstDay()), "new_members", -1);
                c.add(Counters.activity(kind, scope, day), "new_members", 1);
            }
            if (!member.decided() && hint != null) {
                member = new Member(
                        member.firstAt(),
                        member.firstDay(),
                        hint.channel(),
                        true,
                        hint.referrer(),
                        hint.referrerAt(),
                        member.convertedAt());
                invited(c, kind, scope, member);
            }
            if (!member.equals(before)) {
                moveRetention(c, kind, scope, user, before, member);
                members.update(kind, scope, user, member);
            }
        }
        if (members.activeOn(kind, scope, user, day)) {
            newActiveDay(c, kind, scope, user, day, member);
        }
        if (contributes) {
            convert(c, cal, kind, scope, user, at, member);
        }
    }

    private void newActiveDay(Counters c, String kind, UUID scope, UUID user, LocalDate day, Member member) {
        c.add(Counters.activity(kind, scope, day), "dau", 1);
        List<LocalDate> near = members.activeDays(kind, scope, user, day.minusDays(30), day.plusDays(30));
        LocalDate prev = null;
        LocalDate next = null;
        boolean weekSeen = false;
        LocalDate week = Calendar.week(day);
        for (LocalDate d : near) {
            if (d.isBefore(day)) {
                prev = d;
            } else if (d.isAfter(day) && next == null) {
                next = d;
            }
            if (!d.equals(day) && Calendar.week(d).equals(week)) {
                weekSeen = true;
            }
        }
        window(c, kind, scope, day, prev, next, 7, "wau_delta");
        window(c, kind, scope, day, prev, next, 30, "mau_delta");
        if (!weekSeen) {
            cell(c, kind, scope, member, week, 1);
        }
    }

    /** Adds the days [max(day, prev + n), min(day + n - 1, next - 1)] to the n-day window counts. */
    private static void window(
            Counters c,
            String kind,
            UUID scope,
            LocalDate day,
            @Nullable LocalDate prev,
            @Nullable LocalDate next,
            int n,
            String column) {
        LocalDate from = prev == null || prev.plusDays(n).isBefore(day) ? day : prev.plusDays(n);
        LocalDate to = day.plusDays(n - 1);
        if (next != null && !next.minusDays(1).isAfter(to)) {
            to = next.minusDays(1);
        }
        if (!from.isAfter(to)) {
            c.add(Counters.activity(kind, scope, from), column, 1);
            c.add(Counters.activity(kind, scope, to.plusDays(1)), column, -1);
        }
    }

    private static void cell(Counters c, String kind, UUID scope, Member member, LocalDate week, int delta) {
        LocalDate cohort = Calendar.week(member.firstDay());
        int offset = Calendar.weeksBetween(cohort, week);
        if (offset >= 0 && offset <= Calendar.LAST_WEEK) {
            c.add(Counters.retention(kind, scope, cohort, member.channel(), offset), "members", delta);
        }
    }

    private void moveRetention(Counters c, String kind, UUID scope, UUID user, Member before, Member after) {
        if (before.firstDay().equals(after.firstDay()) && before.channel().equals(after.channel())) {
            return;
        }
        LocalDate from =
                Calendar.week(after.firstDay().isBefore(before.firstDay()) ? after.firstDay() : before.firstDay());
        LocalDate to = from.plusWeeks(Calendar.LAST_WEEK + 1)
                .plusWeeks(Math.abs(
                        Calendar.weeksBetween(Calendar.week(before.firstDay()), Calendar.week(after.firstDay()))));
        TreeSet<LocalDate> weeks = new TreeSet<>();
        members.activeDays(kind, scope, user, from, to).forEach(d -> weeks.add(Calendar.week(d)));
        for (LocalDate week : weeks) {
            cell(c, kind, scope, before, week, -1);
            cell(c, kind, scope, after, week, 1);
        }
    }

    /** A member brought by a share link (to a campaign) or an invitation (to a group) counts as invited. */
    private static void invited(Counters c, String kind, UUID scope, Member m) {
        viralScope(kind, scope, m).ifPresent(s -> c.add(Counters.viral(s.kind(), s.id(), m.firstDay()), "invited", 1));
    }

    private void convert(Counters c, Calendar cal, String kind, UUID scope, UUID user, Instant at, Member m) {
        if (m.convertedAt() != null
                || at.isBefore(m.firstAt())
                || at.isAfter(m.firstAt().plus(CONVERSION_WINDOW))) {
            return;
        }
        var target = viralScope(kind, scope, m);
        if (target.isEmpty()) {
            return;
        }
        members.update(
                kind,
                scope,
                user,
                new Member(m.firstAt(), m.firstDay(), m.channel(), m.decided(), m.referrer(), m.referrerAt(), at));
        c.add(Counters.viral(target.get().kind(), target.get().id(), m.firstDay()), "converted", 1);
        if (m.referrerAt() != null && !at.isBefore(m.referrerAt())) {
            c.add(
                    Counters.duration(
                            target.get().kind(),
                            target.get().id(),
                            "cycle",
                            m.firstDay(),
                            Durations.bucket(Duration.between(m.referrerAt(), at))),
                    "n",
                    1);
        }
    }

    record Scope(String kind, UUID id) {}

    private static java.util.Optional<Scope> viralScope(String kind, UUID scope, Member m) {
        if (kind.equals(Calendar.PLATFORM) && m.channel().equals(SHARE) && m.referrer() != null) {
            return java.util.Optional.of(new Scope(Calendar.CAMPAIGN, m.referrer()));
        }
        if (kind.equals(Calendar.GROUP) && m.channel().equals(INVITE)) {
            return java.util.Optional.of(new Scope(Calendar.GROUP, scope));
        }
        return java.util.Optional.empty();
    }
}
