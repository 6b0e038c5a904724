-- One assist-shaped transaction, committed durably (the database has synchronous_commit = on): insert the assist,
-- move its task's counters. The task is one of :tasks rows, as in the spread scenario.
\set task random(1, :tasks)
\set helper random(1, 1000000000000)
BEGIN;
INSERT INTO ref_assist (id, task_id, helper_id, cut, created_at)
  VALUES (gen_random_uuid(), :task, :helper, 1, now()) ON CONFLICT DO NOTHING;
UPDATE ref_task SET progress = progress + 1, assists_done = assists_done + 1 WHERE id = :task;
END;
