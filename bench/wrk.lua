-- One wrk script for every HTTP measurement, configured by environment variables (set by run.sh):
--   BENCH_METHOD  GET or POST
--   BENCH_PATH    the path; "{x}" in it is replaced by a random line of BENCH_VALUES
--   BENCH_VALUES  file with one value per line (project ids, county codes), optional
--   BENCH_BODIES  file with one JSON body per line (POST), optional: a random one per request
--   BENCH_RATE    total target rate in requests/s for paced runs; 0 or unset = as fast as possible
--   BENCH_CONNS   the connection count given to wrk (-c), to turn the rate into a per-connection delay
-- wrk runs this file once per thread, so each thread loads its own copy of the lists.

local function lines(file)
  local list = {}
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then list[#list + 1] = line end
    end
  end
  return list
end

local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local values = lines(os.getenv("BENCH_VALUES"))
local bodies = lines(os.getenv("BENCH_BODIES"))
local rate = tonumber(os.getenv("BENCH_RATE") or "0") or 0
local conns = tonumber(os.getenv("BENCH_CONNS") or "1") or 1

-- Pacing: every connection waits delay() ms before its next request. With n connections, a delay of
-- 1000 * n / rate ms gives each connection rate / n requests/s, so all of them together the target rate
-- (minus the time the responses take, which is small at half the maximum). The same holds per thread, since
-- each thread has conns / threads connections and rate / threads of the load. wrk truncates the delay to whole
-- milliseconds, so the fractional part is spent by rounding up with that probability.
-- Each delay is drawn from an exponential distribution with that mean (requests arrive as a Poisson process on
-- each connection): with a fixed delay, connections that started together stay in step and, at low rates, send
-- their requests in bursts that then queue behind each other.
local delay_ms = 0
if rate > 0 then delay_ms = 1000 * conns / rate end

math.randomseed(os.time() + math.floor(os.clock() * 1000000))

if rate > 0 then
  function delay()
    local d = -delay_ms * math.log(1 - math.random())
    local whole = math.floor(d)
    if math.random() < d - whole then whole = whole + 1 end
    return whole
  end
end

wrk.method = method
if #bodies > 0 then wrk.headers["Content-Type"] = "application/json" end

function request()
  local p = path
  if #values > 0 then p = string.gsub(path, "{x}", values[math.random(#values)]) end
  local body = nil
  if #bodies > 0 then body = bodies[math.random(#bodies)] end
  return wrk.format(method, p, nil, body)
end

-- Degraded answers: a 200 whose body holds BENCH_DEGRADED_MARK (the overview's non-empty "warnings", given when
-- funding-service could not answer in time) is counted, since it measures a shortcut, not the endpoint. Each wrk
-- thread counts in its own Lua state; done() adds them up.
local threads = {}
function setup(thread) threads[#threads + 1] = thread end
degraded = 0
local mark = os.getenv("BENCH_DEGRADED_MARK") or ""
if mark ~= "" then
  function response(status, headers, body)
    if body and string.find(body, mark, 1, true) then degraded = degraded + 1 end
  end
end

-- One machine-readable line for run.sh; latency in microseconds from wrk, printed in ms.
-- wrk counts answers with status > 399 in errors.status; socket errors in the others.
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local degraded_total = 0
  for _, thread in ipairs(threads) do degraded_total = degraded_total + (thread:get("degraded") or 0) end
  io.write(string.format("BENCH_RESULT rps=%.1f p50=%.3f p95=%.3f p99=%.3f requests=%d status_errors=%d socket_errors=%d degraded=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, summary.errors.status, errors, degraded_total))
end
