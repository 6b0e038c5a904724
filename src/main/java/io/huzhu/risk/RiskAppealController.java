package io.huzhu.risk;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.TextInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Appeals against risk decisions: filed by an affected member, decided by another operator than the case's. */
@RestController
@Tag(name = "Risk control")
class RiskAppealController {

    private static final int MAX_LIST = 100;
    private final RiskAppeals appeals;

    RiskAppealController(RiskAppeals appeals) {
        this.appeals = appeals;
    }

    record AppealRequest(@Nullable UUID caseId, @Nullable String text) {}

    record DecisionRequest(
            RiskAppeals.@Nullable Decision decision,
            @Nullable String note) {}

    @PostMapping("/api/risk/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appeal a risk case that voided or held your assists, or assists on your task")
    RiskAppeal file(@RequestBody AppealRequest body, @AuthenticationPrincipal CurrentUser user) {
        UUID caseId = TextInput.present("caseId", body.caseId());
        String text = TextInput.required("text", body.text(), 2000);
        return appeals.file(user.id(), caseId, text);
    }

    @GetMapping("/api/me/risk/appeals")
    @Operation(summary = "My appeals against risk decisions, newest first")
    Map<String, List<RiskAppeal>> mine(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", appeals.mine(user.id(), MAX_LIST));
    }

    @GetMapping("/api/risk/appeals/{id}")
    @Operation(summary = "An appeal (its appellant and operators)")
    RiskAppeal view(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return appeals.view(id, user.id(), user.isOperator());
    }

    @GetMapping("/api/risk/appeals")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Appeals by status (OPEN by default), newest first")
    Map<String, List<RiskAppeal>> list(@RequestParam(defaultValue = "OPEN") RiskAppeal.Status status) {
        return Map.of("items", appeals.byStatus(status, MAX_LIST));
    }

    @PostMapping("/api/risk/appeals/{id}/decision")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(
            summary = "UPHOLD or OVERTURN (restores the appellant's assists); not by the operator who decided"
                    + " the case")
    RiskAppeal decide(
            @PathVariable UUID id, @RequestBody DecisionRequest body, @AuthenticationPrincipal CurrentUser user) {
        RiskAppeals.Decision decision = TextInput.present("decision", body.decision());
        String note = TextInput.required("note", body.note(), 1000);
        return appeals.decide(id, decision, note, user.id());
    }
}
