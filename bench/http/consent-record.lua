-- Record a consent: POST /api/v1/families/{family}/consents, the mother deciding for herself (or, with
-- SUBJECTS=infants.txt, for her infant), for a random seeded family. EFFECTIVE_FROM (yesterday) and REVIEW_BY (in six months) come from run.sh.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "common.lua")

local families, mothers, subjects, headers, terms

function init(args)
  families = load_ids("families.txt")
  mothers = load_ids("mothers.txt")
  subjects = load_ids(os.getenv("SUBJECTS") or "mothers.txt")
  assert(#families == #mothers and #families == #subjects, "the id files are not in step")
  headers = bearer_headers({ ["Content-Type"] = "application/json" })
  terms = '"decision":"GIVEN","purposes":["DIRECT_SUPPORT"],"recipients":[{"kind":"TEAM_AROUND_THE_FAMILY"}],'
    .. '"categories":["BASIC_DETAILS","DEVELOPMENT_AND_HEALTH"],"notesKeptIn":"INFANT_RECORD",'
    .. '"method":"EXPLICIT_WRITTEN","effectiveFrom":"' .. assert(os.getenv("EFFECTIVE_FROM"), "EFFECTIVE_FROM")
    .. '","reviewBy":"' .. assert(os.getenv("REVIEW_BY"), "REVIEW_BY") .. '"}'
  seed_random()
end

function request()
  local i = math.random(#families)
  local body = '{"subjectId":"' .. subjects[i] .. '","grantorId":"' .. mothers[i] .. '",' .. terms
  return wrk.format("POST", "/api/v1/families/" .. families[i] .. "/consents", headers, body)
end
