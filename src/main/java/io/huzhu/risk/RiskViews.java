package io.huzhu.risk;

import io.huzhu.identity.Accounts;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the risk endpoints show: cases, audit entries and appeals with the people in them named (display names
 * looked up once per answer) and every reason code with its sentences.
 */
@Component
class RiskViews {

    record CaseSummary(
            UUID id,
            String detector,
            String reason,
            String reasonZh,
            String reasonEn,
            Effect effect,
            int score,
            RiskCase.Status status,
            int accounts,
            int assists,
            Instant windowFrom,
            Instant windowTo,
            Instant openedAt,
            @Nullable UserId decidedBy,
            @Nullable String decidedByName,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote,
            RiskCase.@Nullable Penalty penalty) {}

    record AuditView(
            long seq,
            @Nullable UUID caseId,
            @Nullable UUID appealId,
            @Nullable UserId actorId,
            @Nullable String actorName,
            RiskAudit.Action action,
            int assists,
            String reason,
            Instant at) {}

    record AppealView(
            UUID id,
            UUID caseId,
            UserId appellantId,
            String appellantName,
            String text,
            RiskAppeal.Status status,
            @Nullable UserId decidedBy,
            @Nullable String decidedByName,
            @Nullable String decisionNote,
            Instant createdAt,
            @Nullable Instant decidedAt,
            CaseSummary riskCase) {}

    private final Accounts accounts;
    private final CaseRepository cases;

    RiskViews(Accounts accounts, CaseRepository cases) {
        this.accounts = accounts;
        this.cases = cases;
    }

    /** Display names of everyone these ids name, in one query. */
    Map<UserId, String> names(Collection<@Nullable UserId> ids) {
        Set<UserId> wanted = new HashSet<>();
        ids.forEach(id -> {
            if (id != null) {
                wanted.add(id);
            }
        });
        return wanted.isEmpty() ? Map.of() : accounts.displayNames(wanted);
    }

    List<CaseSummary> cases(List<RiskCase> list) {
        Map<UserId, String> names = names(list.stream().map(RiskCase::decidedBy).toList());
        return list.stream().map(c -> summary(c, names)).toList();
    }

    CaseSummary summary(RiskCase c) {
        return summary(c, names(java.util.Collections.singletonList(c.decidedBy())));
    }

    List<AuditView> audit(List<RiskAudit.Entry> entries) {
        Map<UserId, String> names =
                names(entries.stream().map(RiskAudit.Entry::actorId).toList());
        return entries.stream()
                .map(e -> new AuditView(
                        e.seq(),
                        e.caseId(),
                        e.appealId(),
                        e.actorId(),
                        e.actorId() == null ? null : names.get(e.actorId()),
                        e.action(),
                        e.assists(),
                        e.reason(),
                        e.at()))
                .toList();
    }

    List<AppealView> appeals(List<RiskAppeal> list) {
        Map<UUID, RiskCase> byCase = new java.util.HashMap<>();
        list.forEach(
                a -> byCase.computeIfAbsent(a.caseId(), id -> cases.find(id).orElseThrow()));
        Set<@Nullable UserId> people = new HashSet<>();
        list.forEach(a -> {
            people.add(a.appellantId());
            people.add(a.decidedBy());
        });
        byCase.values().forEach(c -> people.add(c.decidedBy()));
        Map<UserId, String> names = names(people);
        Function<RiskAppeal, AppealView> view = a -> new AppealView(
                a.id(),
                a.caseId(),
                a.appellantId(),
                names.getOrDefault(a.appellantId(), ""),
                a.text(),
                a.status(),
                a.decidedBy(),
                a.decidedBy() == null ? null : names.get(a.decidedBy()),
                a.decisionNote(),
                a.createdAt(),
                a.decidedAt(),
                summary(byCase.get(a.caseId()), names));
        return list.stream().map(view).toList();
    }

    private static CaseSummary summary(RiskCase c, Map<UserId, String> names) {
        RiskReasons.Text text = RiskReasons.text(c.reason());
        return new CaseSummary(
                c.id(),
                c.detector(),
                c.reason(),
                text.zh(),
                text.en(),
                c.effect(),
                c.score(),
                c.status(),
                c.accounts(),
                c.assists(),
                c.windowFrom(),
                c.windowTo(),
                c.openedAt(),
                c.decidedBy(),
                c.decidedBy() == null ? null : names.get(c.decidedBy()),
                c.decidedAt(),
                c.decisionNote(),
                c.penalty());
    }
}
