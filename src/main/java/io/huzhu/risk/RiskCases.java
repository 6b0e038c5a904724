package io.huzhu.risk;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.Accounts;
import io.huzhu.risk.detect.Finding;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: opened (or grown) by scans with their effect applied at once, then confirmed (the assists stay void and the
 * helpers may be penalised) or dismissed (the assists count again, and the detector's false positive is counted)
 * by an operator, with a reason; every step in the audit log.
 */
@Service
class RiskCases {

    static final String HELPER = "HELPER";
    static final String INITIATOR = "INITIATOR";

    enum Decision {
        CONFIRM,
        DISMISS
    }

    private final CaseRepository cases;
    private final SignalStore store;
    private final Effects effects;
    private final RiskAudit audit;
    private final Accounts accounts;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RiskCases(
            CaseRepository cases,
            SignalStore store,
            Effects effects,
            RiskAudit audit,
            Accounts accounts,
            MeterRegistry meters,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.store = store;
        this.effects = effects;
        this.audit = audit;
        this.accounts = accounts;
        this.meters = meters;
        this.clock = clock;
        this.events = events;
    }

    /** A new case for a finding whose assists no case holds yet; its effect applies at once. */
    RiskCase open(Finding finding, List<SignalStore.Tracked> assists, Instant now) {
        Evidence evidence = Evidence.of(finding);
        RiskCase opened = new RiskCase(
                Ids.next(),
                finding.detector(),
                finding.reason(),
                finding.effect(),
                finding.score(),
                RiskCase.Status.OPEN,
                finding.helpers().size(),
                assists.size(),
                finding.from(),
                finding.to(),
                evidence.json(),
                now,
                now,
                null,
                null,
                null,
                null);
        cases.insert(opened);
        cases.accounts(opened.id(), finding.helpers(), HELPER);
        cases.accounts(opened.id(), finding.initiators(), INITIATOR);
        audit.append(
                opened.id(),
                null,
                null,
                RiskAudit.Action.CASE_OPENED,
                assists.size(),
                "检测器 " + finding.detector() + " 发现异常 / " + finding.detector() + " found a pattern: " + finding.facts(),
                now);
        applyEffect(opened, assists, now);
        return opened;
    }

    /** More of the same: new assists join an open case that already names some of their helpers. */
    RiskCase grow(RiskCase existing, Finding finding, List<SignalStore.Tracked> assists, Instant now) {
        cases.accounts(existing.id(), finding.helpers(), HELPER);
        cases.accounts(existing.id(), finding.initiators(), INITIATOR);
        Evidence merged = Evidence.parse(existing.evidence()).merge(Evidence.of(finding));
        int accountCount = cases.accountsOf(existing.id(), HELPER).size();
        cases.grow(
                existing.id(),
                accountCount,
                existing.assists() + assists.size(),
                Math.max(existing.score(), finding.score()),
                existing.windowFrom().isBefore(finding.from()) ? existing.windowFrom() : finding.from(),
                existing.windowTo().isAfter(finding.to()) ? existing.windowTo() : finding.to(),
                merged.json(),
                now);
        audit.append(
                existing.id(),
                null,
                null,
                RiskAudit.Action.CASE_GREW,
                assists.size(),
                "发现更多同类助力 / more of the same: " + finding.facts(),
                now);
        applyEffect(existing, assists, now);
        return cases.find(existing.id()).orElseThrow();
    }

    private void applyEffect(RiskCase riskCase, List<SignalStore.Tracked> assists, Instant now) {
        SignalStore.State state = Effects.stateFor(riskCase.effect());
        effects.apply(assists, state, riskCase.reason(), riskCase.id(), null, now);
        audit.append(
                riskCase.id(),
                null,
                null,
                state == SignalStore.State.VOIDED ? RiskAudit.Action.ASSISTS_VOIDED : RiskAudit.Action.ASSISTS_HELD,
                assists.size(),
                RiskReasons.text(riskCase.reason()).zh() + " / "
                        + RiskReasons.text(riskCase.reason()).en(),
                now);
    }

    @Transactional
    RiskCase decide(UUID id, Decision decision, String note, RiskCase.Penalty penalty, UserId operator) {
        RiskCase riskCase = cases.lock(id).orElseThrow(() -> HuzhuException.of(ErrorCode.RISK_CASE_NOT_FOUND));
        if (riskCase.status() != RiskCase.Status.OPEN) {
            throw HuzhuException.of(ErrorCode.RISK_CASE_DECIDED);
        }
        Instant now = clock.instant();
        RiskCase.Penalty applied = decision == Decision.CONFIRM ? penalty : RiskCase.Penalty.NONE;
        RiskCase.Status status = decision == Decision.CONFIRM ? RiskCase.Status.CONFIRMED : RiskCase.Status.DISMISSED;
        cases.decide(id, status, operator, now, note, applied);
        List<SignalStore.Tracked> flagged = store.ofCase(id).stream()
                .filter(a -> a.state() == SignalStore.State.HELD || a.state() == SignalStore.State.VOIDED)
                .toList();
        if (decision == Decision.CONFIRM) {
            effects.apply(flagged, SignalStore.State.VOIDED, riskCase.reason(), id, operator, now);
            audit.append(id, null, operator, RiskAudit.Action.CASE_CONFIRMED, flagged.size(), note, now);
            penalise(riskCase, applied, note, operator, now);
        } else {
            effects.apply(flagged, SignalStore.State.CLEARED, RiskReasons.CASE_DISMISSED, id, operator, now);
            audit.append(id, null, operator, RiskAudit.Action.CASE_DISMISSED, flagged.size(), note, now);
            meters.counter("huzhu.risk.false.positives", "detector", riskCase.detector())
                    .increment();
        }
        return cases.find(id).orElseThrow();
    }

    private void penalise(RiskCase riskCase, RiskCase.Penalty penalty, String note, UserId operator, Instant now) {
        if (penalty == RiskCase.Penalty.NONE) {
            return;
        }
        AccountStatus status = penalty == RiskCase.Penalty.BAN ? AccountStatus.BANNED : AccountStatus.RESTRICTED;
        List<UserId> helpers = cases.accountsOf(riskCase.id(), HELPER);
        for (UserId helper : helpers) {
            accounts.changeStatus(helper, status, statusReason(riskCase.id(), note));
        }
        events.publishEvent(new RiskPenaltyApplied(riskCase.id(), helpers, penalty == RiskCase.Penalty.BAN, now));
        audit.append(
                riskCase.id(),
                null,
                operator,
                RiskAudit.Action.PENALTY_APPLIED,
                0,
                (penalty == RiskCase.Penalty.BAN ? "封禁 " : "限制 ") + helpers.size() + " 个账号 / " + penalty + " on "
                        + helpers.size() + " account(s)",
                now);
    }

    /** The account status reason names the case, so an appeal can lift exactly this penalty. */
    static String statusReason(UUID caseId, String note) {
        String reason = "风控案件 risk case " + caseId + ": " + note;
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
