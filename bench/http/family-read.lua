-- A family read: GET /api/v1/families/{family} for a random seeded family.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")
get_random("families.txt", "/api/v1/families/")
