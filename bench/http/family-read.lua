-- A family read: GET /api/v1/families/{family} for a random seeded family.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local families, headers

function init(args)
  families = load_ids("families.txt")
  headers = bearer_headers()
  seed_random()
end

function request()
  return wrk.format("GET", "/api/v1/families/" .. families[math.random(#families)], headers, nil)
end
