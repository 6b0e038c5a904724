-- Reciprocity (C6). Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Groups, users, tasks and feed messages belong to other modules and are referenced by id only (no foreign keys).

-- An open help request, registered in the transaction of the help post that carries it (keyed by the message).
create table help_request (
    message_id   uuid primary key,
    group_id     uuid         not null,
    requester_id uuid         not null,
    kind         varchar(16)  not null,
    task_id      uuid,
    link         varchar(2048),
    note         varchar(500),
    deadline     timestamp with time zone not null,
    status       varchar(16)  not null,
    exposures    integer      not null default 0,
    help_count   integer      not null default 0,
    created_at   timestamp with time zone not null,
    closed_at    timestamp with time zone,
    constraint ck_help_request_kind check (kind in ('TASK', 'EXTERNAL_LINK')),
    constraint ck_help_request_status check (status in ('OPEN', 'DONE', 'EXPIRED', 'CLOSED')),
    constraint ck_help_request_target check (
        (kind = 'TASK' and task_id is not null) or (kind = 'EXTERNAL_LINK' and link is not null))
);
create index ix_help_request_queue on help_request (group_id, status, deadline);
create index ix_help_request_task on help_request (task_id);
create index ix_help_request_sweep on help_request (status, kind, deadline);
create index ix_help_request_requester on help_request (group_id, requester_id, created_at);

-- Who already helped with a request (an assist on its task, or an "I helped" report), so the queue hides it.
create table help_given (
    message_id uuid not null,
    helper_id  uuid not null,
    created_at timestamp with time zone not null,
    primary key (message_id, helper_id)
);
create index ix_help_given_helper on help_given (helper_id);

-- Double-entry ledger: each row moves one help credit from the helped member (debtor) to the helper (creditor).
-- The unique key makes a replayed event or a repeated confirmation book nothing the second time.
create table ledger_entry (
    id          uuid primary key,
    group_id    uuid        not null,
    creditor_id uuid        not null,
    debtor_id   uuid        not null,
    source      varchar(16) not null,
    reference   uuid        not null,
    message_id  uuid        not null,
    created_at  timestamp with time zone not null,
    constraint uq_ledger_entry_reference unique (group_id, source, reference),
    constraint ck_ledger_entry_source check (source in ('HUZHU_ASSIST', 'CONFIRMED_LINK')),
    constraint ck_ledger_entry_parties check (creditor_id <> debtor_id)
);
create index ix_ledger_entry_creditor on ledger_entry (group_id, creditor_id, created_at);
create index ix_ledger_entry_debtor on ledger_entry (group_id, debtor_id, created_at);

-- Running totals per member per group, changed in the transaction of each entry. Balances sum to zero per group.
create table ledger_balance (
    group_id uuid    not null,
    user_id  uuid    not null,
    given    integer not null default 0,
    received integer not null default 0,
    balance  integer not null default 0,
    primary key (group_id, user_id),
    constraint ck_ledger_balance check (given >= 0 and received >= 0 and balance = given - received)
);

-- "I helped" on an external link, which Huzhu cannot see: the requester confirms or disputes; admins resolve.
create table help_report (
    id           uuid primary key,
    message_id   uuid         not null,
    group_id     uuid         not null,
    helper_id    uuid         not null,
    requester_id uuid         not null,
    status       varchar(16)  not null,
    note         varchar(500),
    resolution   varchar(500),
    reported_at  timestamp with time zone not null,
    lapses_at    timestamp with time zone not null,
    decided_at   timestamp with time zone,
    decided_by   uuid,
    constraint uq_help_report_helper unique (message_id, helper_id),
    constraint ck_help_report_status check (status in ('PENDING', 'CONFIRMED', 'DISPUTED', 'REJECTED', 'LAPSED'))
);
create index ix_help_report_group_status on help_report (group_id, status, reported_at);
create index ix_help_report_lapse on help_report (status, lapses_at);

-- Posting policy per group; no row means every policy is off. Zero also means off.
create table group_policy (
    group_id         uuid    primary key,
    help_before_post integer not null default 0,
    max_posts_per_day integer not null default 0,
    balance_floor    integer,
    updated_at       timestamp with time zone not null,
    updated_by       uuid    not null,
    constraint ck_group_policy check (help_before_post >= 0 and max_posts_per_day >= 0)
);

-- Help posts per member per group per day, taken with a conditional update so that two concurrent posts cannot
-- both take the last allowance.
create table post_quota (
    group_id uuid    not null,
    user_id  uuid    not null,
    post_day date    not null,
    used     integer not null,
    primary key (group_id, user_id, post_day)
);
