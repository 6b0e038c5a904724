package io.huzhu.risk;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.AccountView;
import io.huzhu.identity.Accounts;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals against risk decisions, filed by a member the case names (as a helper or as an initiator whose tasks it
 * touched) and decided by an operator other than the one who decided the case. Overturning restores the
 * appellant's assists in the case (as helper and on their own tasks) and lifts a penalty the case put on them.
 */
@Service
class RiskAppeals {

    enum Decision {
        UPHOLD,
        OVERTURN
    }

    private final AppealRepository appeals;
    private final CaseRepository cases;
    private final SignalStore store;
    private final Effects effects;
    private final RiskAudit audit;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RiskAppeals(
            AppealRepository appeals,
            CaseRepository cases,
            SignalStore store,
            Effects effects,
            RiskAudit audit,
            Accounts accounts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.cases = cases;
        this.store = store;
        this.effects = effects;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    RiskAppeal file(UserId appellant, UUID caseId, String text) {
        RiskCase riskCase = cases.find(caseId).orElseThrow(() -> HuzhuException.of(ErrorCode.RISK_CASE_NOT_FOUND));
        if (cases.roles(riskCase.id(), appellant).isEmpty()) {
            throw HuzhuException.of(ErrorCode.NOT_AFFECTED_BY_CASE);
        }
        Instant now = clock.instant();
        var appeal = new RiskAppeal(Ids.next(), caseId, appellant, text, RiskAppeal.Status.OPEN, null, null, now, null);
        if (!appeals.insert(appeal)) {
            throw HuzhuException.of(ErrorCode.RISK_APPEAL_OPEN);
        }
        audit.append(caseId, appeal.id(), appellant, RiskAudit.Action.APPEAL_FILED, 0, text, now);
        return appeal;
    }

    @Transactional
    RiskAppeal decide(UUID id, Decision decision, String note, UserId operator) {
        RiskAppeal appeal = appeals.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.RISK_APPEAL_NOT_FOUND));
        if (appeal.status() != RiskAppeal.Status.OPEN) {
            throw HuzhuException.of(ErrorCode.RISK_APPEAL_DECIDED);
        }
        RiskCase riskCase = cases.find(appeal.caseId()).orElseThrow();
        if (operator.equals(riskCase.decidedBy())) {
            throw HuzhuException.of(ErrorCode.RISK_APPEAL_OWN_DECISION);
        }
        Instant now = clock.instant();
        RiskAppeal.Status status =
                decision == Decision.OVERTURN ? RiskAppeal.Status.OVERTURNED : RiskAppeal.Status.UPHELD;
        if (!appeals.decide(id, status, operator, note, now)) {
            throw HuzhuException.of(ErrorCode.RISK_APPEAL_DECIDED);
        }
        if (decision == Decision.OVERTURN) {
            overturn(riskCase, appeal, operator, note, now);
        } else {
            audit.append(riskCase.id(), id, operator, RiskAudit.Action.APPEAL_UPHELD, 0, note, now);
        }
        events.publishEvent(
                new RiskAppealDecided(id, riskCase.id(), appeal.appellantId(), decision == Decision.OVERTURN, now));
        return appeals.find(id).orElseThrow();
    }

    private void overturn(RiskCase riskCase, RiskAppeal appeal, UserId operator, String note, Instant now) {
        UserId appellant = appeal.appellantId();
        List<SignalStore.Tracked> theirs = store.ofCase(riskCase.id()).stream()
                .filter(a -> a.state() == SignalStore.State.HELD || a.state() == SignalStore.State.VOIDED)
                .filter(a -> a.helperId().equals(appellant) || a.initiatorId().equals(appellant))
                .toList();
        effects.apply(theirs, SignalStore.State.CLEARED, RiskReasons.APPEAL_OVERTURNED, riskCase.id(), operator, now);
        audit.append(
                riskCase.id(), appeal.id(), operator, RiskAudit.Action.APPEAL_OVERTURNED, theirs.size(), note, now);
        AccountView account = accounts.get(appellant);
        String reason = account.statusReason();
        if (account.status() != AccountStatus.ACTIVE
                && reason != null
                && reason.contains(riskCase.id().toString())) {
            accounts.changeStatus(appellant, AccountStatus.ACTIVE, null);
            audit.append(riskCase.id(), appeal.id(), operator, RiskAudit.Action.PENALTY_LIFTED, 0, note, now);
        }
    }

    List<RiskAppeal> byStatus(RiskAppeal.Status status, int limit) {
        return appeals.byStatus(status, limit);
    }

    List<RiskAppeal> mine(UserId appellant, int limit) {
        return appeals.of(appellant, limit);
    }

    RiskAppeal view(UUID id, UserId caller, boolean operator) {
        RiskAppeal appeal = appeals.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.RISK_APPEAL_NOT_FOUND));
        if (!operator && !appeal.appellantId().equals(caller)) {
            throw HuzhuException.of(ErrorCode.RISK_APPEAL_NOT_FOUND);
        }
        return appeal;
    }
}
