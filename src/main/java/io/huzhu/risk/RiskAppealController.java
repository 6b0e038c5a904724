package io.huzhu.risk;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TextInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The members' side of risk control and the appeals: a member the case names sees what it found about them and
 * appeals; an operator other than the one who decided the case decides the appeal.
 */
@RestController
@Tag(name = "Risk control")
class RiskAppealController {

    private static final int MAX_LIST = 100;
    private final RiskAppeals appeals;
    private final CaseRepository cases;
    private final SignalStore store;
    private final RiskViews views;

    RiskAppealController(RiskAppeals appeals, CaseRepository cases, SignalStore store, RiskViews views) {
        this.appeals = appeals;
        this.cases = cases;
        this.store = store;
        this.views = views;
    }

    record AppealRequest(@Nullable UUID caseId, @Nullable String text) {}

    record DecisionRequest(
            RiskAppeals.@Nullable Decision decision,
            @Nullable String note) {}

    /** One of my assists, or an assist on my task, that the case flagged: never who else is in the case. */
    record MyFlaggedAssist(UUID assistId, UUID taskId, boolean mine, String state, Instant at) {}

    /** A case as a member it names sees it: what was found and decided, about their own assists and tasks only. */
    record MemberCase(
            UUID id,
            String reason,
            String reasonZh,
            String reasonEn,
            Effect effect,
            RiskCase.Status status,
            List<String> roles,
            Instant openedAt,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote,
            List<MyFlaggedAssist> assists,
            List<RiskViews.AppealView> appeals) {}

    @PostMapping("/api/risk/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appeal a risk case that voided or held your assists, or assists on your task")
    RiskViews.AppealView file(@RequestBody AppealRequest body, @AuthenticationPrincipal CurrentUser user) {
        UUID caseId = TextInput.present("caseId", body.caseId());
        String text = TextInput.required("text", body.text(), 2000);
        return views.appeals(List.of(appeals.file(user.id(), caseId, text))).getFirst();
    }

    @GetMapping("/api/me/risk/appeals")
    @Operation(summary = "My appeals against risk decisions, newest first")
    Map<String, List<RiskViews.AppealView>> mine(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", views.appeals(appeals.mine(user.id(), MAX_LIST)));
    }

    @GetMapping("/api/me/risk/cases/{id}")
    @Operation(summary = "A risk case that names me: what it found about my assists and my tasks, and my appeals")
    @Transactional(readOnly = true)
    MemberCase myCase(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        RiskCase c = cases.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.RISK_CASE_NOT_FOUND));
        List<String> roles = cases.roles(id, user.id());
        if (roles.isEmpty()) {
            throw HuzhuException.of(ErrorCode.RISK_CASE_NOT_FOUND);
        }
        List<MyFlaggedAssist> mine = store.ofCase(id).stream()
                .filter(t -> t.helperId().equals(user.id()) || t.initiatorId().equals(user.id()))
                .map(t -> new MyFlaggedAssist(
                        t.assistId(),
                        t.taskId().value(),
                        t.helperId().equals(user.id()),
                        t.state().name(),
                        t.at()))
                .toList();
        RiskReasons.Text text = RiskReasons.text(c.reason());
        List<RiskAppeal> myAppeals = appeals.mine(user.id(), MAX_LIST).stream()
                .filter(a -> a.caseId().equals(id))
                .toList();
        return new MemberCase(
                c.id(),
                c.reason(),
                text.zh(),
                text.en(),
                c.effect(),
                c.status(),
                roles,
                c.openedAt(),
                c.decidedAt(),
                c.decisionNote(),
                mine,
                views.appeals(myAppeals));
    }

    @GetMapping("/api/risk/appeals/{id}")
    @Operation(summary = "An appeal (its appellant and operators)")
    RiskViews.AppealView view(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return views.appeals(List.of(appeals.view(id, user.id(), user.isOperator())))
                .getFirst();
    }

    @GetMapping("/api/risk/appeals")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Appeals by status (OPEN by default), newest first, with their cases")
    Map<String, List<RiskViews.AppealView>> list(@RequestParam(defaultValue = "OPEN") RiskAppeal.Status status) {
        return Map.of("items", views.appeals(appeals.byStatus(status, MAX_LIST)));
    }

    @PostMapping("/api/risk/appeals/{id}/decision")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(
            summary = "UPHOLD or OVERTURN (restores the appellant's assists); not by the operator who decided"
                    + " the case")
    RiskViews.AppealView decide(
            @PathVariable UUID id, @RequestBody DecisionRequest body, @AuthenticationPrincipal CurrentUser user) {
        RiskAppeals.Decision decision = TextInput.present("decision", body.decision());
        String note = TextInput.required("note", body.note(), 1000);
        return views.appeals(List.of(appeals.decide(id, decision, note, user.id())))
                .getFirst();
    }
}
