-- Issue 17: keys ready to shard (docs/scaling.md). A table distributed on a column (task_id, group_id, a user id)
-- must carry that column in its primary key and unique keys, so each of these primary keys becomes
-- (distribution column, id); a plain index on the old key keeps lookups by id fast. Unique keys whose other columns
-- already determine the group (a message's reports, an audit entry's open appeal) gain the group id: same meaning.
-- PostgreSQL: the same change as in the other vendor folder, written in this database's syntax for dropping a primary
-- key (PostgreSQL names it <table>_pkey; H2 drops it by keyword).

alter table assist drop constraint assist_pkey;
alter table assist add primary key (task_id, id);
create index ix_assist_id on assist (id);

alter table feed_message drop constraint feed_message_pkey;
alter table feed_message add primary key (group_id, id);
create index ix_feed_message_id on feed_message (id);

alter table group_item drop constraint group_item_pkey;
alter table group_item add primary key (group_id, id);
create index ix_group_item_id on group_item (id);

alter table help_report drop constraint help_report_pkey;
alter table help_report add primary key (group_id, id);
create index ix_help_report_id on help_report (id);

alter table help_request drop constraint help_request_pkey;
alter table help_request add primary key (group_id, message_id);
create index ix_help_request_message_id on help_request (message_id);

alter table ledger_entry drop constraint ledger_entry_pkey;
alter table ledger_entry add primary key (group_id, id);
create index ix_ledger_entry_id on ledger_entry (id);

alter table moderation_appeal drop constraint moderation_appeal_pkey;
alter table moderation_appeal add primary key (group_id, id);
create index ix_moderation_appeal_id on moderation_appeal (id);

alter table moderation_case drop constraint moderation_case_pkey;
alter table moderation_case add primary key (group_id, id);
create index ix_moderation_case_id on moderation_case (id);

alter table moderation_report drop constraint moderation_report_pkey;
alter table moderation_report add primary key (group_id, id);
create index ix_moderation_report_id on moderation_report (id);

alter table moderation_warning drop constraint moderation_warning_pkey;
alter table moderation_warning add primary key (group_id, id);
create index ix_moderation_warning_id on moderation_warning (id);

alter table moderation_audit drop constraint moderation_audit_pkey;
alter table moderation_audit add primary key (group_id, seq);
create index ix_moderation_audit_seq on moderation_audit (seq);

alter table risk_activity drop constraint risk_activity_pkey;
alter table risk_activity add primary key (user_id, id);
create index ix_risk_activity_id on risk_activity (id);

alter table risk_content drop constraint risk_content_pkey;
alter table risk_content add primary key (author_id, id);
create index ix_risk_content_id on risk_content (id);

alter table risk_assist drop constraint risk_assist_pkey;
alter table risk_assist add primary key (task_id, assist_id);
create index ix_risk_assist_assist_id on risk_assist (assist_id);

alter table task_correction drop constraint task_correction_pkey;
alter table task_correction add primary key (task_id, id);
create index ix_task_correction_id on task_correction (id);

alter table help_report drop constraint uq_help_report_helper;
alter table help_report add constraint uq_help_report_helper unique (group_id, message_id, helper_id);
alter table moderation_appeal drop constraint uq_moderation_appeal_open;
alter table moderation_appeal add constraint uq_moderation_appeal_open unique (group_id, open_audit_id);
alter table moderation_audit drop constraint uq_moderation_audit_id;
alter table moderation_audit add constraint uq_moderation_audit_id unique (group_id, id);
create index ix_moderation_audit_id on moderation_audit (id);
