-- Issue 17, continued: the member's own tables of issue 14 (guardrails, notifications) distributed by the member's
-- id (docs/scaling.md): each primary and unique key gains the member column, with a plain index on the old key so
-- lookups by it stay fast. Every key's meaning is unchanged (a task, a message, a hold, an assist or a notice has one
-- member), and every insert uses "on conflict do nothing" without a target, so no statement changes but one:
-- notification_item gains recipient_id (filled from its notice) so that a notice's items live with the notice.
-- PostgreSQL names a primary key <table>_pkey.

alter table guardrail_task drop constraint guardrail_task_pkey;
alter table guardrail_task add primary key (user_id, task_id);
create index ix_guardrail_task_id on guardrail_task (task_id);

alter table guardrail_spend drop constraint guardrail_spend_pkey;
alter table guardrail_spend add primary key (user_id, task_id);
create index ix_guardrail_spend_task on guardrail_spend (task_id);

alter table guardrail_help_post drop constraint guardrail_help_post_pkey;
alter table guardrail_help_post add primary key (user_id, message_id);
create index ix_guardrail_help_post_message on guardrail_help_post (message_id);

alter table guardrail_hold drop constraint guardrail_hold_pkey;
alter table guardrail_hold add primary key (user_id, id);
create index ix_guardrail_hold_id on guardrail_hold (id);

-- Distributed by the helper (assists given); "assists received" in the monthly summary reads by initiator across
-- shards, off the hot path.
alter table guardrail_assist drop constraint guardrail_assist_pkey;
alter table guardrail_assist add primary key (helper_id, assist_id);
create index ix_guardrail_assist_id on guardrail_assist (assist_id);

alter table notification drop constraint notification_pkey;
alter table notification add primary key (recipient_id, seq);
drop index ix_notification_recipient;
alter table notification drop constraint uq_notification_id;
alter table notification add constraint uq_notification_id unique (recipient_id, id);
create index ix_notification_id on notification (id);

alter table notification_item add column recipient_id uuid;
update notification_item set recipient_id =
    (select n.recipient_id from notification n where n.id = notification_item.notification_id);
delete from notification_item where recipient_id is null;
alter table notification_item alter column recipient_id set not null;
alter table notification_item drop constraint notification_item_pkey;
alter table notification_item add primary key (recipient_id, item_id);
