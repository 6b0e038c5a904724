package io.huzhu.feed;

import io.huzhu.feed.MessageHeld.HeldFinding;
import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.safety.Action;
import io.huzhu.safety.ContentSafety;
import io.huzhu.safety.Finding;
import io.huzhu.safety.ScreenContext;
import io.huzhu.safety.Verdict;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a message through the content pipeline before anything is stored: a refusal stores nothing and tells the
 * sender why (the raw value is never echoed back or logged); a mask stores the masked text; a hold stores it
 * invisible to members until a moderator approves. New members are sandboxed: a few posts a day.
 */
@Component
class Screening {

    static final Duration SANDBOX = Duration.ofDays(3);
    static final int SANDBOX_POSTS_PER_DAY = 5;
    private final ContentSafety safety;
    private final Groups groups;
    private final FeedRepository feed;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate independent;
    private final Clock clock;

    Screening(
            ContentSafety safety,
            Groups groups,
            FeedRepository feed,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.safety = safety;
        this.groups = groups;
        this.feed = feed;
        this.events = events;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The outcome for one text: what to store (masked where needed) and whether it is held. */
    record Outcome(@Nullable String text, boolean held, Verdict verdict) {}

    Outcome screen(Membership member, @Nullable String text) {
        Instant now = clock.instant();
        checkSandbox(member, now);
        if (text == null) {
            return new Outcome(null, false, Verdict.allow(""));
        }
        GroupId group = member.groupId();
        UserId author = member.userId();
        int earlier = (int) Math.min(Integer.MAX_VALUE, feed.countByAuthor(group, author, Instant.EPOCH));
        boolean newMember = member.joinedAt().plus(SANDBOX).isAfter(now);
        Verdict verdict = safety.screen(
                text,
                new ScreenContext("MESSAGE", group, author, groups.allowedLinkDomains(group), earlier, newMember));
        if (verdict.action() == Action.REJECT) {
            // Counted for the group's safety score even though nothing is stored.
            independent.executeWithoutResult(s -> events.publishEvent(screened(group, author, verdict, now)));
            throw rejected(verdict);
        }
        events.publishEvent(screened(group, author, verdict, now));
        String stored = verdict.action() == Action.ALLOW ? text : verdict.masked();
        return new Outcome(stored, verdict.action() == Action.HOLD, verdict);
    }

    MessageHeld held(MessageRow row, Verdict verdict) {
        return new MessageHeld(
                row.id(),
                row.groupId(),
                row.authorId(),
                verdict.findings().stream()
                        .filter(f -> f.action() == Action.HOLD)
                        .map(f -> new HeldFinding(f.type().name(), f.rule(), f.explanationEn()))
                        .toList(),
                row.createdAt(),
                row.kind());
    }

    private void checkSandbox(Membership member, Instant now) {
        if (member.canModerate() || !member.joinedAt().plus(SANDBOX).isAfter(now)) {
            return;
        }
        long today = feed.countByAuthor(member.groupId(), member.userId(), now.minus(Duration.ofDays(1)));
        if (today >= SANDBOX_POSTS_PER_DAY) {
            throw new HuzhuException(
                    ErrorCode.NEW_MEMBER_POST_LIMIT,
                    "New members may post " + SANDBOX_POSTS_PER_DAY + " messages a day during their first "
                            + SANDBOX.toDays() + " days in a group",
                    List.of(),
                    Map.of("retryAfterSeconds", 3600));
        }
    }

    private static MessageScreened screened(GroupId group, UserId author, Verdict verdict, Instant now) {
        return new MessageScreened(
                group,
                author,
                verdict.action().name(),
                verdict.findings().stream().map(f -> f.type().name()).distinct().toList(),
                now);
    }

    /** The findings go back to the sender with positions and explanations; the matched text is never included. */
    private static HuzhuException rejected(Verdict verdict) {
        List<Map<String, Object>> findings = verdict.findings().stream()
                .filter(f -> f.action() == Action.REJECT)
                .map(Screening::describe)
                .toList();
        String detail = verdict.findings().stream()
                .filter(f -> f.action() == Action.REJECT)
                .map(Finding::explanationEn)
                .findFirst()
                .orElse(ErrorCode.CONTENT_REJECTED.title());
        return new HuzhuException(ErrorCode.CONTENT_REJECTED, detail, List.of(), Map.of("findings", findings));
    }

    private static Map<String, Object> describe(Finding f) {
        return Map.of(
                "type", f.type().name(),
                "start", f.start(),
                "end", f.end(),
                "rule", f.rule(),
                "action", f.action().name(),
                "explanationZh", f.explanationZh(),
                "explanationEn", f.explanationEn());
    }
}
