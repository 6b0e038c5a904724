-- Risk control (C10): an assist can be held for review or voided. It stays in the timeline with its seq and cut
-- but a voided one no longer counts. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
--
-- seq  is the assist's place in the timeline (0, 1, 2, ... in arrival order; never reused).
-- slot is the index of the schedule cut it holds. Counted and held assists hold distinct slots; a voided assist
--      releases its slot and the next assist takes the lowest released one, so the cuts of the free slots always add
--      up to exactly the remaining amount (docs/cut-schedule.md, section 7).
alter table assist add column slot integer;
update assist set slot = seq;
alter table assist alter column slot set not null;
alter table assist add column status varchar(12) not null default 'COUNTED';
alter table assist add column reason varchar(40);
alter table assist add column case_id uuid;
-- The task's "assists still needed at most" right after this assist, so that a replay answers exactly as the first
-- response did even after later voids (null on rows written before this migration: then cut_count - seq - 1).
alter table assist add column open_after integer;
alter table assist add constraint ck_assist_status check (status in ('COUNTED', 'UNDER_REVIEW', 'VOIDED'));
create index ix_assist_task_status on assist (task_id, status);

-- assists_done keeps its meaning "slots held" (counted + under review); voided_count + assists_done is the length of
-- the timeline. released_slots lists the slots given back by voided assists and not yet taken again (unsigned
-- LEB128 varints, ascending), so a batch writer knows them from the row it locks.
alter table task add column voided_count integer not null default 0;
alter table task add column under_review integer not null default 0;
alter table task add column released_slots bytea;

-- Every change of a task's progress that was not an assist: voids, holds and restorations, with the figures after
-- it, so the public timeline explains why a progress bar moved back.
create table task_correction (
    id              uuid primary key,
    task_id         uuid        not null references task (id),
    kind            varchar(12) not null,
    assists         integer     not null,
    reason          varchar(40) not null,
    case_id         uuid,
    progress_after  bigint      not null,
    remaining_after bigint      not null,
    open_after      integer     not null,
    created_at      timestamp with time zone not null,
    constraint ck_task_correction_kind check (kind in ('VOIDED', 'HELD', 'RESTORED'))
);
create index ix_task_correction_task on task_correction (task_id, created_at);

-- Raw device ids are no longer kept with assists: risk control keeps a keyed hash of them (V10).
update assist set device_id = null;
