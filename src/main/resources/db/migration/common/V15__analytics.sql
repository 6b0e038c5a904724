-- Analytics (C12, docs/analytics.md, docs/adr/0018). Listeners turn other modules' events into facts in an inbox; one
-- roll-up writer folds them, in event-time order, into daily aggregate tables that the dashboards read. Nothing here
-- references another module's tables: ids only. Portable SQL (H2 in PostgreSQL mode and PostgreSQL).
--
-- scope_kind: 'P' the platform (scope_id is the nil UUID), 'G' a group, 'C' a campaign.

-- The inbox: one row per fact, keyed by what makes it unique (an assist id, a task id and step, a message id ...), so a
-- replayed event inserts nothing. Processed rows keep their key (not their use) for huzhu.analytics.keep-keys.
create table analytics_fact (
    fact_key     varchar(96) primary key,
    kind         varchar(24)              not null,
    at           timestamp with time zone not null,
    user_id      uuid,
    task_id      uuid,
    campaign_id  uuid,
    group_id     uuid,
    other_id     uuid,
    amount       bigint                   not null default 0,
    at2          timestamp with time zone,
    label        varchar(40),
    received_at  timestamp with time zone not null,
    processed_at timestamp with time zone
);
create index ix_analytics_fact_pending on analytics_fact (processed_at, at);

-- The single roll-up writer takes this row's lock (one node folds at a time).
create table analytics_lock (
    id integer primary key
);
insert into analytics_lock (id) values (1);

-- A member as seen in one scope: first activity, the channel that brought them and, for viral loops, who did.
create table analytics_member (
    scope_kind   varchar(1)               not null,
    scope_id     uuid                     not null,
    user_id      uuid                     not null,
    first_at     timestamp with time zone not null,
    first_day    date                     not null,
    channel      varchar(8)               not null,
    decided      boolean                  not null default false,
    referrer_id  uuid,
    referrer_at  timestamp with time zone,
    converted_at timestamp with time zone,
    primary key (scope_kind, scope_id, user_id)
);

-- One row per member per day with any activity in the scope (unique counts over trailing windows come from it).
create table analytics_active_day (
    scope_kind varchar(1) not null,
    scope_id   uuid       not null,
    user_id    uuid       not null,
    stat_day       date       not null,
    primary key (scope_kind, scope_id, user_id, stat_day)
);

-- Daily counters per scope. wau_delta/mau_delta are difference arrays: the running sum up to a day is the number of
-- distinct members active in the 7 (30) days ending that day.
create table analytics_activity (
    scope_kind  varchar(1) not null,
    scope_id    uuid       not null,
    stat_day        date       not null,
    dau         bigint     not null default 0,
    new_members bigint     not null default 0,
    wau_delta   bigint     not null default 0,
    mau_delta   bigint     not null default 0,
    primary key (scope_kind, scope_id, stat_day)
);

-- Weekly retention: members of the cohort (week of first activity, channel) active in week cohort + week_offset.
create table analytics_retention (
    scope_kind  varchar(1) not null,
    scope_id    uuid       not null,
    cohort_week date       not null,
    channel     varchar(8) not null,
    week_offset integer    not null,
    members     bigint     not null default 0,
    primary key (scope_kind, scope_id, cohort_week, channel, week_offset)
);

-- One row per task (ids only): the step times its funnel contribution is computed from.
create table analytics_task (
    task_id         uuid primary key,
    campaign_id     uuid                     not null,
    initiator_id    uuid                     not null,
    started_at      timestamp with time zone,
    first_assist_at timestamp with time zone,
    succeeded_at    timestamp with time zone,
    expired_at      timestamp with time zone,
    rewarded_at     timestamp with time zone,
    reward_kind     varchar(8),
    reward_cents    bigint                   not null default 0,
    success_assists integer                  not null default 0
);

-- Campaign funnel per day of each step.
create table analytics_funnel (
    campaign_id     uuid   not null,
    stat_day            date   not null,
    started         bigint not null default 0,
    first_assists   bigint not null default 0,
    succeeded       bigint not null default 0,
    claimed         bigint not null default 0,
    settled         bigint not null default 0,
    expired         bigint not null default 0,
    assists         bigint not null default 0,
    voided          bigint not null default 0,
    restored        bigint not null default 0,
    success_assists bigint not null default 0,
    budget_cents    bigint not null default 0,
    primary key (campaign_id, stat_day)
);

-- Help posts in groups (a task card or an external link) and when help and completion came.
create table analytics_post (
    message_id    uuid primary key,
    group_id      uuid                     not null,
    task_id       uuid,
    posted_at     timestamp with time zone not null,
    first_help_at timestamp with time zone,
    done_at       timestamp with time zone
);
create index ix_analytics_post_task on analytics_post (task_id);

-- Group health per day.
create table analytics_group_day (
    group_id          uuid   not null,
    stat_day              date   not null,
    joins             bigint not null default 0,
    departures        bigint not null default 0,
    messages          bigint not null default 0,
    help_posts        bigint not null default 0,
    help_done         bigint not null default 0,
    screened          bigint not null default 0,
    held_flagged      bigint not null default 0,
    pii_incidents     bigint not null default 0,
    reports           bigint not null default 0,
    off_topic_reports bigint not null default 0,
    actioned          bigint not null default 0,
    primary key (group_id, stat_day)
);

-- Viral loops per scope ('C' campaign, 'G' group) and day of the invitee's arrival.
create table analytics_viral (
    scope_kind varchar(1) not null,
    scope_id   uuid       not null,
    stat_day       date       not null,
    senders    bigint     not null default 0,
    invited    bigint     not null default 0,
    converted  bigint     not null default 0,
    primary key (scope_kind, scope_id, stat_day)
);

-- Duration histograms for medians: bucket b holds durations d (seconds) with floor(8 * log2(1 + d)) = b.
create table analytics_duration (
    scope_kind varchar(1)  not null,
    scope_id   uuid        not null,
    metric     varchar(16) not null,
    stat_day       date        not null,
    bucket     integer     not null,
    n          bigint      not null default 0,
    primary key (scope_kind, scope_id, metric, stat_day, bucket)
);
