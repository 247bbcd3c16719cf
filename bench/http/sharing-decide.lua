-- Deciding whether to share, as a practitioner does: in turn, ask the flowchart about a share
-- (POST /api/v1/families/{family}/sharing-proposals, 200) and record a decision
-- (POST /api/v1/families/{family}/sharing-decisions, 201), for the mother of a random seeded family,
-- her basic details to south-council. Each second request records: decisions/s is half of req/s.
-- One record in two is a share of information that is not confidential (the flowchart's "may share"
-- at its third question), the other a decision not to share: both are recorded and chained.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local families, mothers, headers, n

function init(args)
  families = load_ids("families.txt")
  mothers = load_ids("mothers.txt")
  headers = bearer_headers({ ["Content-Type"] = "application/json" })
  seed_random()
  n = 0
end

local function proposal(mother, confidential)
  return string.format(
    '{"purpose":"DIRECT_SUPPORT","purposeStatement":"Would south-council\'s family support help?",'
      .. '"subjectIds":["%s"],"categories":["BASIC_DETAILS"],"recipient":{"organisation":"south-council"},'
      .. '"confidential":%s}',
    mother, confidential and "true" or "false")
end

function request()
  n = n + 1
  local i = math.random(#families)
  local path = "/api/v1/families/" .. families[i]
  if n % 2 == 1 then
    return wrk.format("POST", path .. "/sharing-proposals", headers, proposal(mothers[i], true))
  end
  local share = n % 4 == 0
  local body = string.format('{"proposal":%s,"decision":"%s","note":"Bench decision."}',
    proposal(mothers[i], not share), share and "SHARE" or "DO_NOT_SHARE")
  return wrk.format("POST", path .. "/sharing-decisions", headers, body)
end
