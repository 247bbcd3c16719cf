#!/usr/bin/env bash
# Java 17 against Java 25, plain and with an AOT cache: the packaged service's cold start, first minute,
# memory and warm throughput, variant after variant on the same machine, build and data, each through
# run.sh (small size). See bench/README.md, "Java 25 and the AOT cache", and docs/decisions/0027.
#
#   bench/http/cold-start.sh [build|measure|all]   (default: all)
#
# build: packages the service into bench/target/java25/<build>/quarkus-app (the Maven commands are printed):
#   j17        on PATH's JDK 17, with the AppCDS archive (-Dquarkus.package.jar.appcds.enabled=true)
#   j25-aot    on JDK 25 (JAVA25_HOME) with Quarkus' AOT cache, app.aot, from Quarkus' training run at
#              build time (-Dquarkus.package.jar.aot.enabled=true; type AOT, as the code targets release 17
#              and Quarkus would pick AppCDS; phase BUILD: Cradle has no @QuarkusIntegrationTest to train on)
#   j25-trained  a copy of j25-aot whose AOT cache Java 25 records again, while the small size's four
#              operations run (JEP 514's -XX:AOTCacheOutput: classes, and method profiles by JEP 515); made
#              by measure. A copy of j25-aot, not of j17: the cache keeps only classes of the JDK's own
#              class loaders, and j17's fast-jar loads the application with Quarkus' own
# measure: seeds the small size once (run.sh small, no operations) and keeps that database; then, for each
#   variant, puts the same database back and runs run.sh small with COLD_LAUNCHES launches first:
#   j17 (APPCDS=off), j17-appcds (-XX:SharedArchiveFile), j25 (the j17 build on Java 25, APPCDS=off),
#   j25-aot (-XX:AOTCache=app.aot), j25-trained (-XX:AOTCache=app.aot). Writes bench/target/java25-<UTC>.txt.
#
# Knobs (environment; defaults in brackets), besides run.sh's, which are passed on (ports, WARMUP, ...):
#   VARIANTS ["j17 j17-appcds j25 j25-aot j25-trained"]   COLD_LAUNCHES [10]
#   JAVA25_HOME [/usr/lib/jvm/temurin-25-jdk-amd64]  TRAIN_LOAD [20] seconds of each operation while recording
#   SKIP_BUILD [0] (1 = measure: keep the builds in bench/target/java25)
#   REUSE_SNAPSHOT [0]  1 = measure on the database an earlier measure seeded and kept (http-work/snapshot),
#                and keep j25-trained's cache if there is one: to measure some variants again on the same data
#   QUIET_LOAD [1.0]  QUIET_WAIT_MAX_S [900]   before each run.sh run, wait (at most that long) for the
#                1-minute load average to fall to QUIET_LOAD: others' unlocked work (loading data) would
#                otherwise land in the cold starts and first minutes of one variant and not another's
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
STEPS=${1:-all}
case "$STEPS" in build | measure | all) ;; *) echo "usage: $0 [build|measure|all]" >&2; exit 64 ;; esac
VARIANTS=${VARIANTS:-j17 j17-appcds j25 j25-aot j25-trained}
COLD_LAUNCHES=${COLD_LAUNCHES:-10}
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
TRAIN_LOAD=${TRAIN_LOAD:-20}
SKIP_BUILD=${SKIP_BUILD:-0}
REUSE_SNAPSHOT=${REUSE_SNAPSHOT:-0}
QUIET_LOAD=${QUIET_LOAD:-1.0}
QUIET_WAIT_MAX_S=${QUIET_WAIT_MAX_S:-900}
BUILDS="$REPO/bench/target/java25"
WORK=${BENCH_WORK:-$REPO/bench/target/http-work}
export BENCH_WORK=$WORK
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms1g -Xmx2g}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SUMMARY="$REPO/bench/target/java25-$STAMP.txt"
RUNS="$BUILDS/runs-$STAMP.tsv"   # variant, then run.sh's report

say() { echo "[$(date -u +%H:%M:%S)] $*"; }
die() { say "FAILED: $*"; exit 1; }
[ -x "$JAVA25_HOME/bin/java" ] || die "no JDK 25 at $JAVA25_HOME (JAVA25_HOME)"
cd "$REPO"

