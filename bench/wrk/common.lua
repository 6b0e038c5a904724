-- Shared by the bench/run wrk scripts: numbering of threads, status counts, and the summary line that
-- io.huzhu.bench.WrkDriver parses. Environment: BENCH_DIR (where the token and task lists are).
local common = {}
local threads = {}
local counter = 0

function common.setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function common.lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

-- One line, "BENCH key=value ...": requests, duration, latency percentiles (µs), socket errors, statuses, and the
-- highest next request number of any thread (the next invocation starts after it, so no request number repeats).
function common.done(summary, latency)
  local statuses = {}
  local acks, replays, next = 0, 0, 0
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses") or {}
    for status, n in pairs(counts) do
      statuses[status] = (statuses[status] or 0) + n
    end
    acks = acks + (thread:get("acks") or 0)
    replays = replays + (thread:get("replays") or 0)
    next = math.max(next, thread:get("nexti") or 0)
  end
  local parts = {}
  for status, n in pairs(statuses) do parts[#parts + 1] = status .. ":" .. n end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d mean_us=%.0f connect=%d read=%d write=%d timeout=%d"
      .. " acks=%d replays=%d next=%d statuses=%s\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    e.connect, e.read, e.write, e.timeout, acks, replays, next, table.concat(parts, ",")))
end

return common
