package io.huzhu.moderation;

import io.huzhu.group.GroupFacts;
import io.huzhu.group.Groups;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.RateLimits;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the safety score from this module's own counters and the group's facts. */
@Service
class SafetyScores {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration ADMIN_WINDOW = Duration.ofDays(7);

    // Invite codes are short; limiting lookups per user keeps guessing them impractical (as the group preview does).
    private final RateLimiter codeLookups;
    private final Groups groups;
    private final Counters counters;
    private final Cases cases;
    private final Clock clock;

    SafetyScores(Groups groups, Counters counters, Cases cases, Clock clock, RateLimits limits) {
        this.codeLookups = limits.limiter("safety score code lookups", 60, Duration.ofMinutes(1));
        this.groups = groups;
        this.counters = counters;
        this.cases = cases;
        this.clock = clock;
    }

    /** Members see their group's score; anyone signed in sees it with the group's invite code. */
    @Transactional(readOnly = true)
    SafetyScore.Score score(GroupId group, UserId caller, @Nullable String code) {
        if (groups.membership(group, caller).isEmpty()) {
            if (code == null || code.isBlank()) {
                throw HuzhuException.of(ErrorCode.GROUP_NOT_FOUND);
            }
            codeLookups.acquire(caller.toString());
            if (!groups.byInviteCode(code.strip()).map(group::equals).orElse(false)) {
                throw HuzhuException.of(ErrorCode.GROUP_NOT_FOUND);
            }
        }
        GroupFacts facts = groups.facts(group).orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
        Instant now = clock.instant();
        Counters.Totals totals = counters.since(group, now.minus(WINDOW));
        return SafetyScore.of(new SafetyScore.Inputs(
                facts.rulesPresent(),
                facts.members(),
                facts.acknowledgedCurrentRules(),
                facts.moderators().size(),
                counters.activeSince(group, facts.moderators(), now.minus(ADMIN_WINDOW)),
                median(cases.responseTimes(group, now.minus(WINDOW))),
                totals.screened(),
                totals.heldFlagged(),
                totals.piiIncidents(),
                totals.messages(),
                totals.offTopicReports(),
                totals.departures()));
    }

    static @Nullable Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(mid)
                : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
