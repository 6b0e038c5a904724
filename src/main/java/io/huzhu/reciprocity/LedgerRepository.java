package io.huzhu.reciprocity;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.reciprocity.LedgerMath.Balance;
import io.huzhu.reciprocity.LedgerMath.Posting;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ledger entries and the running balances they move; both change in the caller's transaction. */
@Repository
class LedgerRepository {

    /** One entry of a member's history, seen from that member. */
    record HistoryRow(
            UUID entryId, boolean gave, UserId counterpartId, LedgerSource source, UUID messageId, Instant at) {}

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Books one help credit from {@code helped} to {@code helper}. Returns false, changing nothing, when an entry
     * with the same source and reference already exists in the group (a replayed event, a repeated decision).
     */
    boolean book(
            GroupId group,
            UserId helper,
            UserId helped,
            LedgerSource source,
            UUID reference,
            UUID messageId,
            Instant at) {
        List<Posting> postings = LedgerMath.postings(helper, helped, source.sign());
        int inserted = jdbc.sql("""
                        insert into ledger_entry
                            (id, group_id, creditor_id, debtor_id, source, reference, message_id, created_at)
                        values (:id, :group, :creditor, :debtor, :source, :reference, :message, :at)
                        on conflict do nothing
                        """)
                .param("id", Ids.next())
                .param("group", group.value())
                .param("creditor", helper.value())
                .param("debtor", helped.value())
                .param("source", source.name())
                .param("reference", reference)
                .param("message", messageId)
                .param("at", ts(at))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (Posting posting : postings) {
            jdbc.sql("insert into ledger_balance (group_id, user_id) values (:group, :user) on conflict do nothing")
                    .param("group", group.value())
                    .param("user", posting.user().value())
                    .update();
            jdbc.sql("""
                            update ledger_balance
                            set given = given + :given, received = received + :received, balance = balance + :balance
                            where group_id = :group and user_id = :user
                            """)
                    .param("given", posting.given())
                    .param("received", posting.received())
                    .param("balance", posting.balance())
                    .param("group", group.value())
                    .param("user", posting.user().value())
                    .update();
        }
        return true;
    }

    Balance balance(GroupId group, UserId user) {
        return jdbc.sql("select user_id, given, received, balance from ledger_balance"
                        + " where group_id = :group and user_id = :user")
                .param("group", group.value())
                .param("user", user.value())
                .query(LedgerRepository::balanceRow)
                .optional()
                .orElse(new Balance(user, 0, 0, 0));
    }

    /** Every member with an entry, the most helpful first. */
    List<Balance> balances(GroupId group) {
        return jdbc.sql("select user_id, given, received, balance from ledger_balance where group_id = :group"
                        + " order by balance desc, given desc, user_id")
                .param("group", group.value())
                .query(LedgerRepository::balanceRow)
                .list();
    }

    Map<UserId, Balance> balancesOf(GroupId group, List<UserId> users) {
        Map<UserId, Balance> result = new HashMap<>();
        if (users.isEmpty()) {
            return result;
        }
        jdbc.sql("select user_id, given, received, balance from ledger_balance"
                        + " where group_id = :group and user_id in (:users)")
                .param("group", group.value())
                .param("users", users.stream().map(UserId::value).distinct().toList())
                .query(LedgerRepository::balanceRow)
                .list()
                .forEach(b -> result.put(b.userId(), b));
        return result;
    }

    /** A page of the member's entries, newest first; entry ids are time-ordered, so the last id is the cursor. */
    List<HistoryRow> history(GroupId group, UserId user, @Nullable UUID before, int limit) {
        return jdbc.sql("""
                        select id, creditor_id, debtor_id, source, message_id, created_at from ledger_entry
                        where group_id = :group and (creditor_id = :user or debtor_id = :user)
                        """ + (before == null ? "" : " and id < :before") + " order by id desc limit :limit")
                .param("group", group.value())
                .param("user", user.value())
                .param("before", before)
                .param("limit", limit)
                .query((rs, n) -> {
                    UserId creditor = UserId.of(Sql.uuid(rs, "creditor_id"));
                    boolean gave = creditor.equals(user);
                    return new HistoryRow(
                            Sql.uuid(rs, "id"),
                            gave,
                            gave ? UserId.of(Sql.uuid(rs, "debtor_id")) : creditor,
                            LedgerSource.valueOf(rs.getString("source")),
                            Sql.uuid(rs, "message_id"),
                            Sql.requiredInstant(rs, "created_at"));
                })
                .list();
    }

    /** Per member, how many times they helped {@code user} in the group (voided assists taken back). */
    Map<UserId, Integer> helpersOf(GroupId group, UserId user) {
        return counts(
                "select creditor_id as other, sum(" + SIGN + ") as n from ledger_entry"
                        + " where group_id = :group and debtor_id = :user group by creditor_id having sum(" + SIGN
                        + ") > 0",
                group,
                user);
    }

    /** Per member, how many times {@code user} helped them in the group (voided assists taken back). */
    Map<UserId, Integer> helpedBy(GroupId group, UserId user) {
        return counts(
                "select debtor_id as other, sum(" + SIGN + ") as n from ledger_entry"
                        + " where group_id = :group and creditor_id = :user group by debtor_id having sum(" + SIGN
                        + ") > 0",
                group,
                user);
    }

    private static final String SIGN = "case when source = 'ASSIST_VOIDED' then -1 else 1 end";

    /** One credit a Huzhu assist earned, in one group. */
    record Credit(GroupId group, UserId helper, UserId helped, UUID messageId) {}

    /** The credits booked for an assist (its natural reference), one per group it was asked for help in. */
    List<Credit> credits(UUID reference) {
        return jdbc.sql("select group_id, creditor_id, debtor_id, message_id from ledger_entry"
                        + " where source = 'HUZHU_ASSIST' and reference = :reference")
                .param("reference", reference)
                .query((rs, n) -> new Credit(
                        GroupId.of(Sql.uuid(rs, "group_id")),
                        UserId.of(Sql.uuid(rs, "creditor_id")),
                        UserId.of(Sql.uuid(rs, "debtor_id")),
                        Sql.uuid(rs, "message_id")))
                .list();
    }

    private Map<UserId, Integer> counts(String sql, GroupId group, UserId user) {
        Map<UserId, Integer> counts = new HashMap<>();
        jdbc.sql(sql)
                .param("group", group.value())
                .param("user", user.value())
                .query((rs, n) -> counts.put(UserId.of(Sql.uuid(rs, "other")), rs.getInt("n")))
                .list();
        return counts;
    }

    private static Balance balanceRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Balance(
                UserId.of(Sql.uuid(rs, "user_id")), rs.getInt("given"), rs.getInt("received"), rs.getInt("balance"));
    }
}
