-- Consumption guardrails (C11). Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Other modules'
-- rows are referenced by id only; the activity tables below are the gate's own copy of the facts it learns from the
-- features' events (tasks, claims and settlements, help posts, assists).

-- One row per member who has used a guardrail (or was checked by one): time zone, quiet hours and break. The row is
-- also the lock that serialises a member's checks, so two concurrent claims cannot both pass a spending limit.
-- Null columns mean "the platform default".
create table guardrail_member (
    user_id       uuid primary key,
    zone          varchar(64),
    quiet_enabled boolean     not null default true,
    quiet_start   integer,
    quiet_end     integer,
    break_from    timestamp with time zone,
    break_until   timestamp with time zone,
    updated_at    timestamp with time zone not null,
    constraint ck_guardrail_member_quiet check (
        (quiet_start is null or quiet_start between 0 and 1439) and (quiet_end is null or quiet_end between 0 and 1439))
);

-- A member's own limits. value applies now; pending_value (a raise) applies from pending_from, 24 hours after it was
-- asked for. A member without a row for a kind has the platform default.
create table guardrail_limit (
    user_id       uuid        not null,
    kind          varchar(24) not null,
    limit_value   bigint      not null,
    pending_value bigint,
    pending_from  timestamp with time zone,
    updated_at    timestamp with time zone not null,
    primary key (user_id, kind),
    constraint ck_guardrail_limit_kind check (
        kind in ('MONTHLY_SPEND', 'ACTIVE_TASKS', 'DAILY_HELP_POSTS', 'COOLING_OFF_THRESHOLD')),
    constraint ck_guardrail_limit_values check (limit_value >= 0 and (pending_value is null or pending_value >= 0))
);

-- Platform defaults and maxima set by operators; a kind without a row uses huzhu.guardrails.* settings.
create table guardrail_platform (
    kind          varchar(24) primary key,
    default_value bigint      not null,
    max_value     bigint      not null,
    updated_by    uuid        not null,
    updated_at    timestamp with time zone not null,
    constraint ck_guardrail_platform check (default_value >= 0 and max_value >= default_value)
);

-- Tasks a member started: open until ended_at (success or expiry) or past expires_at.
create table guardrail_task (
    task_id    uuid primary key,
    user_id    uuid    not null,
    started_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    ended_at   timestamp with time zone,
    succeeded  boolean not null default false
);
create index ix_guardrail_task_user on guardrail_task (user_id, started_at);

-- What a member agreed to pay (claiming at a price, buying an expired bargain at its current price) and saved.
create table guardrail_spend (
    task_id     uuid primary key,
    user_id     uuid   not null,
    paid_cents  bigint not null,
    saved_cents bigint not null,
    at          timestamp with time zone not null
);
create index ix_guardrail_spend_user on guardrail_spend (user_id, at);

-- Help posts (a task or an external link posted for help), counted when written, held or not.
create table guardrail_help_post (
    message_id uuid primary key,
    user_id    uuid not null,
    at         timestamp with time zone not null
);
create index ix_guardrail_help_post_user on guardrail_help_post (user_id, at);

-- Assists given and received, for the monthly summary.
create table guardrail_assist (
    assist_id    uuid primary key,
    helper_id    uuid not null,
    initiator_id uuid not null,
    at           timestamp with time zone not null
);
create index ix_guardrail_assist_helper on guardrail_assist (helper_id, at);
create index ix_guardrail_assist_initiator on guardrail_assist (initiator_id, at);

-- Cooling-off: a purchase above the member's threshold waits; the member confirms it from confirmable_at until
-- expires_at. confirmed_at is set in the transaction that makes the purchase.
create table guardrail_hold (
    id             uuid primary key,
    user_id        uuid   not null,
    subject_id     uuid   not null,
    item           varchar(200) not null,
    price_cents    bigint not null,
    saved_cents    bigint not null,
    created_at     timestamp with time zone not null,
    confirmable_at timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    confirmed_at   timestamp with time zone
);
create index ix_guardrail_hold_subject on guardrail_hold (user_id, subject_id);
