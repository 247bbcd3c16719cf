-- A family name search: GET /api/v1/families?name=household%20NNN&size=20, NNN a random number from
-- 100 to 999: part of the generated names "Household <f>", about 1,100 families in 500,000 (those
-- whose number starts with NNN), of which the practitioner's organisation sees its share.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local headers

function init(args)
  headers = bearer_headers()
  seed_random()
end

function request()
  return wrk.format("GET", "/api/v1/families?size=20&name=household%20" .. math.random(100, 999), headers, nil)
end
