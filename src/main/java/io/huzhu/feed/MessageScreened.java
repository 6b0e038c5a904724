package io.huzhu.feed;

import io.huzhu.risk.ContentSignal;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Every message screened by the pipeline, with the action taken and the finding types (for the group safety score:
 * share held for links, ads or personal data; personal-data incidents) and risk control (paid-help offers against
 * their author). Rejected texts were not stored.
 */
public record MessageScreened(GroupId groupId, UserId authorId, String action, List<String> findingTypes, Instant at)
        implements ContentSignal {}
