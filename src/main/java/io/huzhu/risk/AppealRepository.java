package io.huzhu.risk;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appeals. {@code open_case_id} is the case while the appeal is open and null once decided, so the unique key
 * allows one open appeal per member and case.
 */
@Repository("riskAppealRepository")
class AppealRepository {

    private static final String COLUMNS =
            "id, case_id, appellant_id, appeal_text, status, decided_by, decision_note, created_at, decided_at";
    private final JdbcClient jdbc;

    AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(RiskAppeal a) {
        try {
            jdbc.sql("insert into risk_appeal (" + COLUMNS + ", open_case_id) values (:id, :case, :appellant, :text,"
                            + " 'OPEN', null, null, :at, null, :case)")
                    .param("id", a.id())
                    .param("case", a.caseId())
                    .param("appellant", a.appellantId().value())
                    .param("text", a.text())
                    .param("at", ts(a.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<RiskAppeal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from risk_appeal where id = :id")
                .param("id", id)
                .query(AppealRepository::map)
                .optional();
    }

    boolean decide(UUID id, RiskAppeal.Status status, UserId by, String note, Instant at) {
        return jdbc.sql("update risk_appeal set status = :status, decided_by = :by, decision_note = :note,"
                                + " decided_at = :at, open_case_id = null where id = :id and status = 'OPEN'")
                        .param("status", status.name())
                        .param("by", by.value())
                        .param("note", note)
                        .param("at", ts(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    List<RiskAppeal> byStatus(RiskAppeal.@Nullable Status status, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from risk_appeal where (cast(:status as varchar(20)) is null or status = :status)"
                        + " order by created_at desc, id desc limit :limit")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(AppealRepository::map)
                .list();
    }

    List<RiskAppeal> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from risk_appeal where case_id = :case order by created_at")
                .param("case", caseId)
                .query(AppealRepository::map)
                .list();
    }

    List<RiskAppeal> of(UserId appellant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from risk_appeal where appellant_id = :appellant"
                        + " order by created_at desc, id desc limit :limit")
                .param("appellant", appellant.value())
                .param("limit", limit)
                .query(AppealRepository::map)
                .list();
    }

    private static RiskAppeal map(ResultSet rs, int n) throws SQLException {
        UUID by = Sql.uuid(rs, "decided_by");
        return new RiskAppeal(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "case_id"),
                new UserId(Sql.uuid(rs, "appellant_id")),
                rs.getString("appeal_text"),
                RiskAppeal.Status.valueOf(rs.getString("status")),
                by == null ? null : new UserId(by),
                rs.getString("decision_note"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "decided_at"));
    }
}
