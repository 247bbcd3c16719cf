#!/usr/bin/env bash
# Session videos over HTTP against a running, packaged Cradle (issue 23): a 2 GiB upload by tus PATCH and
# its download, beside a plain copy of the same file on the same disk in the same run; then 20
# concurrent range reads of the video (time to first byte). From a separate process (curl), with a real
# Keycloak token. The service's heap is sampled during the transfers (jcmd GC.heap_info), if PID is set.
#
#   BASE=http://127.0.0.1:18090 KC=http://127.0.0.1:8203 PID=<service pid> SIZE_MIB=2048 bench/video/run.sh
#
# Needs: curl, jq, dd, and the realm users of deploy/keycloak (practitioner, admin of north-council).
set -euo pipefail
BASE=${BASE:?the service, e.g. http://127.0.0.1:18090}
KC=${KC:?Keycloak, e.g. http://127.0.0.1:8203}
SIZE_MIB=${SIZE_MIB:-2048}
WORK=${WORK:-$(mktemp -d /var/tmp/cradle-video-bench.XXXXXX)}
RANGES=${RANGES:-20}

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
heap() { [[ -n "${PID:-}" ]] && jcmd "$PID" GC.heap_info 2>/dev/null | grep -E "garbage-first heap|region size" | head -1 || true; }

TOKEN=$(token admin)
api PUT /organisations/north-council '{"name":"North Council","sector":"HEALTH"}' >/dev/null || true
TOKEN=$(token practitioner)
today=$(TZ=Europe/London date +%F); yesterday=$(TZ=Europe/London date -d yesterday +%F); review=$(TZ=Europe/London date -d '+6 months' +%F)
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
printf 'plain copy (cp + sync):   %8.1f MiB/s\n' "$copy"

meta="appearing $(b64 "$mother"),recordedOn $(b64 "$yesterday"),purposes $(b64 INTERACTION_GUIDANCE),filetype $(b64 video/mp4)"
location=$(curl -fsS -D - -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Tus-Resumable: 1.0.0' \
  -H "Upload-Length: $bytes" -H "Upload-Metadata: $meta" "$BASE/api/v1/episodes/$episode/video-uploads" | tr -d '\r' | awk -F': ' 'tolower($1)=="location"{print $2}')
video=${location##*/}
heap; start=$(date +%s.%N)
curl -fsS -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' \
  -H 'Content-Type: application/offset+octet-stream' -T "$file" "$BASE/api/v1/video-uploads/$video" -o /dev/null
end=$(date +%s.%N); heap
up=$(echo "$bytes / ($end - $start) / 1048576" | bc -l)
printf 'upload (tus PATCH):       %8.1f MiB/s  (%.0f %% of the copy)\n' "$up" "$(echo "100 * $up / $copy" | bc -l)"

start=$(date +%s.%N)
curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/videos/$video/content" -o "$WORK/down.mp4"; sync
end=$(date +%s.%N); heap
down=$(echo "$bytes / ($end - $start) / 1048576" | bc -l)
printf 'download (GET content):   %8.1f MiB/s  (%.0f %% of the copy)\n' "$down" "$(echo "100 * $down / $copy" | bc -l)"
cmp "$file" "$WORK/down.mp4" && echo "download identical to the upload"
rm -f "$WORK/down.mp4"

for i in $(seq 1 "$RANGES"); do
  first=$(( (RANDOM * 32768 + RANDOM) % (bytes - 1048576) ))
  curl -sS -o /dev/null -w '%{time_starttransfer}\n' -H "Authorization: Bearer $TOKEN" \
    -H "Range: bytes=$first-$((first + 1048575))" "$BASE/api/v1/videos/$video/content" &
done > "$WORK/ttfb.txt"
wait
sort -n "$WORK/ttfb.txt" | awk '{a[NR]=$1} END {printf "20 concurrent 1 MiB ranges, time to first byte: p50 %.1f ms, max (p99 of 20) %.1f ms\n", a[int(NR/2)+1]*1000, a[NR]*1000}'
rm -rf "$WORK"
