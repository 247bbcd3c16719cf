#!/usr/bin/env bash
# The HAPI FHIR peer (shared/peers/hapi-fhir, run from a scratch copy) beside the history size of
# bench/http/run.sh (issue 22, part 3): the same infants as Patients, each with the same consents as
# Consents, with their versions as FHIR versions; then its Consent search by patient and Consent create,
# warm, with the same wrk settings as run.sh.
#
#   bench/http/peer-history.sh seed      # once, outside any lock: Patients, Consents and their versions
#   bench/http/peer-history.sh measure   # under the lock, with Cradle stopped: the phases below
#
# Reads bench/target/http-work/data/history/infant-consents.tsv, which run.sh history writes from the rows
# it loaded (one line per consent of an infant: its versions, status and dates), so that both systems hold
# the same counts. A consent with n versions is created once and updated n - 1 times (a review, or the
# withdrawal, which makes it inactive); a refusal is an active Consent whose provision denies.
#
# Phases (measure), each PEER_WARM_LOAD s of load not counted, then DURATION s measured, 8 connections,
# 2 wrk threads, --timeout 10s, with Cache-Control: no-cache (HAPI runs every search, as Cradle answers
# every read) unless said:
#   search-all      GET /fhir/Consent?patient=Patient/{infant}&_count=50: all of the infant's consents,
#                   as Cradle's GET /people/{infant}/consents lists them all
#   search-default  GET /fhir/Consent?patient=Patient/{infant}: HAPI's default page (20)
#   search-cached   the same as search-all, HAPI's 60 s search cache on (its default)
#   create          POST /fhir/Consent for a random infant (the peer rig's load/consent-create.lua)
#
# Knobs: PEER_DIR [/tmp/hapi-fhir]  PEER_URL [http://127.0.0.1:8090/fhir]  PEER_PHASES ["search-all
#   search-default search-cached create"]  PEER_WARM_LOAD [60]  DURATION [30]  THREADS [2]  CONNECTIONS [8]
#   BUNDLE [250] consents per transaction bundle when seeding
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PEER_DIR=${PEER_DIR:-/tmp/hapi-fhir}
BASE=${PEER_URL:-http://127.0.0.1:8090/fhir}
PLAN=${PLAN:-$REPO/bench/target/http-work/data/history/infant-consents.tsv}
PHASES=${PEER_PHASES:-search-all search-default search-cached create}
WARM_LOAD=${PEER_WARM_LOAD:-60}
DURATION=${DURATION:-30}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
BUNDLE=${BUNDLE:-250}
WORK="$PEER_DIR/data/history"
say() { echo "[$(date -u +%H:%M:%S)] $*"; }
die() { say "FAILED: $*"; exit 1; }
[ -f "$PLAN" ] || die "no $PLAN: load the history size first (LOAD_ONLY=1 bench/http/run.sh history)"
curl -sf -o /dev/null "$BASE/metadata" || die "HAPI is not answering at $BASE (cd $PEER_DIR && ./start.sh)"
mkdir -p "$WORK"

post_bundle() {  # file: POSTs a transaction bundle, prints the response's locations (Type/id), in order
  local code
  code=$(curl -s -o "$WORK/response.json" -w '%{http_code}' -X POST -H 'Content-Type: application/fhir+json' \
    -H 'Accept: application/fhir+json' -H 'Prefer: return=minimal' --data-binary @"$1" "$BASE")
  [ "$code" = 200 ] || { head -c 1500 "$WORK/response.json"; echo; die "bundle $1: HTTP $code"; }
  jq -r '.entry[].response.location | split("/") | .[1]' "$WORK/response.json"
}

# A consent's FHIR form at version r (1-based): its status, what it permits or denies, from when.
CONSENT_JQ='def day($d; $plus): ($d | strptime("%Y-%m-%d") | mktime) + $plus * 86400 | strftime("%Y-%m-%d");
  def consent($c; $r):
    ( day($c.first; 45 * ($r - 1)) ) as $from
    | { resourceType: "Consent",
        status: (if $r == $c.versions and $c.status == "WITHDRAWN" then "inactive" else "active" end),
        scope: {coding: [{system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy"}]},
        category: [{coding: [{system: "http://loinc.org", code: "59284-0", display: "Patient Consent"}]}],
        patient: {reference: "Patient/\($c.patient)"},
        dateTime: "\($from)T10:00:00Z",
        policyRule: {coding: [{system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "OPTIN"}]},
        provision: {type: (if $c.decision == "REFUSED" then "deny" else "permit" end),
          period: {start: $from, end: day($from; 365)},
          actor: [{role: {coding: [{system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "IRCP"}]},
                   reference: {reference: "Organization/\($org)"}}],
          purpose: [{system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "TREAT"}],
          class: [{system: "http://hl7.org/fhir/resource-types", code: "Observation"}]} }
    + (if $c.id then {id: $c.id} else {} end);'

seed() {
  [ ! -f "$WORK/complete" ] || { say "peer: already seeded ($(cat "$WORK/complete"))"; return 0; }
  local t0 org infants
  t0=$(date +%s)
  org=$(curl -sf -X POST -H 'Content-Type: application/fhir+json' -H 'Accept: application/fhir+json' \
    -H 'If-None-Exist: identifier=urn:bench:org|north-council' "$BASE/Organization" \
    -d '{"resourceType":"Organization","identifier":[{"system":"urn:bench:org","value":"north-council"}],"name":"North Council","active":true}' | jq -r .id)
  echo "$org" >"$WORK/org_id.txt"
  # Patients: one per infant, in the plan's order.
  grep -v '^#' "$PLAN" | cut -f1 | awk '!seen[$0]++' >"$WORK/infants.txt"
  infants=$(wc -l <"$WORK/infants.txt")
  say "peer: $infants patients, $(grep -vc '^#' "$PLAN") consents, $(grep -v '^#' "$PLAN" | awk -F'\t' '{ s += $3 } END { print s }') versions"
  : >"$WORK/patients.tsv"
  split -l 100 -d -a 4 "$WORK/infants.txt" "$WORK/infants-part-"
  for part in "$WORK"/infants-part-*; do
    jq -R -s -c '{resourceType: "Bundle", type: "transaction", entry: [split("\n")[] | select(. != "") | {
        resource: {resourceType: "Patient", active: true, identifier: [{system: "urn:cradle:person", value: .}],
                   name: [{family: "Infant", given: ["Bench"]}], birthDate: "2024-06-01"},
        request: {method: "POST", url: "Patient"}}]}' "$part" >"$WORK/bundle.json"
    paste "$part" <(post_bundle "$WORK/bundle.json") >>"$WORK/patients.tsv"
    rm -f "$part"
  done
  cut -f2 "$WORK/patients.tsv" >"$WORK/patient_ids.txt"
  say "peer: patients made ($(( $(date +%s) - t0 )) s)"
  # Consents, version 1: the plan's rows with the patient's id, in bundles.
  awk -F'\t' 'NR == FNR { p[$1] = $2; next } /^#/ { next } { print p[$1] "\t" $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 }' \
    "$WORK/patients.tsv" "$PLAN" >"$WORK/consents-plan.tsv"
  : >"$WORK/consents.tsv"
  split -l "$BUNDLE" -d -a 5 "$WORK/consents-plan.tsv" "$WORK/consents-part-"
  local n=0
  for part in "$WORK"/consents-part-*; do
    jq -R -s -c --arg org "$org" "$CONSENT_JQ"'{resourceType: "Bundle", type: "transaction", entry: [split("\n")[] | select(. != "")
        | split("\t") | {patient: .[0], versions: (.[2] | tonumber), status: .[3], decision: .[4], first: .[5], id: null} as $c
        | {resource: consent($c; 1), request: {method: "POST", url: "Consent"}}]}' "$part" >"$WORK/bundle.json"
    paste "$part" <(post_bundle "$WORK/bundle.json") >>"$WORK/consents.tsv"
    rm -f "$part"
    n=$((n + 1)); [ $((n % 40)) != 0 ] || say "  consents created: $(wc -l <"$WORK/consents.tsv") ($(( $(date +%s) - t0 )) s)"
  done
  say "peer: $(wc -l <"$WORK/consents.tsv") consents created ($(( $(date +%s) - t0 )) s)"
  # Versions 2…n: updates, round by round.
  local max r
  max=$(awk -F'\t' '$3 > m { m = $3 } END { print m + 0 }' "$WORK/consents.tsv")
  for ((r = 2; r <= max; r++)); do
    awk -F'\t' -v r="$r" '$3 >= r' "$WORK/consents.tsv" >"$WORK/round.tsv"
    split -l "$BUNDLE" -d -a 5 "$WORK/round.tsv" "$WORK/round-part-"
    for part in "$WORK"/round-part-*; do
      jq -R -s -c --arg org "$org" --argjson r "$r" "$CONSENT_JQ"'{resourceType: "Bundle", type: "transaction", entry: [split("\n")[] | select(. != "")
          | split("\t") | {patient: .[0], versions: (.[2] | tonumber), status: .[3], decision: .[4], first: .[5], id: .[6]} as $c
          | {resource: consent($c; $r), request: {method: "PUT", url: "Consent/\($c.id)"}}]}' "$part" >"$WORK/bundle.json"
      post_bundle "$WORK/bundle.json" >/dev/null
      rm -f "$part"
    done
    say "  version $r: $(wc -l <"$WORK/round.tsv") updates ($(( $(date +%s) - t0 )) s)"
  done
  local counts
  counts=$(psql -X -h 127.0.0.1 -p 55432 -U hapi -d hapi -At -c "select (select count(*) from hfj_resource where res_type = 'Patient') || ' patients, '
    || (select count(*) from hfj_resource where res_type = 'Consent') || ' consents, '
    || (select count(*) from hfj_res_ver where res_type = 'Consent') || ' consent versions'" 2>/dev/null || echo "?")
  say "peer: seeded in $(( $(date +%s) - t0 )) s: $counts"
  echo "$counts; seeded in $(( $(date +%s) - t0 )) s" >"$WORK/complete"
}

