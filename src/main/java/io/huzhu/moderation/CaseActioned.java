package io.huzhu.moderation;

import io.huzhu.shared.GroupId;
import java.time.Instant;
import java.util.UUID;

/**
 * A moderator acted on a reported case (an action or a dismissal closed it): the first report's time and the
 * action's, for the time to action. {@code firstReportAt} is null for a case no member reported (held content).
 */
public record CaseActioned(
        UUID caseId,
        GroupId groupId,
        @org.jspecify.annotations.Nullable Instant firstReportAt,
        Instant at) {}
