-- wrk script for ServiceLoad: POST /v1/advice with the example clients in turn, one after the other on each
-- connection, and a summary line for ServiceLoad to read. The folder of clients comes from COACH_CLIENTS.
local folder = os.getenv("COACH_CLIENTS") or "examples/clients"
local bodies = {}
local listing = io.popen('ls "' .. folder .. '"/*.json')
for file in listing:lines() do
  local f = assert(io.open(file, "rb"))
  bodies[#bodies + 1] = f:read("*a")
  f:close()
end
listing:close()
assert(#bodies > 0, "no clients in " .. folder)

-- Formatted in init, once wrk has set the Host header (at the script's top level it has not yet).
local requests = {}
local next = 0
function init(args)
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
  end
  next = math.random(#requests) - 1
end

function request()
  next = next % #requests + 1
  return requests[next]
end

-- utime + stime of this process from /proc/self/stat, in clock ticks (fields 14 and 15).
local function cpu_ticks()
  local f = io.open("/proc/self/stat", "r")
  if not f then return -1 end
  local stat = f:read("*a")
  f:close()
  local fields = {}
  for field in stat:gsub("^.*%) ", ""):gmatch("%S+") do fields[#fields + 1] = field end
  -- after "pid (comm) " the state is field 3, so utime (14) and stime (15) are at 12 and 13
  return tonumber(fields[12]) + tonumber(fields[13])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "SERVICE-LOAD requests=%d micros=%d errors=%d status=%d connect=%d read=%d write=%d timeout=%d "
      .. "p50=%d p99=%d p999=%d cputicks=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status, e.status,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), cpu_ticks()))
end
