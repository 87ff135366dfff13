-- wrk script: GET a request path drawn (seeded) from the file named by $PATHS (one path a line), counting answers by
-- status; with $MAX_REQUESTS set, the run stops after that many answers (shared among the threads).
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(42 + id)
  statuses = {}
  answered = 0
  local max = tonumber(os.getenv("MAX_REQUESTS") or "0")
  limit = max > 0 and math.ceil(max / thread_count_total()) or 0
end

function thread_count_total()
  return tonumber(os.getenv("WRK_THREADS") or "2")
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  answered = answered + 1
  if limit > 0 and answered >= limit then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local keys = {}
  for status in pairs(total) do keys[#keys + 1] = status end
  table.sort(keys)
  for _, status in ipairs(keys) do
    io.write(string.format("status %d: %d\n", status, total[status]))
  end
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
