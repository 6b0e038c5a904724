package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Ids;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.support.Api;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Groups, members and help posts for the reciprocity integration tests, through the public API where there is one. */
final class ReciprocityScenario {

    record Group(GroupId id, String inviteCode, Api.Session owner) {}

    private final Api api;
    private final HelpRequests helpRequests;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReciprocityScenario(
            Api api, HelpRequests helpRequests, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.api = api;
        this.helpRequests = helpRequests;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    Group group(Api.Session owner) {
        Api.Response created = api.post(
                "/api/groups",
                owner.token(),
                Map.of("name", "互助群 test", "description", "reciprocity tests", "rules", "Help before you ask."));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Group(
                GroupId.of(UUID.fromString(created.json().path("id").asString())),
                created.json().path("inviteCode").asString(),
                owner);
    }

    Api.Session join(Group group, String prefix) {
        Api.Session member = api.register(prefix);
        Api.Response joined = api.post(
                "/api/groups/join", member.token(), Map.of("inviteCode", group.inviteCode(), "acceptRules", true));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return member;
    }

    void moderate(Group group, Api.Session target, String action, Object body) {
        Api.Response response = api.post(
                "/api/groups/" + group.id() + "/members/" + target.id() + "/" + action,
                group.owner().token(),
                body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 204);
    }

    /** What the feed does when a member posts a help post: check the policy and open the request, one transaction. */
    UUID post(Group group, Api.Session requester, HelpKind kind, String taskIdOrLink) {
        UUID message = Ids.next();
        transactions.executeWithoutResult(status -> {
            helpRequests.checkMayPost(group.id(), UserId.of(requester.id()));
            helpRequests.open(draft(group, requester, message, kind, taskIdOrLink, clock.instant()));
        });
        return message;
    }

    static HelpRequestDraft draft(
            Group group, Api.Session requester, UUID message, HelpKind kind, String target, Instant now) {
        boolean task = kind == HelpKind.TASK;
        return new HelpRequestDraft(
                group.id(),
                message,
                UserId.of(requester.id()),
                kind,
                task ? TaskId.of(UUID.fromString(target)) : null,
                task ? null : target,
                task ? null : "帮我砍一刀",
                now.plus(Duration.ofHours(23)));
    }

    int entries(Group group) {
        return jdbc.sql("select count(*) from ledger_entry where group_id = :g")
                .param("g", group.id().value())
                .query(Integer.class)
                .single();
    }

    int entries(Group group, Api.Session helper, Api.Session helped) {
        return jdbc.sql("select count(*) from ledger_entry where group_id = :g and creditor_id = :c and debtor_id = :d")
                .param("g", group.id().value())
                .param("c", helper.id())
                .param("d", helped.id())
                .query(Integer.class)
                .single();
    }

    String status(UUID message) {
        return jdbc.sql("select status from help_request where message_id = :m")
                .param("m", message)
                .query(String.class)
                .single();
    }

    /**
     * The double-entry invariant over the whole database: balances sum to zero in every group, every balance row
     * equals given minus received, and the totals match the entries.
     */
    void assertBooksBalance() {
        List<UUID> unbalanced = jdbc.sql("select group_id from ledger_balance group by group_id"
                        + " having sum(balance) <> 0 or sum(given) <> sum(received)")
                .query(UUID.class)
                .list();
        assertThat(unbalanced).as("groups whose balances do not sum to zero").isEmpty();
        List<UUID> mismatched = jdbc.sql("""
                        select b.group_id from ledger_balance b
                        where b.given <> (select count(*) from ledger_entry e
                                          where e.group_id = b.group_id and e.creditor_id = b.user_id)
                           or b.received <> (select count(*) from ledger_entry e
                                             where e.group_id = b.group_id and e.debtor_id = b.user_id)
                        """).query(UUID.class).list();
        assertThat(mismatched).as("balances that disagree with the entries").isEmpty();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
