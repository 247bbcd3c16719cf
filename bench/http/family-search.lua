-- The paged family search as a client pages it: GET /api/v1/families?size=20, then
-- GET /api/v1/families?size=20&after=<next> with the `next` of each answer, to the last page, and again.
-- Each wrk thread keeps the cursors its answers gave in a queue: a request takes the oldest one (or
-- starts a walk at the first page when there is none), an answer puts its `next` back. So each of a
-- thread's connections walks the whole list in turn, and the pages asked for are spread evenly over
-- every depth, as the random page of family-search-by-number.lua is.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local headers
local cursors = {}
local first, last = 1, 0

function init(args)
  headers = bearer_headers()
end

function request()
  if first <= last then
    local after = cursors[first]
    cursors[first] = nil
    first = first + 1
    return wrk.format("GET", "/api/v1/families?size=20&after=" .. after, headers, nil)
  end
  return wrk.format("GET", "/api/v1/families?size=20", headers, nil)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  local next = body and body:match('"next":"([^"]+)"')
  if next then
    last = last + 1
    cursors[last] = next
  end
end