# --- measure -----------------------------------------------------------------------------------------
HZ=$(getconf CLK_TCK)
peer_pids() {
  local pids pm
  pids=$(cat "$PEER_DIR/data/hapi.pid")
  pm=$(head -1 "$PEER_DIR/data/pg/postmaster.pid")
  echo "$pids $pm $(pgrep -P "$pm" | tr '\n' ' ')"
}
jiffies() {  # pids: utime + stime (and reaped children's) of those still there
  local sum=0 p f
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    f=$(sed 's/^.*) //' "/proc/$p/stat")
    # shellcheck disable=SC2086
    set -- $f
    sum=$((sum + ${12} + ${13} + ${14} + ${15}))
  done
  echo "$sum"
}
busy() { awk '/^cpu /{ print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

wrk_phase() {  # name script seconds [measured]
  local name=$1 script=$2 seconds=$3 out="$WORK/wrk-$STAMP-$1.out"
  PEER_DIR="$PEER_DIR" PHASE="$name" PATIENT_IDS="$WORK/patient_ids.txt" ORG_ID="$(cat "$WORK/org_id.txt")" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s "$script" "${BASE%/fhir}" >"$out" 2>&1
  grep -q '^RESULT' "$out" || { cat "$out"; die "wrk printed no RESULT ($name)"; }
}

measure() {
  [ -f "$WORK/complete" ] || die "the peer is not seeded: bench/http/peer-history.sh seed"
  STAMP=$(date -u +%Y%m%dT%H%M%SZ)
  local report="$REPO/bench/target/peer-history-$STAMP.txt" phase script query cache pids b0 b1 s0 s1 t0 t1 w
  say "peer: $(cat "$WORK/complete"); phases: $PHASES" | tee "$report"
  for phase in $PHASES; do
    cache=no-cache
    case "$phase" in
      search-all) query="&_count=50" ;;
      search-default) query="" ;;
      search-cached) query="&_count=50"; cache="" ;;
      create) ;;
      *) die "unknown phase $phase" ;;
    esac
    if [ "$phase" = create ]; then script="$PEER_DIR/load/consent-create.lua"; else script="$HERE/peer-consent-search.lua"; fi
    export SEARCH_QUERY="${query:-}" CACHE_CONTROL="$cache"
    say "peer $phase: $WARM_LOAD s of load, not measured"
    [ "$WARM_LOAD" = 0 ] || wrk_phase "$phase-warm-load" "$script" "$WARM_LOAD"
    say "  $(grep '^RESULT phase' "$WORK/wrk-$STAMP-$phase-warm-load.out" 2>/dev/null | sed 's/^RESULT //')"
    pids=$(peer_pids)
    # shellcheck disable=SC2086
    b0=$(busy); s0=$(jiffies $pids); t0=$(date +%s.%N)
    local TIMEFORMAT='%U %S'
    { time wrk_phase "$phase" "$script" "$DURATION"; } 2>"$WORK/wrk-$STAMP-$phase.time"
    # shellcheck disable=SC2086
    b1=$(busy); s1=$(jiffies $pids); t1=$(date +%s.%N)
    w=$(awk '{ print $1 + $2 }' "$WORK/wrk-$STAMP-$phase.time")
    {
      grep '^RESULT' "$WORK/wrk-$STAMP-$phase.out"
      awk -v b=$((b1 - b0)) -v s=$((s1 - s0)) -v w="$w" -v hz="$HZ" -v t0="$t0" -v t1="$t1" -v ph="$phase" 'BEGIN {
        el = t1 - t0; busy = b / hz / el; srv = s / hz / el; wr = w / el; other = busy - srv - wr; if (other < 0) other = 0
        printf "RESULT phase=%s cpu_busy=%.2f cpu_hapi_and_pg=%.2f cpu_wrk=%.2f cpu_other=%.2f seconds=%.1f\n", ph, busy, srv, wr, other, el }'
      sed -n '/Latency Distribution/,/Requests\/sec/p' "$WORK/wrk-$STAMP-$phase.out" | sed 's/^/  /'
    } | tee -a "$report"
  done
  say "peer: report $report"
}

case "${1:-}" in
  seed) seed ;;
  measure) measure ;;
  *) echo "usage: $0 seed|measure" >&2; exit 64 ;;
esac