package() {  # build java-home maven-args...: ./mvnw package into $BUILDS/<build>
  local build=$1 home=$2
  shift 2
  say "build $build: JAVA_HOME=$home ./mvnw -B -o -q package -DskipTests -DskipImage $*"
  JAVA_HOME=$home ./mvnw -B -o -q package -DskipTests -DskipImage "$@"
  rm -rf "${BUILDS:?}/$build" && mkdir -p "$BUILDS/$build"
  cp -a bootstrap/target/quarkus-app "$BUILDS/$build/"
}
if [ "$STEPS" != measure ] && [ "$SKIP_BUILD" != 1 ]; then
  java17_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  package j25-aot "$JAVA25_HOME" -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AOT \
    -Dquarkus.package.jar.aot.phase=BUILD
  [ -f "$BUILDS/j25-aot/quarkus-app/app.aot" ] || die "Quarkus made no AOT cache"
  # Last, so that bootstrap/target is left as JDK 17 builds it.
  package j17 "$java17_home" -Dquarkus.package.jar.appcds.enabled=true -Dquarkus.package.jar.appcds.use-container=false
  [ -f "$BUILDS/j17/quarkus-app/app-cds.jsa" ] || die "Quarkus made no AppCDS archive"
fi
[ "$STEPS" != build ] || exit 0

# --- measure ---------------------------------------------------------------------------------------------
# One database for every variant: seeded once, then put back before each (consent-record adds consents,
# which would lengthen the next variant's histories). PostgreSQL is stopped between run.sh runs.
snapshot() { rm -rf "$WORK/snapshot" && mkdir -p "$WORK/snapshot" && cp -a "$WORK/pg-data" "$WORK/data" "$WORK/snapshot/"; }
restore() { rm -rf "$WORK/pg-data" "$WORK/data" && cp -a "$WORK/snapshot/pg-data" "$WORK/snapshot/data" "$WORK/"; }
quiet() {  # label: wait for the load average to fall to QUIET_LOAD; says how long it waited
  local waited=0 l
  while l=$(cut -d' ' -f1 /proc/loadavg); ! awk -v l="$l" -v m="$QUIET_LOAD" 'BEGIN { exit !(l <= m) }'; do
    [ "$waited" -lt "$QUIET_WAIT_MAX_S" ] || { say "$1: load average $l still > $QUIET_LOAD after ${waited}s; measuring anyway"; return 0; }
    sleep 10
    waited=$((waited + 10))
  done
  say "$1: load average $l <= $QUIET_LOAD (waited ${waited}s)"
}
run_bench() {  # log-name env...: run.sh small with these settings; leaves its report's path in $REPORT
  local name=$1 log="$BUILDS/run-$STAMP-$1.log"
  shift
  quiet "$name"
  env SKIP_BENCH_BUILD=1 "$@" "$HERE/run.sh" small 2>&1 | tee "$log"
  REPORT=$(sed -n 's/.*report: \([^ ]*\) (log.*/\1/p' "$log" | tail -1)
  [ -f "$REPORT" ] || die "run.sh ($name) wrote no report; see $log"
}
variant_env() {  # variant: SERVICE_JAVA, SERVICE_JAR, APPCDS and SERVICE_JAVA_OPTS for run.sh
  case "$1" in
    j17) echo "SERVICE_JAVA=java SERVICE_JAR=$BUILDS/j17/quarkus-app/quarkus-run.jar APPCDS=off" ;;
    j17-appcds) echo "SERVICE_JAVA=java SERVICE_JAR=$BUILDS/j17/quarkus-app/quarkus-run.jar APPCDS=auto" ;;
    j25) echo "SERVICE_JAVA=$JAVA25_HOME/bin/java SERVICE_JAR=$BUILDS/j17/quarkus-app/quarkus-run.jar APPCDS=off" ;;
    j25-aot) echo "SERVICE_JAVA=$JAVA25_HOME/bin/java SERVICE_JAR=$BUILDS/j25-aot/quarkus-app/quarkus-run.jar APPCDS=off AOT=-XX:AOTCache=app.aot" ;;
    j25-trained) echo "SERVICE_JAVA=$JAVA25_HOME/bin/java SERVICE_JAR=$BUILDS/j25-trained/quarkus-app/quarkus-run.jar APPCDS=off AOT=-XX:AOTCache=app.aot" ;;
    *) die "unknown variant $1 (j17 j17-appcds j25 j25-aot j25-trained)" ;;
  esac
}
for v in $VARIANTS; do variant_env "$v" >/dev/null; done
for b in j17 j25-aot; do [ -f "$BUILDS/$b/quarkus-app/quarkus-run.jar" ] || die "no $b build: run $0 build"; done

if [ "$REUSE_SNAPSHOT" = 1 ] && [ -d "$WORK/snapshot/pg-data" ]; then
  say "reusing the seeded database kept in $WORK/snapshot"
else
  say "seeding the small size once (run.sh small, no operations)"
  run_bench seed REUSE_DATA=0 SMALL_OPS=" " COLD_LAUNCHES=0
  snapshot
fi

