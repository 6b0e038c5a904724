package io.huzhu.risk;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private static final String COLUMNS = "id, detector, reason, effect, score, status, accounts, assists, window_from,"
            + " window_to, evidence, opened_at, updated_at, decided_by, decided_at, decision_note, penalty";
    private static final String PREFIXED = java.util.Arrays.stream(COLUMNS.split(",\\s*"))
            .map(column -> "c." + column)
            .collect(java.util.stream.Collectors.joining(", "));
    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RiskCase c) {
        jdbc.sql("insert into risk_case (" + COLUMNS + ") values (:id, :detector, :reason, :effect, :score, :status,"
                        + " :accounts, :assists, :from, :to, :evidence, :opened, :updated, null, null, null, null)")
                .param("id", c.id())
                .param("detector", c.detector())
                .param("reason", c.reason())
                .param("effect", c.effect().name())
                .param("score", c.score())
                .param("status", c.status().name())
                .param("accounts", c.accounts())
                .param("assists", c.assists())
                .param("from", ts(c.windowFrom()))
                .param("to", ts(c.windowTo()))
                .param("evidence", c.evidence())
                .param("opened", ts(c.openedAt()))
                .param("updated", ts(c.updatedAt()))
                .update();
    }

    /** A case grew: new assists from the same accounts or new accounts of the same group. */
    void grow(
            UUID id,
            int accounts,
            int assists,
            int score,
            Instant windowFrom,
            Instant windowTo,
            String evidence,
            Instant at) {
        jdbc.sql("update risk_case set accounts = :accounts, assists = :assists, score = :score, window_from = :from,"
                        + " window_to = :to, evidence = :evidence, updated_at = :at where id = :id")
                .param("accounts", accounts)
                .param("assists", assists)
                .param("score", score)
                .param("from", ts(windowFrom))
                .param("to", ts(windowTo))
                .param("evidence", evidence)
                .param("at", ts(at))
                .param("id", id)
                .update();
    }

    void accounts(UUID caseId, Collection<UserId> users, String role) {
        for (UserId user : users) {
            jdbc.sql("insert into risk_case_account (case_id, user_id, role) values (:case, :user, :role)"
                            + " on conflict do nothing")
                    .param("case", caseId)
                    .param("user", user.value())
                    .param("role", role)
                    .update();
        }
    }

    /** The roles ({@code HELPER}, {@code INITIATOR}) in which a member is named by a case. */
    List<String> roles(UUID caseId, UserId user) {
        return jdbc.sql("select role from risk_case_account where case_id = :case and user_id = :user")
                .param("case", caseId)
                .param("user", user.value())
                .query(String.class)
                .list();
    }

    List<UserId> accountsOf(UUID caseId, String role) {
        return jdbc.sql("select user_id from risk_case_account where case_id = :case and role = :role order by user_id")
                .param("case", caseId)
                .param("role", role)
                .query((rs, n) -> new UserId(Sql.uuid(rs, "user_id")))
                .list();
    }

    /** An open case of this detector that already names one of these helpers. */
    Optional<RiskCase> openSharingHelper(String detector, Collection<UserId> helpers) {
        if (helpers.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + PREFIXED
                        + " from risk_case c where c.status = 'OPEN' and c.detector = :detector and exists ("
                        + "select 1 from risk_case_account a where a.case_id = c.id and a.role = 'HELPER'"
                        + " and a.user_id in (:helpers)) order by c.opened_at limit 1")
                .param("detector", detector)
                .param("helpers", helpers.stream().map(UserId::value).toList())
                .query(CaseRepository::map)
                .optional();
    }

    Optional<RiskCase> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from risk_case where id = :id")
                .param("id", id)
                .query(CaseRepository::map)
                .optional();
    }

    Optional<RiskCase> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from risk_case where id = :id for update")
                .param("id", id)
                .query(CaseRepository::map)
                .optional();
    }

    /**
     * Newest first; {@code status} null for every status; the cursor is the last case of the previous page (cases
     * one scan opens share their opening time, so the id breaks the tie).
     */
    List<RiskCase> page(
            RiskCase.@Nullable Status status, @Nullable Instant beforeOpened, @Nullable UUID beforeId, int limit) {
        String after = beforeOpened == null
                ? ""
                : beforeId == null
                        ? " and opened_at < :before"
                        : " and (opened_at < :before or (opened_at = :before and id < :id))";
        return jdbc.sql("select " + COLUMNS
                        + " from risk_case where (cast(:status as varchar(20)) is null or status = :status)" + after
                        + " order by opened_at desc, id desc limit :limit")
                .param("status", status == null ? null : status.name())
                .param("before", ts(beforeOpened))
                .param("id", beforeId)
                .param("limit", limit)
                .query(CaseRepository::map)
                .list();
    }

    boolean decide(UUID id, RiskCase.Status status, UserId by, Instant at, String note, RiskCase.Penalty penalty) {
        return jdbc.sql("update risk_case set status = :status, decided_by = :by, decided_at = :at,"
                                + " decision_note = :note, penalty = :penalty, updated_at = :at"
                                + " where id = :id and status = 'OPEN'")
                        .param("status", status.name())
                        .param("by", by.value())
                        .param("at", ts(at))
                        .param("note", note)
                        .param("penalty", penalty.name())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Dismissed cases per detector: each is a false positive of that detector. */
    List<Object[]> outcomesByDetector() {
        return jdbc.sql("select detector, status, count(*) from risk_case group by detector, status order by detector")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list();
    }

    private static RiskCase map(ResultSet rs, int n) throws SQLException {
        UUID by = Sql.uuid(rs, "decided_by");
        String penalty = rs.getString("penalty");
        return new RiskCase(
                Sql.uuid(rs, "id"),
                rs.getString("detector"),
                rs.getString("reason"),
                Effect.valueOf(rs.getString("effect")),
                rs.getInt("score"),
                RiskCase.Status.valueOf(rs.getString("status")),
                rs.getInt("accounts"),
                rs.getInt("assists"),
                Sql.requiredInstant(rs, "window_from"),
                Sql.requiredInstant(rs, "window_to"),
                rs.getString("evidence"),
                Sql.requiredInstant(rs, "opened_at"),
                Sql.requiredInstant(rs, "updated_at"),
                by == null ? null : new UserId(by),
                Sql.instant(rs, "decided_at"),
                rs.getString("decision_note"),
                penalty == null ? null : RiskCase.Penalty.valueOf(penalty));
    }
}
