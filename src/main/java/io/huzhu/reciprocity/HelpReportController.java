package io.huzhu.reciprocity;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "I helped" on external links, the requester's confirmation, and the admins' dispute desk. */
@RestController
@Tag(name = "Reciprocity")
class HelpReportController {

    private static final int MAX_NOTE = 500;
    private static final int MAX_DISPUTES = 200;
    private final HelpReports reports;

    HelpReportController(HelpReports reports) {
        this.reports = reports;
    }

    record Report(UUID reportId, UUID messageId, UserId helperId, ReportStatus status, Instant lapsesAt) {}

    record Decision(
            @Nullable UUID helperId,
            HelpReports.@Nullable Decision decision,
            @Nullable String note) {}

    record Resolution(
            HelpReports.@Nullable Resolution decision,
            @Nullable String note) {}

    record Outcome(UUID messageId, UserId helperId, ReportStatus status) {}

    record Dispute(
            UUID reportId,
            UUID messageId,
            UserId helperId,
            UserId requesterId,
            @Nullable String note,
            Instant reportedAt) {}

    @PostMapping("/api/groups/{id}/messages/{messageId}/helped")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report that I helped with an external-link request; the requester confirms")
    Report helped(@PathVariable UUID id, @PathVariable UUID messageId, @AuthenticationPrincipal CurrentUser user) {
        HelpReportRepository.Row row = reports.report(GroupId.of(id), messageId, user.id());
        return new Report(row.id(), row.messageId(), row.helperId(), row.status(), row.lapsesAt());
    }

    @GetMapping("/api/groups/{id}/messages/{messageId}/helped")
    @Operation(summary = "The \"I helped\" reports on my request that wait for my confirmation (requester only)")
    Map<String, List<Report>> pendingReports(
            @PathVariable UUID id, @PathVariable UUID messageId, @AuthenticationPrincipal CurrentUser user) {
        List<Report> items = reports.pending(GroupId.of(id), messageId, user.id(), MAX_DISPUTES).stream()
                .map(r -> new Report(r.id(), r.messageId(), r.helperId(), r.status(), r.lapsesAt()))
                .toList();
        return Map.of("items", items);
    }

    @PostMapping("/api/groups/{id}/messages/{messageId}/confirmations")
    @Operation(summary = "Confirm (books the help) or dispute (goes to the admins) a helper's report")
    Outcome confirm(
            @PathVariable UUID id,
            @PathVariable UUID messageId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody Decision body) {
        if (body.helperId() == null || body.decision() == null) {
            throw HuzhuException.invalid(List.of(new FieldError(
                    body.helperId() == null ? "helperId" : "decision", "REQUIRED", "helperId and decision")));
        }
        UserId helper = UserId.of(body.helperId());
        ReportStatus status =
                reports.decide(GroupId.of(id), messageId, user.id(), helper, body.decision(), note(body.note()));
        return new Outcome(messageId, helper, status);
    }

    @GetMapping("/api/groups/{id}/disputes")
    @Operation(summary = "Disputed help reports, oldest first (owner and admins)")
    Map<String, List<Dispute>> disputes(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        List<Dispute> items = reports.disputes(GroupId.of(id), user.id(), MAX_DISPUTES).stream()
                .map(r -> new Dispute(r.id(), r.messageId(), r.helperId(), r.requesterId(), r.note(), r.reportedAt()))
                .toList();
        return Map.of("items", items);
    }

    @PostMapping("/api/groups/{id}/disputes/{reportId}/resolve")
    @Operation(summary = "Settle a dispute: CONFIRM books the help, REJECT does not")
    Outcome resolve(
            @PathVariable UUID id,
            @PathVariable UUID reportId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody Resolution body) {
        String note = note(body.note());
        if (body.decision() == null || note == null) {
            throw HuzhuException.invalid(List.of(new FieldError(
                    body.decision() == null ? "decision" : "note", "REQUIRED", "decision and a note are required")));
        }
        HelpReportRepository.Row row = reports.resolve(GroupId.of(id), reportId, user.id(), body.decision(), note);
        return new Outcome(row.messageId(), row.helperId(), row.status());
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE || note.codePoints().anyMatch(Character::isISOControl)) {
            throw HuzhuException.invalid(List.of(new FieldError("note", "INVALID", "At most 500 characters")));
        }
        return note.strip();
    }
}
