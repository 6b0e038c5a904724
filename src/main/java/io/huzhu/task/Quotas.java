package io.huzhu.task;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters behind the per-initiator and per-helper limits. Rows are created on first use and then changed only
 * under a row lock or by a conditional update, so that concurrent requests cannot both take the last allowance.
 */
@Repository
class Quotas {

    /** One helper counter: a helper and a scope such as a day, a campaign or an initiator on a campaign. */
    record Key(UserId helper, String scope) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Quotas(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // --- initiators -------------------------------------------------------------------------------------------

    /**
     * Counts a new active task unless the member already has {@code maxActive} open tasks or could exceed
     * {@code maxSuccesses} (open plus succeeded).
     */
    boolean startTask(UserId user, CampaignId campaign, int maxActive, int maxSuccesses) {
        jdbc.sql("""
                        insert into initiator_quota (user_id, campaign_id, active, successes)
                        values (:user, :campaign, 0, 0) on conflict do nothing
                        """)
                .param("user", user.value())
                .param("campaign", campaign.value())
                .update();
        return jdbc.sql("""
                                update initiator_quota set active = active + 1
                                where user_id = :user and campaign_id = :campaign
                                  and active < :maxActive and active + successes < :maxSuccesses
                                """)
                        .param("user", user.value())
                        .param("campaign", campaign.value())
                        .param("maxActive", maxActive)
                        .param("maxSuccesses", maxSuccesses)
                        .update()
                == 1;
    }

    /** The member's open tasks on the campaign (to explain a refusal). */
    int activeTasks(UserId user, CampaignId campaign) {
        return jdbc.sql("select active from initiator_quota where user_id = :user and campaign_id = :campaign")
                .param("user", user.value())
                .param("campaign", campaign.value())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** A task ended: it is no longer active, and counts as a success if it succeeded. */
    void endTask(UserId user, CampaignId campaign, boolean succeeded) {
        jdbc.sql("update initiator_quota set active = active - 1, successes = successes + :success"
                        + " where user_id = :user and campaign_id = :campaign and active > 0")
                .param("success", succeeded ? 1 : 0)
                .param("user", user.value())
                .param("campaign", campaign.value())
                .update();
    }

    /**
     * A correction by risk control moved a task across its target: a success taken back reopens the task
     * ({@code active + 1, successes - 1}), a success given later counts ({@code successes + 1}, and
     * {@code active - 1} if the task was still open).
     */
    void adjust(UserId user, CampaignId campaign, int active, int successes) {
        jdbc.sql("update initiator_quota set active = active + :active, successes = successes + :successes"
                        + " where user_id = :user and campaign_id = :campaign"
                        + " and active + :active >= 0 and successes + :successes >= 0")
                .param("active", active)
                .param("successes", successes)
                .param("user", user.value())
                .param("campaign", campaign.value())
                .update();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /**
     * Reads and locks the helper counters of a batch, creating missing ones at zero. Keys are locked in a fixed
     * order (helper, scope) so that two batches touching the same helpers cannot deadlock.
     */
    Map<Key, Integer> lockHelperCounters(List<Key> keys) {
        List<Key> sorted = keys.stream()
                .distinct()
                .sorted((a, b) -> {
                    int byHelper = a.helper().value().compareTo(b.helper().value());
                    return byHelper != 0 ? byHelper : a.scope().compareTo(b.scope());
                })
                .toList();
        template.batchUpdate(
                "insert into helper_quota (helper_id, scope, used) values (?, ?, 0) on conflict do nothing",
                sorted,
                sorted.size(),
                (ps, key) -> {
                    ps.setObject(1, key.helper().value());
                    ps.setString(2, key.scope());
                });
        List<Object[]> pairs = new ArrayList<>(sorted.size());
        sorted.forEach(key -> pairs.add(new Object[] {key.helper().value(), key.scope()}));
        Map<Key, Integer> used = new HashMap<>();
        jdbc.sql("select helper_id, scope, used from helper_quota where (helper_id, scope) in (:pairs)"
                        + " order by helper_id, scope for update")
                .param("pairs", pairs)
                .query((rs, n) -> used.put(
                        new Key(new UserId(rs.getObject("helper_id", UUID.class)), rs.getString("scope")),
                        rs.getInt("used")))
                .list();
        return used;
    }

    void increment(List<Key> keys) {
        template.batchUpdate(
                "update helper_quota set used = used + 1 where helper_id = ? and scope = ?",
                keys,
                keys.size(),
                (ps, key) -> {
                    ps.setObject(1, key.helper().value());
                    ps.setString(2, key.scope());
                });
    }
}
