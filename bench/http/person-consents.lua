-- A person's consents: GET /api/v1/people/{mother}/consents for a random seeded mother.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")
get_random("mothers.txt", "/api/v1/people/", "/consents")
