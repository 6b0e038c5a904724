-- Risk control (C10). Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Other modules' rows
-- are referenced by id only. Devices and addresses are never stored as sent: device = a keyed hash (SipHash-2-4,
-- hex) of the X-Device-Id header, address = a keyed hash of the client IP address, network = its /24 (IPv4) or
-- /64 (IPv6) prefix. Signal rows are deleted after huzhu.risk.signal-retention (90 days by default).

-- The key of those hashes, made once per installation (so hashes agree across nodes and restarts).
create table risk_key (
    id         integer primary key,
    secret     varchar(64) not null,
    created_at timestamp with time zone not null
);

-- Every assist as the risk gate saw it, written in the transaction that counts it.
create table risk_assist (
    assist_id    uuid primary key,
    task_id      uuid        not null,
    campaign_id  uuid        not null,
    helper_id    uuid        not null,
    initiator_id uuid        not null,
    device       varchar(16),
    address      varchar(16),
    network      varchar(48),
    inline       varchar(8)  not null,
    inline_reason varchar(40),
    state        varchar(12) not null,
    case_id      uuid,
    at           timestamp with time zone not null,
    constraint ck_risk_assist_inline check (inline in ('ALLOW', 'REVIEW')),
    constraint ck_risk_assist_state check (state in ('COUNTED', 'HELD', 'VOIDED', 'CLEARED'))
);
create index ix_risk_assist_at on risk_assist (at);
create index ix_risk_assist_state on risk_assist (state, at);
create index ix_risk_assist_case on risk_assist (case_id);

-- Registrations, sign-ins and task starts, with where they came from.
create table risk_activity (
    id       uuid primary key,
    user_id  uuid        not null,
    kind     varchar(12) not null,
    device   varchar(16),
    address  varchar(16),
    network  varchar(48),
    at       timestamp with time zone not null,
    constraint ck_risk_activity_kind check (kind in ('REGISTER', 'SIGN_IN', 'TASK_START'))
);
create index ix_risk_activity_user on risk_activity (user_id, at);
create index ix_risk_activity_at on risk_activity (at);

-- Group joins, with the member whose invitation was used (when known).
create table risk_join (
    group_id   uuid not null,
    user_id    uuid not null,
    invited_by uuid,
    at         timestamp with time zone not null,
    primary key (group_id, user_id, at)
);
create index ix_risk_join_user on risk_join (user_id);

-- Content-pipeline findings that matter for fraud (paid-help offers and requests) against their author.
create table risk_content (
    id        uuid primary key,
    author_id uuid        not null,
    category  varchar(24) not null,
    at        timestamp with time zone not null
);
create index ix_risk_content_author on risk_content (author_id, at);

-- Cases: one finding of a detector, with its evidence (JSON: accounts, tasks, masked devices and networks,
-- features). status OPEN -> CONFIRMED or DISMISSED.
create table risk_case (
    id            uuid primary key,
    detector      varchar(24)  not null,
    reason        varchar(40)  not null,
    effect        varchar(8)   not null,
    score         integer      not null,
    status        varchar(12)  not null,
    accounts      integer      not null,
    assists       integer      not null,
    window_from   timestamp with time zone not null,
    window_to     timestamp with time zone not null,
    evidence      varchar(100000) not null,
    opened_at     timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    decided_by    uuid,
    decided_at    timestamp with time zone,
    decision_note varchar(1000),
    penalty       varchar(12),
    constraint ck_risk_case_status check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    constraint ck_risk_case_effect check (effect in ('VOID', 'REVIEW'))
);
create index ix_risk_case_status on risk_case (status, opened_at);

-- The accounts a case names, and how: HELPER (gave flagged assists) or INITIATOR (received them).
create table risk_case_account (
    case_id uuid        not null,
    user_id uuid        not null,
    role    varchar(12) not null,
    primary key (case_id, user_id, role),
    constraint ck_risk_case_account_role check (role in ('HELPER', 'INITIATOR'))
);
create index ix_risk_case_account_user on risk_case_account (user_id);

-- Appeals by an affected member, decided by an operator other than the one who decided the case.
create table risk_appeal (
    id            uuid primary key,
    case_id       uuid          not null references risk_case (id),
    open_case_id  uuid,
    appellant_id  uuid          not null,
    appeal_text   varchar(2000) not null,
    status        varchar(12)   not null,
    decided_by    uuid,
    decision_note varchar(1000),
    created_at    timestamp with time zone not null,
    decided_at    timestamp with time zone,
    constraint uq_risk_appeal_open unique (open_case_id, appellant_id),
    constraint ck_risk_appeal_status check (status in ('OPEN', 'UPHELD', 'OVERTURNED'))
);
create index ix_risk_appeal_status on risk_appeal (status, created_at);
create index ix_risk_appeal_appellant on risk_appeal (appellant_id, created_at);

-- The append-only audit log of risk control. actor_id null = SYSTEM (a scan, the inline gate).
create table risk_audit (
    seq       bigint generated by default as identity primary key,
    id        uuid         not null,
    case_id   uuid,
    appeal_id uuid,
    actor_id  uuid,
    action    varchar(24)  not null,
    assists   integer      not null default 0,
    reason    varchar(1000) not null,
    at        timestamp with time zone not null,
    constraint uq_risk_audit_id unique (id)
);
create index ix_risk_audit_case on risk_audit (case_id, seq);

-- One row: scans on several nodes take its lock in turn, so a finding never becomes two cases.
create table risk_scan (
    id        integer primary key,
    last_scan timestamp with time zone
);
insert into risk_scan (id, last_scan) values (1, null);

-- Ledger entries may now reverse an assist that risk control voided, and book it again when it is restored.
alter table ledger_entry drop constraint ck_ledger_entry_source;
alter table ledger_entry add constraint ck_ledger_entry_source
    check (source in ('HUZHU_ASSIST', 'CONFIRMED_LINK', 'ASSIST_VOIDED', 'ASSIST_RESTORED'));
