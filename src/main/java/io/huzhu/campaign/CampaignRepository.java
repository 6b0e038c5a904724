package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for campaigns and their rules versions. Every change of state or inventory is one conditional statement; the
 * callers check its row count, so two racing requests can never both win.
 */
@Repository
class CampaignRepository {

    private static final String SELECT = """
            select c.*, r.terms, r.terms_hash from campaign c
            left join campaign_rules r on r.campaign_id = c.id and r.version = c.current_version
            """;

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published rules version as stored, with the campaign's owner and status. */
    record StoredRules(UserId operatorId, CampaignStatus status, String terms, String termsHash, Instant publishedAt) {}

    /** The few columns that tell which version is current. */
    record State(UserId operatorId, CampaignStatus status, int currentVersion) {}

    /** Position after the last item of a page (newest first). */
    record Cursor(Instant createdAt, CampaignId id) {}

    void insertDraft(CampaignId id, UserId operator, CampaignKind kind, String terms, Instant now) {
        jdbc.sql("""
                        insert into campaign (id, operator_id, kind, status, draft_terms, created_at)
                        values (:id, :operator, :kind, 'DRAFT', :terms, :now)
                        """)
                .param("id", id.value())
                .param("operator", operator.value())
                .param("kind", kind.name())
                .param("terms", terms)
                .param("now", Sql.ts(now))
                .update();
    }

    Optional<CampaignRow> find(CampaignId id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id.value())
                .query((rs, n) -> map(rs, true))
                .optional();
    }

    /** Reads the row and locks it until the transaction ends, so changes of one campaign run one at a time. */
    Optional<CampaignRow> lock(CampaignId id) {
        return jdbc.sql("select * from campaign where id = :id for update")
                .param("id", id.value())
                .query((rs, n) -> map(rs, false))
                .optional();
    }

    int updateDraft(CampaignId id, CampaignKind kind, String terms) {
        return jdbc.sql("update campaign set kind = :kind, draft_terms = :terms where id = :id and status = 'DRAFT'")
                .param("kind", kind.name())
                .param("terms", terms)
                .param("id", id.value())
                .update();
    }

    int publish(CampaignId id, int stock, long budget, Instant now) {
        return jdbc.sql("""
                        update campaign set status = 'PUBLISHED', current_version = 1, stock_available = :stock,
                               budget_available = :budget, published_at = :now
                        where id = :id and status = 'DRAFT'
                        """)
                .param("stock", stock)
                .param("budget", budget)
                .param("now", Sql.ts(now))
                .param("id", id.value())
                .update();
    }

    /** Moves a published campaign from {@code expected} to the next version and adjusts its inventory. */
    int nextVersion(CampaignId id, int expected, String terms, int stockDelta, long budgetDelta) {
        return jdbc.sql("""
                        update campaign set current_version = current_version + 1, draft_terms = :terms,
                               stock_available = stock_available + :stockDelta,
                               budget_available = budget_available + :budgetDelta
                        where id = :id and status = 'PUBLISHED' and current_version = :expected
                          and stock_available + :stockDelta >= 0 and budget_available + :budgetDelta >= 0
                        """)
                .param("terms", terms)
                .param("stockDelta", stockDelta)
                .param("budgetDelta", budgetDelta)
                .param("id", id.value())
                .param("expected", expected)
                .update();
    }

    void insertRules(CampaignId id, int version, String terms, String hash, Instant now, UserId by) {
        jdbc.sql("""
                        insert into campaign_rules (campaign_id, version, terms, terms_hash, published_at, published_by)
                        values (:id, :version, :terms, :hash, :now, :by)
                        """)
                .param("id", id.value())
                .param("version", version)
                .param("terms", terms)
                .param("hash", hash)
                .param("now", Sql.ts(now))
                .param("by", by.value())
                .update();
    }

    int end(CampaignId id, Instant now) {
        return jdbc.sql("update campaign set status = 'ENDED', ended_at = :now where id = :id and status = 'PUBLISHED'")
                .param("now", Sql.ts(now))
                .param("id", id.value())
                .update();
    }

    Optional<StoredRules> findRules(CampaignId id, int version) {
        return jdbc.sql("""
                        select c.operator_id, c.status, r.terms, r.terms_hash, r.published_at
                        from campaign_rules r join campaign c on c.id = r.campaign_id
                        where r.campaign_id = :id and r.version = :version
                        """)
                .param("id", id.value())
                .param("version", version)
                .query((rs, n) -> new StoredRules(
                        new UserId(Sql.uuid(rs, "operator_id")),
                        CampaignStatus.valueOf(rs.getString("status")),
                        rs.getString("terms"),
                        rs.getString("terms_hash"),
                        Sql.requiredInstant(rs, "published_at")))
                .optional();
    }

    Optional<State> state(CampaignId id) {
        return jdbc.sql("select operator_id, status, current_version from campaign where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new State(
                        new UserId(Sql.uuid(rs, "operator_id")),
                        CampaignStatus.valueOf(rs.getString("status")),
                        rs.getInt("current_version")))
                .optional();
    }

    /**
     * One page, newest first: published and ended campaigns, or all campaigns of one operator.
     *
     * @param operator null for the public list
     */
    List<CampaignRow> list(@Nullable UserId operator, @Nullable Cursor after, int limit) {
        String where = operator == null ? " where c.status in ('PUBLISHED', 'ENDED')" : " where c.operator_id = :op";
        String page = after == null ? "" : " and (c.created_at < :at or (c.created_at = :at and c.id < :after))";
        var statement = jdbc.sql(SELECT + where + page + " order by c.created_at desc, c.id desc limit :limit")
                .param("limit", limit);
        if (operator != null) {
            statement = statement.param("op", operator.value());
        }
        if (after != null) {
            statement = statement
                    .param("at", Sql.ts(after.createdAt()))
                    .param("after", after.id().value());
        }
        return statement.query((rs, n) -> map(rs, true)).list();
    }

    int reserve(CampaignId id, long valueCents) {
        return jdbc.sql("""
                        update campaign set stock_available = stock_available - 1,
                               budget_available = budget_available - :value
                        where id = :id and stock_available >= 1 and budget_available >= :value
                        """).param("value", valueCents).param("id", id.value()).update();
    }

    int release(CampaignId id, int stockUnits, long budgetCents) {
        return jdbc.sql("""
                        update campaign set stock_available = stock_available + :stock,
                               budget_available = budget_available + :budget
                        where id = :id
                        """)
                .param("stock", stockUnits)
                .param("budget", budgetCents)
                .param("id", id.value())
                .update();
    }

    int recordClaim(CampaignId id) {
        return jdbc.sql("update campaign set stock_claimed = stock_claimed + 1 where id = :id")
                .param("id", id.value())
                .update();
    }

    private static CampaignRow map(ResultSet rs, boolean withVersion) throws SQLException {
        return new CampaignRow(
                new CampaignId(Sql.uuid(rs, "id")),
                new UserId(Sql.uuid(rs, "operator_id")),
                CampaignKind.valueOf(rs.getString("kind")),
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("draft_terms"),
                rs.getInt("current_version"),
                rs.getInt("stock_available"),
                rs.getLong("budget_available"),
                rs.getInt("stock_claimed"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "published_at"),
                Sql.instant(rs, "ended_at"),
                withVersion ? rs.getString("terms") : null,
                withVersion ? rs.getString("terms_hash") : null);
    }
}
