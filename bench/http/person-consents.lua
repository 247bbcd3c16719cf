-- A person's consents: GET /api/v1/people/{mother}/consents for a random seeded mother.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local mothers, headers

function init(args)
  mothers = load_ids("mothers.txt")
  headers = bearer_headers()
  seed_random()
end

function request()
  return wrk.format("GET", "/api/v1/people/" .. mothers[math.random(#mothers)] .. "/consents", headers, nil)
end
