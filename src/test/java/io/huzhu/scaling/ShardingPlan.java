package io.huzhu.scaling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Citus plan of docs/scaling.md as data, for {@link ShardingPlanIntegrationTests}. */
final class ShardingPlan {

    private ShardingPlan() {}

    enum Kind {
        /** Sharded on a column; tables of one colocation group keep equal values on the same node. */
        DISTRIBUTED,
        /** Small, read everywhere, written rarely: a copy on every node. */
        REFERENCE,
        /** Operators' tables off the hot path: stay on the coordinator. */
        LOCAL
    }

    record Placement(Kind kind, String column, String colocation) {
        boolean distributed() {
            return kind == Kind.DISTRIBUTED;
        }

        @Override
        public String toString() {
            return distributed() ? colocation + " by " + column : kind.name().toLowerCase();
        }
    }

    static Placement byTask(String column) {
        return new Placement(Kind.DISTRIBUTED, column, "task");
    }

    static Placement byGroup(String column) {
        return new Placement(Kind.DISTRIBUTED, column, "group");
    }

    static Placement byUser(String column) {
        return new Placement(Kind.DISTRIBUTED, column, "user");
    }

    static Placement by(String column, String colocation) {
        return new Placement(Kind.DISTRIBUTED, column, colocation);
    }

    static final Placement REFERENCE = new Placement(Kind.REFERENCE, "", "");
    static final Placement LOCAL = new Placement(Kind.LOCAL, "", "");

    static final Map<String, Placement> PLAN = new LinkedHashMap<>();

    static {
        // Tasks and what hangs off them: the assist path touches one task's shard only.
        PLAN.put("task", byTask("id"));
        PLAN.put("assist", byTask("task_id"));
        PLAN.put("task_correction", byTask("task_id"));
        PLAN.put("risk_assist", byTask("task_id"));
        // Groups and their feed, membership, reciprocity and moderation: a post touches one group's shard only.
        PLAN.put("community_group", byGroup("id"));
        PLAN.put("group_link_domain", byGroup("group_id"));
        PLAN.put("group_member", byGroup("group_id"));
        PLAN.put("group_item", byGroup("group_id"));
        PLAN.put("group_feed", byGroup("group_id"));
        PLAN.put("feed_message", byGroup("group_id"));
        PLAN.put("group_policy", byGroup("group_id"));
        PLAN.put("post_quota", byGroup("group_id"));
        PLAN.put("help_request", byGroup("group_id"));
        PLAN.put("help_given", byGroup("group_id"));
        PLAN.put("help_report", byGroup("group_id"));
        PLAN.put("ledger_entry", byGroup("group_id"));
        PLAN.put("ledger_balance", byGroup("group_id"));
        PLAN.put("moderation_audit", byGroup("group_id"));
        PLAN.put("moderation_case", byGroup("group_id"));
        PLAN.put("moderation_report", byGroup("group_id"));
        PLAN.put("moderation_warning", byGroup("group_id"));
        PLAN.put("moderation_member", byGroup("group_id"));
        PLAN.put("moderation_daily", byGroup("group_id"));
        PLAN.put("moderation_appeal", byGroup("group_id"));
        PLAN.put("risk_join", byGroup("group_id"));
        // Per-member counters and signals: one member's shard.
        PLAN.put("helper_quota", byUser("helper_id"));
        PLAN.put("initiator_quota", byUser("user_id"));
        PLAN.put("risk_activity", byUser("user_id"));
        PLAN.put("risk_content", byUser("author_id"));
        PLAN.put("idempotency_record", by("principal", "principal"));
        PLAN.put("api_token", by("token_hash", "token"));
        // Read on every request or assist, written rarely: a copy on every node.
        PLAN.put("app_user", REFERENCE);
        PLAN.put("user_role", REFERENCE);
        PLAN.put("campaign", REFERENCE);
        PLAN.put("campaign_rules", REFERENCE);
        PLAN.put("risk_key", REFERENCE);
        PLAN.put("safety_sample", REFERENCE);
        // Operators' work, off the hot path.
        PLAN.put("risk_case", LOCAL);
        PLAN.put("risk_case_account", LOCAL);
        PLAN.put("risk_appeal", LOCAL);
        PLAN.put("risk_audit", LOCAL);
        PLAN.put("risk_scan", LOCAL);
        PLAN.put("event_publication", LOCAL);
        // A member's own guardrails and notices (issue 14): by the member, like the risk signals (V17 moved the keys).
        PLAN.put("guardrail_member", byUser("user_id"));
        PLAN.put("guardrail_limit", byUser("user_id"));
        PLAN.put("guardrail_task", byUser("user_id"));
        PLAN.put("guardrail_spend", byUser("user_id"));
        PLAN.put("guardrail_help_post", byUser("user_id"));
        PLAN.put("guardrail_hold", byUser("user_id"));
        PLAN.put("guardrail_assist", byUser("helper_id"));
        PLAN.put("notification", byUser("recipient_id"));
        PLAN.put("notification_item", byUser("recipient_id"));
        PLAN.put("notification_preference", byUser("user_id"));
        // The platform's defaults and maxima: read on every limited write, changed by an operator now and then.
        PLAN.put("guardrail_platform", REFERENCE);
        // Where a task was posted, read when its events reach the webhooks: with the task.
        PLAN.put("notify_task_group", byTask("task_id"));
        // Off the hot path, fed by events through the registry and read by operators and group owners: the
        // analytics roll-ups (issue 16) and the webhook endpoints and their delivery queue (issue 14).
        PLAN.put("analytics_active_day", LOCAL);
        PLAN.put("analytics_activity", LOCAL);
        PLAN.put("analytics_duration", LOCAL);
        PLAN.put("analytics_fact", LOCAL);
        PLAN.put("analytics_funnel", LOCAL);
        PLAN.put("analytics_group_day", LOCAL);
        PLAN.put("analytics_lock", LOCAL);
        PLAN.put("analytics_member", LOCAL);
        PLAN.put("analytics_post", LOCAL);
        PLAN.put("analytics_retention", LOCAL);
        PLAN.put("analytics_task", LOCAL);
        PLAN.put("analytics_viral", LOCAL);
        PLAN.put("webhook_delivery", LOCAL);
        PLAN.put("webhook_endpoint", LOCAL);
    }

    /** Not application data. */
    static final Set<String> IGNORED = Set.of("flyway_schema_history", "event_publication_archive");

    /** Known departures from the plan, each with its fix in docs/scaling.md ("What does not fit yet"). */
    static final List<String> PENDING = List.of(
            "assist: unique key [helper_id, idempotency_key] lacks task_id",
            "community_group: unique key [invite_code] lacks id",
            "feed_message: foreign key {task_id=id} to task crosses shards (group by group_id → task by id)",
            "help_given: has no distribution column group_id",
            "help_given: primary key [helper_id, message_id] lacks group_id",
            "task: unique key [share_code] lacks id");
}