if [[ " $VARIANTS " == *" j25-trained "* ]] && ! { [ "$REUSE_SNAPSHOT" = 1 ] && [ -f "$BUILDS/j25-trained/quarkus-app/app.aot" ]; }; then
  # The training run: the j25-aot build on Java 25 records while each operation runs TRAIN_LOAD s on one
  # JVM; the cache is written when it exits (stopped by run.sh), by a JVM it starts for that.
  rm -rf "$BUILDS/j25-trained" && mkdir -p "$BUILDS/j25-trained" && cp -a "$BUILDS/j25-aot/quarkus-app" "$BUILDS/j25-trained/"
  rm -f "$BUILDS/j25-trained/quarkus-app/app.aot"
  restore
  say "training j25-trained: -XX:AOTCacheOutput=app.aot, $TRAIN_LOAD s of each small operation"
  run_bench train REUSE_DATA=1 COLD_LAUNCHES=0 TEMPERATURES=warm WARM_LOAD="$TRAIN_LOAD" DURATION=5 \
    SERVICE_JAVA="$JAVA25_HOME/bin/java" SERVICE_JAR="$BUILDS/j25-trained/quarkus-app/quarkus-run.jar" APPCDS=off \
    SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS -XX:AOTCacheOutput=app.aot"
  for ((i = 0; i < 120; i++)); do
    [ -f "$BUILDS/j25-trained/quarkus-app/app.aot" ] && ! pgrep -f "AOTCacheOutput=app.aot" >/dev/null && break
    sleep 1
  done
  [ -f "$BUILDS/j25-trained/quarkus-app/app.aot" ] || die "the training run wrote no app.aot"
  say "j25-trained: app.aot $(du -h "$BUILDS/j25-trained/quarkus-app/app.aot" | cut -f1)"
fi

: >"$RUNS"
for v in $VARIANTS; do
  restore
  # shellcheck disable=SC2046 # variant_env gives NAME=value words without spaces
  set -- $(variant_env "$v")
  aot=""
  for kv in "$@"; do [ "${kv%%=*}" != AOT ] || aot=${kv#AOT=}; done
  say "variant $v: $*"
  run_bench "$v" REUSE_DATA=1 COLD_LAUNCHES="$COLD_LAUNCHES" $(printf '%s\n' "$@" | grep -v '^AOT=') \
    SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS${aot:+ $aot}"
  printf '%s\t%s\n' "$v" "$REPORT" >>"$RUNS"
done

# --- summary ---------------------------------------------------------------------------------------------
{
  echo "Cradle: Java 17 against Java 25 and its AOT cache, $STAMP (UTC)"
  echo "command: bench/http/cold-start.sh $STEPS (VARIANTS=\"$VARIANTS\" COLD_LAUNCHES=$COLD_LAUNCHES); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with uncommitted changes)')"
  echo "java 17: $(java -version 2>&1 | head -1); java 25: $("$JAVA25_HOME/bin/java" -version 2>&1 | head -1)"
  echo
  echo "Cold start (launch to /q/health/ready 200) over the $COLD_LAUNCHES cold launches: median [min-max];"
  echo "Quarkus' \"started in\"; idle RSS ${IDLE_SETTLE_S:-3} s after ready:"
  while IFS=$'\t' read -r v report; do
    grep -E '^ +[0-9]+ +cold launch' "$report" | sed -E 's/.*cold start +([0-9]+) ms +\(Quarkus: started in ([0-9.]+)s\) +idle RSS ([0-9]+) MB.*/\1 \2 \3/' \
      | awk -v v="$v" '
        function med(a, n,    i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
          return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        { n++; c[n] = $1; s[n] = $2 * 1000; r[n] = $3 }
        END { printf "  %-12s cold start %5.0f ms [%d-%d]   started in %5.0f ms [%d-%d]   idle RSS %4.0f MB [%d-%d]   (%d launches)\n",
          v, med(c, n), c[1], c[n], med(s, n), s[1], s[n], med(r, n), r[1], r[n], n }'
  done <"$RUNS"
  echo
  echo "Operations (small size; req/s, p99 ms; cores of the service and of processes not ours (\"other\": another"
  echo "worktree's work, which spoils the phase); service RSS MB at the end of the measured run; cpu probe ms before/after):"
  printf '  %-12s %-16s %-12s %8s %8s %5s %5s %6s %6s  %s\n' variant operation temperature req/s p99 svc other RSS cold probe
  while IFS=$'\t' read -r v report; do
    grep '^RESULT ' "$report" | awk -v v="$v" '{ for (i = 2; i <= NF; i++) { split($i, p, "="); r[p[1]] = p[2] }
      printf "  %-12s %-16s %-12s %8s %8s %5s %5s %6s %6s  %s\n", v, r["op"], r["temperature"], r["req_per_s"], r["p99_ms"], r["cpu_service"], r["cpu_other"], r["rss_mb"], r["cold_start_ms"], r["note"] }'
  done <"$RUNS"
  echo
  echo "Reports:"
  sed 's/^/  /' "$RUNS"
} >"$SUMMARY"
cat "$SUMMARY"
say "summary: $SUMMARY"
