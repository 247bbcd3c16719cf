-- A person's consents: GET /api/v1/people/{person}/consents for a random seeded mother (or, with
-- SUBJECTS=infants.txt, infant).
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")
get_random(os.getenv("SUBJECTS") or "mothers.txt", "/api/v1/people/", "/consents")
