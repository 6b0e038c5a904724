package io.huzhu.risk;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.risk.detect.Detection;
import io.huzhu.risk.detect.Finding;
import io.huzhu.risk.detect.SignalAssist;
import io.huzhu.risk.detect.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One scan: read the window's signals, run every detector, turn each finding into a case (or grow the open case
 * that already names its helpers) with its effect, release the inline holds no detector confirmed, drop signals past
 * their retention. Scans on several nodes take the {@code risk_scan} row lock in turn, so a finding never becomes
 * two cases. Runs every {@code huzhu.risk.scan-interval} and on demand.
 */
@Service
class RiskScanner {

    private static final Logger log = LoggerFactory.getLogger(RiskScanner.class);

    /** A case the scan opened or grew, as the scan's answer shows it. */
    record CaseTouched(
            UUID caseId,
            String detector,
            String reason,
            String reasonZh,
            String reasonEn,
            Effect effect,
            int newAssists,
            int accounts) {}

    record Report(
            Instant from,
            Instant to,
            int assistsScanned,
            int findings,
            List<CaseTouched> opened,
            List<CaseTouched> grown,
            int voided,
            int held,
            int released,
            Map<String, Integer> observedOnly,
            long millis) {}

    private final SnapshotLoader loader;
    private final SignalStore store;
    private final CaseRepository cases;
    private final RiskCases riskCases;
    private final Effects effects;
    private final RiskAudit audit;
    private final RiskProperties properties;
    private final Detection detection;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RiskScanner(
            SnapshotLoader loader,
            SignalStore store,
            CaseRepository cases,
            RiskCases riskCases,
            Effects effects,
            RiskAudit audit,
            RiskProperties properties,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.loader = loader;
        this.store = store;
        this.cases = cases;
        this.riskCases = riskCases;
        this.effects = effects;
        this.audit = audit;
        this.properties = properties;
        this.detection = Detection.of(properties);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huzhu.risk.scan-interval:PT5M}", initialDelayString = "PT1M")
    void scheduled() {
        if (properties.scanEnabled()) {
            scanOnSchedule();
        }
    }

    /** The scheduled scan: in a transaction of its own; a failure is logged and the next one retries. */
    void scanOnSchedule() {
        try {
            Report report = scan();
            if (!report.opened().isEmpty() || !report.grown().isEmpty()) {
                log.info(
                        "Risk scan: {} new case(s), {} grown, {} assist(s) voided, {} held, {} released",
                        report.opened().size(),
                        report.grown().size(),
                        report.voided(),
                        report.held(),
                        report.released());
            }
        } catch (RuntimeException e) {
            log.warn("Risk scan failed; the next one retries", e);
        }
    }

    /**
     * Runs every detector now, in one transaction, on schedule or on demand alike: the task corrections it causes hold
     * their row locks until it commits (without a transaction, a concurrent assist on another node lost its counter
     * update). The transaction is the template's, not an annotation's, so that no call path can bypass it.
     */
    Report scan() {
        return java.util.Objects.requireNonNull(transactions.execute(status -> scanNow()));
    }

    private Report scanNow() {
        long started = System.nanoTime();
        jdbc.sql("select last_scan from risk_scan where id = 1 for update")
                .query((rs, n) -> 1)
                .list();
        Instant now = clock.instant();
        Instant from = now.minus(properties.scanWindow());
        Snapshot snapshot = loader.load(from, now.plusMillis(1));
        Detection.Result result = detection.run(snapshot);
        List<CaseTouched> opened = new ArrayList<>();
        List<CaseTouched> grown = new ArrayList<>();
        int voided = 0;
        int held = 0;
        for (Finding finding : result.actionable()) {
            List<SignalStore.Tracked> claimable = store.tracked(finding.assistIds()).stream()
                    .filter(t -> t.caseId() == null
                            && (t.state() == SignalStore.State.COUNTED || t.state() == SignalStore.State.HELD))
                    .toList();
            if (claimable.isEmpty()) {
                continue;
            }
            Finding fresh = restrict(finding, claimable);
            Optional<RiskCase> existing = cases.openSharingHelper(fresh.detector(), fresh.helpers());
            RiskCase touched = existing.isPresent()
                    ? riskCases.grow(existing.get(), fresh, claimable, now)
                    : riskCases.open(fresh, claimable, now);
            RiskReasons.Text text = RiskReasons.text(touched.reason());
            var summary = new CaseTouched(
                    touched.id(),
                    touched.detector(),
                    touched.reason(),
                    text.zh(),
                    text.en(),
                    touched.effect(),
                    claimable.size(),
                    touched.accounts());
            (existing.isPresent() ? grown : opened).add(summary);
            if (touched.effect() == Effect.VOID) {
                voided += claimable.size();
            } else {
                held += claimable.size();
            }
        }
        List<SignalStore.Tracked> stale = store.heldWithoutCase(now.minus(properties.reviewHold()));
        if (!stale.isEmpty()) {
            effects.apply(stale, SignalStore.State.COUNTED, RiskReasons.RELEASED, null, null, now);
            audit.append(
                    null,
                    null,
                    null,
                    RiskAudit.Action.HOLDS_RELEASED,
                    stale.size(),
                    "核实期满，未发现异常，恢复计入 / no detector found a pattern; the held assists count again",
                    now);
        }
        store.purge(now.minus(properties.signalRetention()));
        jdbc.sql("update risk_scan set last_scan = :now where id = 1")
                .param("now", ts(now))
                .update();
        Map<String, Integer> observed = new LinkedHashMap<>();
        result.observed().forEach(f -> observed.merge(f.detector(), f.assists().size(), Integer::sum));
        return new Report(
                from,
                now,
                snapshot.assists().size(),
                result.actionable().size(),
                opened,
                grown,
                voided,
                held,
                stale.size(),
                observed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The finding limited to the assists no case holds yet. */
    private static Finding restrict(Finding finding, List<SignalStore.Tracked> claimable) {
        Set<UUID> ids = claimable.stream().map(SignalStore.Tracked::assistId).collect(Collectors.toSet());
        List<SignalAssist> left =
                finding.assists().stream().filter(a -> ids.contains(a.id())).toList();
        if (left.size() == finding.assists().size()) {
            return finding;
        }
        return Finding.of(
                        finding.detector(), finding.reason(), finding.effect(), finding.score(), left, finding.facts())
                .withDevices(finding.devices());
    }
}
