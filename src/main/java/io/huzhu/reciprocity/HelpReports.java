package io.huzhu.reciprocity;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help on external links, which Huzhu cannot see: the helper reports, the requester confirms (booked) or disputes
 * (admins decide), and a report nobody answers lapses without booking.
 */
@Service
class HelpReports {

    enum Decision {
        CONFIRM,
        DISPUTE
    }

    enum Resolution {
        CONFIRM,
        REJECT
    }

    private final HelpRequestRepository requests;
    private final HelpReportRepository reports;
    private final LedgerRepository ledger;
    private final GroupAccess access;
    private final ApplicationEventPublisher events;
    private final ReciprocityProperties properties;
    private final Clock clock;

    HelpReports(
            HelpRequestRepository requests,
            HelpReportRepository reports,
            LedgerRepository ledger,
            GroupAccess access,
            ApplicationEventPublisher events,
            ReciprocityProperties properties,
            Clock clock) {
        this.requests = requests;
        this.reports = reports;
        this.ledger = ledger;
        this.access = access;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public HelpReportRepository.Row report(GroupId group, UUID messageId, UserId helper) {
        access.member(group, helper);
        Instant now = clock.instant();
        HelpRequestRepository.Row request = request(group, messageId);
        if (request.kind() != HelpKind.EXTERNAL_LINK) {
            throw HuzhuException.of(ErrorCode.NOT_EXTERNAL_LINK);
        }
        if (request.requesterId().equals(helper)) {
            throw HuzhuException.of(ErrorCode.SELF_HELP);
        }
        if (request.status() != HelpStatus.OPEN || !now.isBefore(request.deadline())) {
            throw HuzhuException.of(ErrorCode.HELP_REQUEST_NOT_OPEN);
        }
        var row = new HelpReportRepository.Row(
                Ids.next(),
                messageId,
                group,
                helper,
                request.requesterId(),
                ReportStatus.PENDING,
                null,
                null,
                now,
                now.plus(properties.reportTtl()));
        if (!reports.insert(row)) {
            throw HuzhuException.of(ErrorCode.ALREADY_REPORTED);
        }
        requests.markHelped(messageId, helper, now);
        events.publishEvent(new HelpReported(row.id(), group, messageId, helper, request.requesterId(), now));
        return row;
    }

    /** The requester's answer to a helper's report. */
    @Transactional
    public ReportStatus decide(
            GroupId group, UUID messageId, UserId requester, UserId helper, Decision decision, @Nullable String note) {
        access.member(group, requester);
        HelpRequestRepository.Row request = request(group, messageId);
        if (!request.requesterId().equals(requester)) {
            throw HuzhuException.of(ErrorCode.NOT_REQUESTER);
        }
        HelpReportRepository.Row report = reports.byHelper(group, messageId, helper)
                .orElseThrow(() -> HuzhuException.of(ErrorCode.HELP_REPORT_NOT_FOUND));
        ReportStatus to = decision == Decision.CONFIRM ? ReportStatus.CONFIRMED : ReportStatus.DISPUTED;
        if (!reports.decidePending(report.id(), to, note, requester, clock.instant())) {
            throw notPending(report);
        }
        if (to == ReportStatus.CONFIRMED) {
            book(report);
        } else {
            events.publishEvent(new HelpDisputed(report.id(), group, messageId, helper, requester));
        }
        return to;
    }

    /** An admin settles a dispute. The parties of the dispute may not settle it themselves. */
    @Transactional
    public HelpReportRepository.Row resolve(
            GroupId group, UUID reportId, UserId moderator, Resolution resolution, String note) {
        access.moderator(group, moderator);
        HelpReportRepository.Row report =
                reports.find(group, reportId).orElseThrow(() -> HuzhuException.of(ErrorCode.HELP_REPORT_NOT_FOUND));
        if (report.helperId().equals(moderator) || report.requesterId().equals(moderator)) {
            throw new HuzhuException(
                    ErrorCode.GROUP_ROLE_REQUIRED, "Another admin must settle a dispute you are part of");
        }
        ReportStatus to = resolution == Resolution.CONFIRM ? ReportStatus.CONFIRMED : ReportStatus.REJECTED;
        if (!reports.resolveDisputed(report.id(), to, note, moderator, clock.instant())) {
            throw notPending(report);
        }
        if (to == ReportStatus.CONFIRMED) {
            book(report);
        }
        return report.withStatus(to);
    }

    /** The reports on my own request that wait for my answer (requester only). */
    @Transactional(readOnly = true)
    public List<HelpReportRepository.Row> pending(GroupId group, UUID messageId, UserId requester, int limit) {
        access.member(group, requester);
        HelpRequestRepository.Row request = request(group, messageId);
        if (!request.requesterId().equals(requester)) {
            throw HuzhuException.of(ErrorCode.NOT_REQUESTER);
        }
        return reports.pendingOn(group, messageId, clock.instant(), limit);
    }

    @Transactional(readOnly = true)
    public List<HelpReportRepository.Row> disputes(GroupId group, UserId moderator, int limit) {
        access.moderator(group, moderator);
        return reports.disputed(group, limit);
    }

    private void book(HelpReportRepository.Row report) {
        Instant now = clock.instant();
        if (ledger.book(
                report.groupId(),
                report.helperId(),
                report.requesterId(),
                LedgerSource.CONFIRMED_LINK,
                report.id(),
                report.messageId(),
                now)) {
            requests.countHelp(report.messageId());
        }
        events.publishEvent(new HelpConfirmed(
                report.id(), report.groupId(), report.messageId(), report.helperId(), report.requesterId(), now));
    }

    private HelpRequestRepository.Row request(GroupId group, UUID messageId) {
        return requests.find(group, messageId).orElseThrow(() -> HuzhuException.of(ErrorCode.HELP_REQUEST_NOT_FOUND));
    }

    private static HuzhuException notPending(HelpReportRepository.Row report) {
        return new HuzhuException(
                ErrorCode.HELP_REPORT_NOT_PENDING,
                "The report is " + report.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (report.status() == ReportStatus.PENDING ? " but has lapsed" : ""));
    }
}
