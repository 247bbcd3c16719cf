-- The coverage question: POST /api/v1/consent-coverage for a random seeded mother (or, with
-- SUBJECTS=infants.txt, infant), as north-council.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local mothers, headers

function init(args)
  mothers = load_ids(os.getenv("SUBJECTS") or "mothers.txt")
  headers = bearer_headers({ ["Content-Type"] = "application/json" })
  seed_random()
end

function request()
  local body = '{"subjectId":"' .. mothers[math.random(#mothers)] .. '","purpose":"DIRECT_SUPPORT",'
    .. '"recipient":{"organisation":"north-council"},"categories":["BASIC_DETAILS"]}'
  return wrk.format("POST", "/api/v1/consent-coverage", headers, body)
end
