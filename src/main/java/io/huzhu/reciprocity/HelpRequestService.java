package io.huzhu.reciprocity;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the feed calls when a member posts a help request. {@link #checkMayPost} only reads, so a post refused later
 * for another reason costs no allowance; {@link #open} takes the allowance with a conditional update, which is what
 * holds under concurrency, and fails the caller's transaction (and so the post) when it is gone. Both join the
 * caller's transaction.
 */
@Service
class HelpRequestService implements HelpRequests {

    static final int MAX_LINK = 2048;
    static final int MAX_NOTE = 500;
    private final HelpRequestRepository requests;
    private final PolicyRepository policies;
    private final LedgerRepository ledger;
    private final ReciprocityProperties properties;
    private final Clock clock;

    HelpRequestService(
            HelpRequestRepository requests,
            PolicyRepository policies,
            LedgerRepository ledger,
            ReciprocityProperties properties,
            Clock clock) {
        this.requests = requests;
        this.policies = policies;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void checkMayPost(GroupId group, UserId requester) {
        Instant now = clock.instant();
        PostingPolicy policy = policies.find(group);
        checkHelpFirst(policy, group, requester);
        int posts = policies.postsOn(group, requester, PostingPolicy.day(now, properties.dayZone()));
        if (policy.dailyLimitReached(posts)) {
            throw policy.dailyPosts(now, properties.dayZone());
        }
    }

    @Override
    @Transactional
    public void open(HelpRequestDraft draft) {
        validate(draft);
        Instant now = clock.instant();
        PostingPolicy policy = policies.find(draft.groupId());
        checkHelpFirst(policy, draft.groupId(), draft.requesterId());
        // Counted even when the limit is off, so that a limit switched on during the day sees the day's posts.
        if (!policies.takePost(
                draft.groupId(),
                draft.requesterId(),
                PostingPolicy.day(now, properties.dayZone()),
                policy.dailyBound())) {
            throw policy.dailyPosts(now, properties.dayZone());
        }
        requests.insert(draft, now);
    }

    private void checkHelpFirst(PostingPolicy policy, GroupId group, UserId requester) {
        if (policy.helpBeforePost() == 0) {
            return;
        }
        int given = ledger.balance(group, requester).given();
        if (policy.helpsMissing(given) > 0) {
            throw policy.helpFirst(given);
        }
    }

    private static void validate(HelpRequestDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        switch (draft.kind()) {
            case TASK -> {
                if (draft.taskId() == null) {
                    errors.add(new FieldError("taskId", "REQUIRED", "A task help request names its task"));
                }
            }
            case EXTERNAL_LINK -> {
                if (draft.link() == null
                        || draft.link().isBlank()
                        || draft.link().length() > MAX_LINK) {
                    errors.add(new FieldError("link", "INVALID", "1 to " + MAX_LINK + " characters"));
                }
            }
        }
        if (draft.note() != null && draft.note().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "LENGTH", "At most " + MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
    }
}
