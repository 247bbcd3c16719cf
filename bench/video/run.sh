#!/usr/bin/env bash
# Session videos over HTTP against a running, packaged Cradle (issue 23): a 2 GiB file uploaded by tus
# PATCH twice (the first upload of a freshly started service, then a second, warm) and downloaded, beside
# a plain copy of the same file on the same disk in the same run; then range reads of the video at
# concurrency 20 (time to first byte). From separate processes (curl, hey), with a real Keycloak token.
# The service's old generation is sampled every second during the transfers (jstat -gcold), if PID is set.
#
#   BASE=http://127.0.0.1:8086 KC=http://127.0.0.1:8183 PID=<service pid> SIZE_MIB=2048 bench/video/run.sh
#
# bench/http/run.sh video starts PostgreSQL, Keycloak and the service (and S3Proxy for the S3 store) and
# runs this once per store. Needs: curl, jq, hey, dd, bc, jstat, and the realm users of deploy/keycloak
# (practitioner, admin of north-council).
set -euo pipefail
BASE=${BASE:?the service, e.g. http://127.0.0.1:8086}
KC=${KC:?Keycloak, e.g. http://127.0.0.1:8183}
SIZE_MIB=${SIZE_MIB:-2048}
WORK=${WORK:-$(mktemp -d /var/tmp/cradle-video-bench.XXXXXX)}
RANGE_REQUESTS=${RANGE_REQUESTS:-400}
RANGE_CONCURRENCY=${RANGE_CONCURRENCY:-20}

token() {
  curl -fsS -d grant_type=password -d client_id=cradle-tests -d "username=$1" -d password=cradle-test-password \
    "$KC/realms/cradle/protocol/openid-connect/token" | jq -er .access_token
}
api() { # method path [json]
  local t=$TOKEN
  curl -fsS -X "$1" -H "Authorization: Bearer $t" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    ${3:+--data "$3"} "$BASE/api/v1$2"
}
b64() { printf %s "$1" | base64 -w0; }
OLD_LOG=$WORK/old-gen.txt
old_gen_start() { # samples the old generation's use (KiB) every second until old_gen_stop
  [[ -n "${PID:-}" ]] || return 0
  jstat -gcold "$PID" 1000 >"$OLD_LOG" 2>/dev/null &
  JSTAT_PID=$!
}
old_gen_stop() { # prints the largest old generation use sampled, in MiB, and its capacity
  [[ -n "${JSTAT_PID:-}" ]] || { echo "not sampled (no PID)"; return 0; }
  kill "$JSTAT_PID" 2>/dev/null || true
  wait "$JSTAT_PID" 2>/dev/null || true
  awk 'NR>1 && $6 ~ /^[0-9.]+$/ { if ($6 > max) max = $6; cap = $5; n++ }
       END { printf "largest of %d samples %.0f MiB (old generation capacity %.0f MiB)", n, max/1024, cap/1024 }' "$OLD_LOG"
}

TOKEN=$(token admin)
api PUT /organisations/north-council '{"name":"North Council","sector":"HEALTH"}' >/dev/null || true
TOKEN=$(token practitioner)
yesterday=$(TZ=Europe/London date -d yesterday +%F); review=$(TZ=Europe/London date -d '+6 months' +%F)
family=$(api POST /families '{"name":"Video bench","recordKeepingMode":"LINKED"}' | jq -er .id)
episode=$(api POST "/families/$family/episodes" "{\"serviceType\":\"PARENT_INFANT_MENTAL_HEALTH\",\"leadPractitioner\":\"practitioner\",\"openedOn\":\"$yesterday\"}" | jq -er .id)
mother=$(api POST "/families/$family/members" '{"person":{"givenName":"Ada","familyName":"Bench","dateOfBirth":"1994-04-04"},"role":"MOTHER","parentalResponsibility":true,"livesWithChild":true}' | jq -er '.personId // .person.id // .id')
api POST "/families/$family/consents" "{\"subjectId\":\"$mother\",\"grantorId\":\"$mother\",\"decision\":\"GIVEN\",\"purposes\":[\"VIDEO_RECORDING\"],\"recipients\":[{\"kind\":\"ORGANISATION\",\"organisation\":\"north-council\"}],\"categories\":[\"DEVELOPMENT_AND_HEALTH\"],\"notesKeptIn\":\"INFANT_RECORD\",\"method\":\"EXPLICIT_WRITTEN\",\"effectiveFrom\":\"$yesterday\",\"reviewBy\":\"$review\"}" >/dev/null

file=$WORK/session.mp4
printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41' > "$file"
dd if=/dev/urandom bs=1M count="$SIZE_MIB" status=none >> "$file"
bytes=$(stat -c %s "$file")
sync
echo "file: $bytes bytes in $WORK"

start=$(date +%s.%N); cp "$file" "$WORK/copy.mp4"; sync; end=$(date +%s.%N)
copy=$(echo "$bytes / ($end - $start) / 1048576" | bc -l)
rm -f "$WORK/copy.mp4"
printf 'plain copy (cp + sync):       %8.1f MiB/s\n' "$copy"

meta="appearing $(b64 "$mother"),recordedOn $(b64 "$yesterday"),purposes $(b64 INTERACTION_GUIDANCE),filetype $(b64 video/mp4)"
upload() { # label: one tus creation and one PATCH of the whole file; leaves the video's id in $video
  local location start end up
  location=$(curl -fsS -D - -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Tus-Resumable: 1.0.0' \
    -H "Upload-Length: $bytes" -H "Upload-Metadata: $meta" "$BASE/api/v1/episodes/$episode/video-uploads" | tr -d '\r' | awk -F': ' 'tolower($1)=="location"{print $2}')
  video=${location##*/}
  start=$(date +%s.%N)
  curl -fsS -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' \
    -H 'Content-Type: application/offset+octet-stream' -T "$file" "$BASE/api/v1/video-uploads/$video" -o /dev/null
  end=$(date +%s.%N)
  up=$(echo "$bytes / ($end - $start) / 1048576" | bc -l)
  printf 'upload, %-21s %8.1f MiB/s  (%.0f %% of the copy)\n' "$1:" "$up" "$(echo "100 * $up / $copy" | bc -l)"
}
old_gen_start
upload "first (cold service)"
upload "second (warm)"

start=$(date +%s.%N)
curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/videos/$video/content" -o "$WORK/down.mp4"; sync
end=$(date +%s.%N)
down=$(echo "$bytes / ($end - $start) / 1048576" | bc -l)
printf 'download (GET content):       %8.1f MiB/s  (%.0f %% of the copy)\n' "$down" "$(echo "100 * $down / $copy" | bc -l)"
echo "heap during the transfers: $(old_gen_stop)"
cmp "$file" "$WORK/down.mp4" && echo "download identical to the upload"
rm -f "$WORK/down.mp4" "$file"

# Ranges: one load process (hey) keeping RANGE_CONCURRENCY requests in flight, each a 1 MiB range in the
# middle of the video, as a player seeking; "Response-delay" is the time from the request sent to its
# first byte. The first round is the video's first playback (a session begins), the second goes on with it.
first=$(( bytes / 2 ))
for round in 1 2; do
  hey -n "$RANGE_REQUESTS" -c "$RANGE_CONCURRENCY" -o csv -H "Authorization: Bearer $TOKEN" \
    -H "Range: bytes=$first-$((first + 1048575))" "$BASE/api/v1/videos/$video/content" >"$WORK/ranges.csv"
  bad=$(awk -F, 'NR>1 && $7 != 206 { n++ } END { print n + 0 }' "$WORK/ranges.csv")
  awk -F, 'NR>1 { printf "%.3f\n", $5 * 1000 }' "$WORK/ranges.csv" | sort -n | awk -v c="$RANGE_CONCURRENCY" -v r="$round" -v bad="$bad" \
    '{ d[NR] = $1 } END { p99 = int(NR * 0.99) + 1; if (p99 > NR) p99 = NR
      printf "%d ranges of 1 MiB at concurrency %s, round %s: time to first byte p50 %.1f ms, p99 %.1f ms, max %.1f ms; not 206: %d\n", NR, c, r, d[int(NR / 2) + 1], d[p99], d[NR], bad }'
done
rm -rf "$WORK"
