-- Shared by the phase scripts (dofile): status codes counted per wrk thread and added up in done(),
-- the bearer token, the seeded ids, and the RESULT lines run.sh reads.
-- wrk runs one Lua state per thread plus one for setup() and done(): counts live in the thread states.
--
-- Environment: TOKEN (access token), IDS_DIR (families.txt, mothers.txt, infants.txt), PHASE (a label).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_no", #threads)
end

counts = {}   -- global, so that done() can read it through thread:get()

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function bearer_headers(extra)
  local token = assert(os.getenv("TOKEN"), "TOKEN is not set")
  local h = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function load_ids(name)
  local dir = assert(os.getenv("IDS_DIR"), "IDS_DIR is not set")
  local path = dir .. "/" .. name
  local ids = {}
  local f = assert(io.open(path, "r"), "cannot open " .. path)
  for line in f:lines() do
    if line ~= "" then ids[#ids + 1] = line end
  end
  f:close()
  assert(#ids > 0, "no ids in " .. path)
  return ids
end

function seed_random()
  math.randomseed(os.time() * 1000 + 7919 * (thread_no or 0))
  for _ = 1, 10 do math.random() end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local agg, non2xx = {}, 0
  for _, t in ipairs(threads) do
    local c = t:get("counts") or {}
    for status, n in pairs(c) do
      agg[status] = (agg[status] or 0) + n
      if status < 200 or status > 299 then non2xx = non2xx + n end
    end
  end
  local codes = {}
  for status, n in pairs(agg) do codes[#codes + 1] = status .. ":" .. n end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format(
    "RESULT phase=%s requests=%d duration_s=%.2f req_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f"
      .. " statuses=%s non_2xx=%d socket_errors=%d/%d/%d/%d\n",
    os.getenv("PHASE") or "?", summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    (#codes > 0 and table.concat(codes, ",") or "none"), non2xx, e.connect, e.read, e.write, e.timeout))
end

-- A phase that GETs prefix .. <random id from ids_file> .. suffix: defines wrk's init and request.
function get_random(ids_file, prefix, suffix)
  local ids, headers
  function init(args)
    ids = load_ids(ids_file)
    headers = bearer_headers()
    seed_random()
  end
  function request()
    return wrk.format("GET", prefix .. ids[math.random(#ids)] .. (suffix or ""), headers, nil)
  end
end
