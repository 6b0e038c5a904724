-- Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

create table app_user (
    id              uuid primary key,
    username        varchar(32)  not null,
    username_key    varchar(32)  not null,
    display_name    varchar(64)  not null,
    password_hash   varchar(255) not null,
    status          varchar(16)  not null,
    status_reason   varchar(500),
    trust_level     integer      not null default 0,
    credit_level    integer      not null default 3,
    created_at      timestamp with time zone not null,
    constraint uq_app_user_username unique (username_key),
    constraint ck_app_user_status check (status in ('ACTIVE', 'RESTRICTED', 'BANNED'))
);

create table user_role (
    user_id uuid        not null references app_user (id),
    role    varchar(16) not null,
    primary key (user_id, role),
    constraint ck_user_role check (role in ('MEMBER', 'OPERATOR', 'ADMIN'))
);

-- Only the SHA-256 of a bearer token is stored; the token itself is shown once.
create table api_token (
    token_hash  varchar(64) primary key,
    user_id     uuid        not null references app_user (id),
    name        varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index ix_api_token_user on api_token (user_id);

create table campaign (
    id                uuid primary key,
    operator_id       uuid        not null references app_user (id),
    kind              varchar(16) not null,
    status            varchar(16) not null,
    draft_terms       text        not null,
    current_version   integer     not null default 0,
    stock_available   integer     not null default 0,
    budget_available  bigint      not null default 0,
    stock_claimed     integer     not null default 0,
    created_at        timestamp with time zone not null,
    published_at      timestamp with time zone,
    ended_at          timestamp with time zone,
    constraint ck_campaign_kind check (kind in ('BARGAIN', 'ASSIST_COUNT', 'CASH_TARGET')),
    constraint ck_campaign_status check (status in ('DRAFT', 'PUBLISHED', 'ENDED')),
    constraint ck_campaign_stock check (stock_available >= 0),
    constraint ck_campaign_budget check (budget_available >= 0)
);
create index ix_campaign_status on campaign (status, created_at);

-- A published rules version is never updated: a change inserts the next version.
create table campaign_rules (
    campaign_id  uuid        not null references campaign (id),
    version      integer     not null,
    terms        text        not null,
    terms_hash   varchar(64) not null,
    published_at timestamp with time zone not null,
    published_by uuid        not null,
    primary key (campaign_id, version)
);

create table task (
    id               uuid primary key,
    campaign_id      uuid        not null references campaign (id),
    rules_version    integer     not null,
    initiator_id     uuid        not null references app_user (id),
    kind             varchar(16) not null,
    status           varchar(16) not null,
    share_code       varchar(16) not null,
    target_amount    bigint      not null,
    progress         bigint      not null default 0,
    cut_count        integer     not null,
    assists_done     integer     not null default 0,
    reward_value     bigint      not null,
    seed_commitment  varchar(64) not null,
    seed             varchar(64) not null,
    schedule         bytea       not null,
    started_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    claimed_at       timestamp with time zone,
    claim_deadline   timestamp with time zone,
    settlement       varchar(24),
    settlement_value bigint,
    constraint uq_task_share_code unique (share_code),
    constraint ck_task_status check (status in ('OPEN', 'SUCCEEDED', 'CLAIMED', 'EXPIRED', 'SETTLED', 'LAPSED')),
    constraint ck_task_progress check (progress >= 0 and progress <= target_amount),
    constraint ck_task_assists check (assists_done >= 0 and assists_done <= cut_count)
);
create index ix_task_open_expiry on task (status, expires_at);
create index ix_task_claim_deadline on task (status, claim_deadline);
create index ix_task_initiator on task (initiator_id, started_at);
create index ix_task_campaign on task (campaign_id);

create table assist (
    id              uuid primary key,
    task_id         uuid        not null references task (id),
    helper_id       uuid        not null references app_user (id),
    seq             integer     not null,
    cut             bigint      not null,
    progress_after  bigint      not null,
    idempotency_key varchar(128),
    device_id       varchar(128),
    created_at      timestamp with time zone not null,
    constraint uq_assist_task_helper unique (task_id, helper_id),
    constraint uq_assist_task_seq unique (task_id, seq),
    constraint uq_assist_helper_key unique (helper_id, idempotency_key),
    constraint ck_assist_cut check (cut > 0)
);
create index ix_assist_helper on assist (helper_id, created_at);

-- Counters behind the per-helper caps (per day, per campaign, per initiator). Incremented with a conditional
-- update under a row lock, so two concurrent assists of one helper cannot both take the last allowance.
create table helper_quota (
    helper_id uuid        not null,
    scope     varchar(120) not null,
    used      integer     not null,
    primary key (helper_id, scope)
);

-- Counters behind the per-initiator limits of one campaign (active tasks, successes).
create table initiator_quota (
    user_id     uuid    not null,
    campaign_id uuid    not null,
    active      integer not null,
    successes   integer not null,
    primary key (user_id, campaign_id),
    constraint ck_initiator_quota check (active >= 0 and successes >= 0)
);

create table idempotency_record (
    principal    varchar(64)  not null,
    idem_key     varchar(128) not null,
    fingerprint  varchar(64)  not null,
    state        varchar(16)  not null,
    status_code  integer,
    content_type varchar(128),
    body         text,
    created_at   timestamp with time zone not null,
    primary key (principal, idem_key)
);
create index ix_idempotency_created on idempotency_record (created_at);
