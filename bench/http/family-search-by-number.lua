-- The paged family search by page number: GET /api/v1/families?page=N&size=20, N a random page of the
-- families the practitioner's organisation works with (families.txt holds them: as many pages as its lines / 20).
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local pages, headers

function init(args)
  pages = math.max(1, math.floor(#load_ids("families.txt") / 20))
  headers = bearer_headers()
  seed_random()
end

function request()
  return wrk.format("GET", "/api/v1/families?size=20&page=" .. (math.random(pages) - 1), headers, nil)
end
