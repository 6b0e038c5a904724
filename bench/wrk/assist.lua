-- Spread and viral assists: POST /api/tasks/{id}/assists with a fresh Idempotency-Key per request, as a real
-- client sends. Request i (numbered from BENCH_OFFSET, interleaved over wrk's threads) is made by helper i mod H;
-- spread: on task (helper + i div H) mod T, so no (helper, task) pair repeats; viral: on the one task, each helper
-- once (a thread stops when its share of the H helpers is used up). The id of every first (non-replayed) 201 goes
-- to BENCH_DIR/acks-<BENCH_RUN>-<thread>.txt for the database check.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local tokens, tasks, nthreads, offset, limit, viral, out, run
statuses = {}
nexti = 0 -- the next request number of this thread, relative to BENCH_OFFSET (read by common.done)
acks = 0
replays = 0

function init(args)
  local dir = os.getenv("BENCH_DIR")
  tokens = common.lines(dir .. "/helpers.txt")
  tasks = common.lines(dir .. "/" .. os.getenv("BENCH_TASKS"))
  viral = #tasks == 1
  offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
  limit = viral and #tokens or math.huge
  nthreads = tonumber(os.getenv("BENCH_THREADS"))
  run = os.getenv("BENCH_RUN")
  nexti = id
  out = io.open(dir .. "/acks-" .. run .. "-" .. id .. ".txt", "w")
end

function request()
  local k = offset + nexti
  if viral and k >= limit then
    wrk.thread:stop()
  end
  nexti = nexti + nthreads
  local h = k % #tokens
  local task = viral and tasks[1] or tasks[(h + math.floor(k / #tokens)) % #tasks + 1]
  return wrk.format("POST", "/api/tasks/" .. task .. "/assists", {
    ["Authorization"] = "Bearer " .. tokens[h + 1],
    ["Idempotency-Key"] = run .. "-" .. k,
    ["Content-Length"] = "0",
  })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    if headers["Idempotency-Replayed"] then
      replays = replays + 1
    else
      acks = acks + 1
      out:write(string.match(body, '"assistId":"([0-9a-f-]+)"'), "\n")
      if acks % 512 == 0 then out:flush() end
    end
  end
end
