-- The pgbench reference of bench/run: a table of :tasks task rows and an assist table shaped like Huzhu's (a key,
-- the task and the helper, unique per task and helper, the cut and the time), in the benchmark's own database.
drop table if exists ref_assist, ref_task;
create table ref_task (id int primary key, progress bigint not null, assists_done int not null);
create table ref_assist (
    id uuid primary key,
    task_id int not null,
    helper_id bigint not null,
    cut bigint not null,
    created_at timestamptz not null,
    unique (task_id, helper_id));
insert into ref_task select g, 0, 0 from generate_series(1, :tasks) g;
