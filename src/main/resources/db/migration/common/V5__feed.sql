-- The group feed. Messages are numbered per group (seq) under a row lock on group_feed, so within a group the
-- commit order is the seq order and a client's cursor (the last seq it saw) catches up without gaps.

create table group_feed (
    group_id uuid   primary key,
    last_seq bigint not null
);

create table feed_message (
    id         uuid primary key,
    group_id   uuid        not null,
    seq        bigint      not null,
    author_id  uuid        not null references app_user (id),
    kind       varchar(16) not null,
    body       varchar(4000),
    task_id    uuid references task (id),
    link       varchar(2000),
    link_domain varchar(255),
    created_at timestamp with time zone not null,
    constraint uq_feed_message_seq unique (group_id, seq),
    constraint ck_feed_message_kind check (kind in ('TEXT', 'TASK', 'LINK', 'SUCCESS'))
);
create index ix_feed_message_task on feed_message (task_id);
