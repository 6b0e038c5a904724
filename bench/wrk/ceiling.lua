-- Ceiling: GET /api/ping, authenticated, rotating over the first 1,000 helper tokens (the steady state of the
-- token cache). Requests are formatted once per thread.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local requests = {}
local n = 0
statuses = {}

function init(args)
  local tokens = common.lines(os.getenv("BENCH_DIR") .. "/helpers.txt")
  for i = 1, math.min(1000, #tokens) do
    requests[i] = wrk.format("GET", "/api/ping", { ["Authorization"] = "Bearer " .. tokens[i] })
  end
  n = id
end

function request()
  n = n + 1
  return requests[n % #requests + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
