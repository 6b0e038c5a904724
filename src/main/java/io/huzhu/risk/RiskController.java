package io.huzhu.risk;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TextInput;
import io.huzhu.shared.TimeRange;
import io.huzhu.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operators' side of risk control: scans on demand, the case queue, decisions, statistics and the audit log. */
@RestController
@Tag(name = "Risk control")
@PreAuthorize("hasRole('OPERATOR')")
class RiskController {

    private static final int MAX_PAGE = 100;
    private static final int MAX_ASSISTS_SHOWN = 500;
    private final RiskScanner scanner;
    private final RiskCases riskCases;
    private final CaseRepository cases;
    private final SignalStore store;
    private final RiskAudit audit;
    private final AppealRepository appeals;
    private final RiskViews views;

    RiskController(
            RiskScanner scanner,
            RiskCases riskCases,
            CaseRepository cases,
            SignalStore store,
            RiskAudit audit,
            AppealRepository appeals,
            RiskViews views) {
        this.scanner = scanner;
        this.riskCases = riskCases;
        this.cases = cases;
        this.store = store;
        this.audit = audit;
        this.appeals = appeals;
        this.views = views;
    }

    record Member(UserId id, String name) {}

    record FlaggedAssist(UUID assistId, UUID taskId, UserId helperId, UserId initiatorId, String state, Instant at) {}

    record CaseDetail(
            RiskViews.CaseSummary summary,
            Map<String, Object> facts,
            List<Member> helpers,
            List<Member> initiators,
            List<UUID> tasks,
            List<String> devices,
            List<String> networks,
            List<FlaggedAssist> assists,
            List<RiskViews.AuditView> audit,
            List<RiskViews.AppealView> appeals) {}

    record Page<T>(List<T> items, @Nullable String nextCursor) {}

    record DecisionRequest(
            RiskCases.@Nullable Decision decision, @Nullable String reason, RiskCase.@Nullable Penalty penalty) {}

    @PostMapping("/api/admin/risk/scan")
    @Operation(summary = "Run every detector now over the recent window; answers when the scan is done")
    RiskScanner.Report scan() {
        return scanner.scan();
    }

    @GetMapping("/api/risk/cases")
    @Operation(
            summary = "The case queue, newest first (status OPEN, CONFIRMED or DISMISSED; all when absent);"
                    + " pass nextCursor as before for the next page")
    Page<RiskViews.CaseSummary> list(
            @RequestParam(required = false) RiskCase.@Nullable Status status,
            @RequestParam(required = false) @Nullable String before,
            @RequestParam(defaultValue = "50") int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        Instant openedBefore = null;
        UUID idBefore = null;
        if (before != null && !before.isBlank()) {
            String[] parts = before.split("_", 2);
            try {
                openedBefore = Instant.parse(parts[0]);
                idBefore = parts.length == 2 ? UUID.fromString(parts[1]) : null;
                if (!TimeRange.contains(openedBefore)) {
                    throw new IllegalArgumentException("out of range");
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "before: not a cursor from this list");
            }
        }
        List<RiskCase> page = cases.page(status, openedBefore, idBefore, size);
        String next = page.size() == size
                ? page.getLast().openedAt() + "_" + page.getLast().id()
                : null;
        return new Page<>(views.cases(page), next);
    }

    @GetMapping("/api/risk/cases/{id}")
    @Operation(summary = "A case with its evidence: detector, accounts, tasks, masked devices and networks, window")
    @Transactional(readOnly = true)
    CaseDetail get(@PathVariable UUID id) {
        RiskCase c = cases.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.RISK_CASE_NOT_FOUND));
        Evidence evidence = Evidence.parse(c.evidence());
        List<UserId> helpers = cases.accountsOf(id, RiskCases.HELPER);
        List<UserId> initiators = cases.accountsOf(id, RiskCases.INITIATOR);
        Set<UserId> everyone = new HashSet<>(helpers);
        everyone.addAll(initiators);
        Map<UserId, String> names = views.names(everyone);
        List<FlaggedAssist> flagged = new ArrayList<>();
        for (SignalStore.Tracked t : store.ofCase(id)) {
            if (flagged.size() == MAX_ASSISTS_SHOWN) {
                break;
            }
            flagged.add(new FlaggedAssist(
                    t.assistId(),
                    t.taskId().value(),
                    t.helperId(),
                    t.initiatorId(),
                    t.state().name(),
                    t.at()));
        }
        return new CaseDetail(
                views.summary(c),
                evidence.facts(),
                helpers.stream()
                        .map(u -> new Member(u, names.getOrDefault(u, "")))
                        .toList(),
                initiators.stream()
                        .map(u -> new Member(u, names.getOrDefault(u, "")))
                        .toList(),
                evidence.tasks(),
                evidence.devices(),
                evidence.networks(),
                flagged,
                views.audit(audit.ofCase(id)),
                views.appeals(appeals.ofCase(id)));
    }

    @PostMapping("/api/risk/cases/{id}/decision")
    @Operation(
            summary = "CONFIRM (the assists stay void; penalty NONE, RESTRICT or BAN on the helpers) or DISMISS"
                    + " (the assists count again), with a reason")
    RiskViews.CaseSummary decide(
            @PathVariable UUID id, @RequestBody DecisionRequest body, @AuthenticationPrincipal CurrentUser user) {
        RiskCases.Decision decision = TextInput.present("decision", body.decision());
        String reason = TextInput.required("reason", body.reason(), 1000);
        RiskCase.Penalty penalty = body.penalty() == null ? RiskCase.Penalty.NONE : body.penalty();
        return views.summary(riskCases.decide(id, decision, reason, penalty, user.id()));
    }

    record DetectorStats(String detector, long open, long confirmed, long dismissed) {}

    @GetMapping("/api/risk/stats")
    @Operation(summary = "Cases per detector and outcome; every dismissed case is a false positive of its detector")
    List<DetectorStats> stats() {
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : cases.outcomesByDetector()) {
            long[] c = counts.computeIfAbsent((String) row[0], d -> new long[3]);
            c[RiskCase.Status.valueOf((String) row[1]).ordinal()] = (Long) row[2];
        }
        return counts.entrySet().stream()
                .map(e -> new DetectorStats(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    @GetMapping("/api/risk/audit")
    @Operation(summary = "The risk audit log, newest first; pass nextCursor as before for the next page")
    Page<RiskViews.AuditView> audit(
            @RequestParam(required = false) @Nullable Long before, @RequestParam(defaultValue = "50") int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<RiskAudit.Entry> items = audit.page(before, size);
        return new Page<>(
                views.audit(items),
                items.size() == size ? String.valueOf(items.getLast().seq()) : null);
    }
}
