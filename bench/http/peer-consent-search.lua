-- The peer's Consent search by patient (bench/http/peer-history.sh): GET /fhir/Consent?patient=Patient/{id}
-- plus SEARCH_QUERY (e.g. "&_count=50"), for a random infant's Patient; CACHE_CONTROL=no-cache makes HAPI
-- run every search instead of answering an identical one from its 60 s search cache. Counts statuses
-- with the peer rig's own load/common.lua, so that its RESULT lines read as the rig's.
dofile(assert(os.getenv("PEER_DIR"), "PEER_DIR is not set") .. "/load/common.lua")

local ids
local query = os.getenv("SEARCH_QUERY") or ""
local headers = { ["Accept"] = "application/fhir+json" }
if (os.getenv("CACHE_CONTROL") or "") ~= "" then headers["Cache-Control"] = os.getenv("CACHE_CONTROL") end

function init(args)
  ids = load_patient_ids()
  math.randomseed(os.time() * 1000 + 7 * (thread_no or 0))
end

function request()
  return wrk.format("GET", "/fhir/Consent?patient=Patient/" .. ids[math.random(#ids)] .. query, headers, nil)
end
