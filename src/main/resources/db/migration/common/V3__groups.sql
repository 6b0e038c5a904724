-- Groups (互助群). Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- member_count is the capacity counter: joins and approvals take a seat with a conditional update
-- (member_count < capacity) whose row count is checked, so concurrent joins cannot overfill a group.
create table community_group (
    id             uuid primary key,
    name           varchar(40)  not null,
    description    varchar(500) not null,
    rules          text         not null,
    rules_version  integer      not null,
    rules_hash     varchar(64)  not null,
    capacity       integer      not null,
    member_count   integer      not null default 0,
    join_approval  boolean      not null default false,
    invite_code    varchar(16)  not null,
    owner_id       uuid         not null references app_user (id),
    created_at     timestamp with time zone not null,
    constraint uq_community_group_invite unique (invite_code),
    constraint ck_community_group_capacity check (capacity between 2 and 5000),
    constraint ck_community_group_count check (member_count >= 0 and member_count <= capacity)
);

-- The group's own link allowlist (registrable domains, lower case).
create table group_link_domain (
    group_id uuid         not null references community_group (id),
    domain   varchar(253) not null,
    primary key (group_id, domain)
);

-- One row per user who is a member (ACTIVE), waits for approval (PENDING) or is banned (BANNED). Leaving or
-- being kicked deletes the row, so the user may join again. The primary key makes membership one index lookup.
create table group_member (
    group_id          uuid        not null references community_group (id),
    user_id           uuid        not null references app_user (id),
    role              varchar(8)  not null,
    status            varchar(8)  not null,
    requested_at      timestamp with time zone not null,
    joined_at         timestamp with time zone,
    rules_version     integer,
    rules_hash        varchar(64),
    rules_accepted_at timestamp with time zone,
    muted_until       timestamp with time zone,
    mute_reason       varchar(500),
    ban_reason        varchar(500),
    primary key (group_id, user_id),
    constraint ck_group_member_role check (role in ('OWNER', 'ADMIN', 'MEMBER')),
    constraint ck_group_member_status check (status in ('PENDING', 'ACTIVE', 'BANNED'))
);
create index ix_group_member_user on group_member (user_id, status);

-- Announcements and the tips board (最新资讯和技巧).
create table group_item (
    id         uuid primary key,
    group_id   uuid          not null references community_group (id),
    kind       varchar(16)   not null,
    author_id  uuid          not null references app_user (id),
    title      varchar(100)  not null,
    body       varchar(4000) not null,
    pinned     boolean       not null default false,
    created_at timestamp with time zone not null,
    constraint ck_group_item_kind check (kind in ('ANNOUNCEMENT', 'TIP'))
);
create index ix_group_item_group on group_item (group_id, kind, created_at);
