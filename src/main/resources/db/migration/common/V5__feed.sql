-- The group feed. Visible messages are numbered per group (seq) under a row lock on group_feed, so within a group
-- the commit order is the seq order and a client's cursor (the last seq it saw) catches up without gaps. A message
-- held for review gets its seq only when a moderator approves it.

create table group_feed (
    group_id uuid   primary key,
    last_seq bigint not null
);

create table feed_message (
    id         uuid primary key,
    group_id   uuid        not null,
    seq        bigint,
    status     varchar(16) not null,
    author_id  uuid        not null references app_user (id),
    kind       varchar(16) not null,
    body       varchar(4000),
    task_id    uuid references task (id),
    link       varchar(2000),
    link_domain varchar(255),
    created_at timestamp with time zone not null,
    constraint uq_feed_message_seq unique (group_id, seq),
    constraint ck_feed_message_kind check (kind in ('TEXT', 'TASK', 'LINK', 'SUCCESS')),
    constraint ck_feed_message_status check (status in ('VISIBLE', 'HELD', 'HIDDEN', 'REMOVED')),
    constraint ck_feed_message_seq check (seq is not null or status in ('HELD', 'REMOVED'))
);
create index ix_feed_message_task on feed_message (task_id);
create index ix_feed_message_author on feed_message (group_id, author_id, created_at);
