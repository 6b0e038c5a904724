package io.huzhu.analytics;

import io.huzhu.analytics.ActivityRollup.Hint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Group health: joins and departures, messages and help posts (and how many were completed), time to first help,
 * the safety pipeline's holds and personal-data incidents, reports and time to action, and the group's members'
 * activity and invitations.
 */
@Component
class GroupRollup {

    private final PostRows posts;
    private final MemberRows members;
    private final ActivityRollup activity;

    GroupRollup(PostRows posts, MemberRows members, ActivityRollup activity) {
        this.posts = posts;
        this.members = members;
        this.activity = activity;
    }

    void fold(Counters c, Calendar cal, Fact f) {
        UUID group = Objects.requireNonNull(f.group());
        LocalDate day = cal.day(f.at());
        var row = Counters.group(group, day);
        switch (f.kind()) {
            case MEMBER_JOINED -> joined(c, cal, f, group, day);
            case MEMBER_LEFT -> c.add(row, "departures", 1);
            case MESSAGE_POSTED -> posted(c, cal, f, group, day);
            case MESSAGE_SCREENED -> {
                c.add(row, "screened", 1);
                c.add(row, "held_flagged", f.amount() & 1);
                c.add(row, "pii_incidents", (f.amount() >> 1) & 1);
            }
            case HELP_REPORTED -> {
                UUID helper = Objects.requireNonNull(f.user());
                for (var post : posts.ofMessage(Objects.requireNonNull(f.other()), "first_help_at", f.at())) {
                    firstHelp(c, cal, post, f.at());
                }
                contributed(c, cal, group, helper, f.at());
                activity.touch(c, cal, Calendar.PLATFORM, Calendar.PLATFORM_ID, helper, f.at(), null, false);
            }
            case HELP_CONFIRMED -> {
                for (var post : posts.ofMessage(Objects.requireNonNull(f.other()), "done_at", f.at())) {
                    done(c, cal, post, f.at());
                }
            }
            case REPORT_FILED -> {
                c.add(row, "reports", 1);
                c.add(row, "off_topic_reports", "OFF_TOPIC".equals(f.label()) ? 1 : 0);
            }
            case CASE_ACTIONED -> {
                c.add(row, "actioned", 1);
                Instant reported = f.at2();
                if (reported != null && !f.at().isBefore(reported)) {
                    c.add(
                            Counters.duration(
                                    Calendar.GROUP,
                                    group,
                                    "to_action",
                                    day,
                                    Durations.bucket(Duration.between(reported, f.at()))),
                            "n",
                            1);
                }
            }
            default -> throw new IllegalArgumentException(f.kind().name());
        }
    }

    private void joined(Counters c, Calendar cal, Fact f, UUID group, LocalDate day) {
        UUID user = Objects.requireNonNull(f.user());
        UUID inviter = f.other();
        c.add(Counters.group(group, day), "joins", 1);
        boolean first = members.find(Calendar.GROUP, group, user).isEmpty();
        Hint hint = inviter == null
                ? Hint.DIRECT_HINT
                : new Hint(
                        ActivityRollup.INVITE,
                        inviter,
                        members.find(Calendar.GROUP, group, inviter)
                                .map(MemberRows.Member::firstAt)
                                .orElse(null));
        activity.touch(c, cal, Calendar.GROUP, group, user, f.at(), hint, false);
        if (first) {
            c.add(Counters.viral(Calendar.GROUP, group, day), "senders", 1);
        }
        Hint platform = inviter == null ? Hint.DIRECT_HINT : new Hint(ActivityRollup.INVITE, inviter, null);
        activity.touch(c, cal, Calendar.PLATFORM, Calendar.PLATFORM_ID, user, f.at(), platform, false);
    }

    private void posted(Counters c, Calendar cal, Fact f, UUID group, LocalDate day) {
        UUID author = Objects.requireNonNull(f.user());
        c.add(Counters.group(group, day), "messages", 1);
        if (("TASK".equals(f.label()) || "LINK".equals(f.label()))
                && posts.insert(Objects.requireNonNull(f.other()), group, f.task(), f.at())) {
            c.add(Counters.group(group, day), "help_posts", 1);
        }
        contributed(c, cal, group, author, f.at());
        activity.touch(c, cal, Calendar.PLATFORM, Calendar.PLATFORM_ID, author, f.at(), Hint.DIRECT_HINT, false);
    }

    /** An assist on a task: the first help of the group posts that carry it; a member's help counts as activity. */
    void helped(Counters c, Calendar cal, UUID task, UUID helper, Instant at) {
        for (var post : posts.ofTask(task, null, at)) {
            firstHelp(c, cal, post, at);
            contributed(c, cal, post.group(), helper, at);
        }
    }

    /** A task succeeded: its group posts are done. */
    void done(Counters c, Calendar cal, UUID task, Instant at) {
        for (var post : posts.ofTask(task, "done_at", at)) {
            done(c, cal, post, at);
        }
    }

    private void firstHelp(Counters c, Calendar cal, PostRows.Post post, Instant at) {
        if (posts.set(post.message(), "first_help_at", at)) {
            c.add(
                    Counters.duration(
                            Calendar.GROUP,
                            post.group(),
                            "first_help",
                            cal.day(post.postedAt()),
                            Durations.bucket(Duration.between(post.postedAt(), at))),
                    "n",
                    1);
        }
    }

    private void done(Counters c, Calendar cal, PostRows.Post post, Instant at) {
        if (posts.set(post.message(), "done_at", at)) {
            c.add(Counters.group(post.group(), cal.day(post.postedAt())), "help_done", 1);
        }
    }

    /** Activity in the group counts for its members only (a helper from outside is not a member). */
    private void contributed(Counters c, Calendar cal, UUID group, UUID user, Instant at) {
        if (members.find(Calendar.GROUP, group, user).isPresent()) {
            activity.touch(c, cal, Calendar.GROUP, group, user, at, null, true);
        }
    }
}
