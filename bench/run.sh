#!/usr/bin/env bash
# The Samverkan benchmark (issue 7): builds both services, starts them against the machine's PostgreSQL at
# 127.0.0.1:5432, loads a generated dataset with SQL, measures with pgbench and wrk, and writes a Markdown
# table to bench/results/<yyyy-mm-dd>.md. See bench/README.md.
#
#   bench/run.sh [--scale N] [--quick] [--no-build] [--no-lock] [--no-profile]
#
# Everything it starts (two JVMs, wrk, pgbench) is stopped on exit; it only talks to 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"

usage() {
    echo "usage: bench/run.sh [--scale N] [--quick] [--no-build] [--no-lock] [--no-profile]" >&2
    echo "  --scale N   dataset size: 1 = ~300 projects, 3 000 participants, 10 000 co-funding years (default 1)" >&2
    echo "  --quick     scale 1, one run per measurement, short durations (a few minutes in all)" >&2
    echo "  --no-build  use the jars already built (the default builds them, under the shared Maven lock)" >&2
    echo "  --no-lock   measure without holding the shared Maven lock (default: hold it, so no build or CI run" >&2
    echo "              shares the two cores with the measurement; waits up to BENCH_LOCK_WAIT s, default 1800)" >&2
    echo "  --no-profile  skip the extra saturated run per endpoint under JFR (default: profile it, not counted)" >&2
}

SCALE=1
QUICK=false
BUILD=true
LOCK=true
PROFILE=true
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE="${2:?--scale needs a number}"; shift 2 ;;
        --quick) QUICK=true; shift ;;
        --no-build) BUILD=false; shift ;;
        --no-lock) LOCK=false; shift ;;
        --no-profile) PROFILE=false; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done
case "$SCALE" in ''|*[!0-9]*|0) echo "--scale must be a positive whole number" >&2; exit 2 ;; esac

# Durations are bounded: full = 3 runs of 10 s at saturation and 15 s paced per measurement (~15 min in all);
# quick = 1 run of 3 s + 5 s. A warm-up (quick 5 s, full 10 s) before each endpoint lets the JIT compile its code first.
if $QUICK; then
    SCALE=1; RUNS=1; SATURATE_S=3; PACED_S=5; WARMUP_S=5; PGBENCH_S=3
else
    RUNS=3; SATURATE_S=10; PACED_S=15; WARMUP_S=10; PGBENCH_S=10
fi
# The same connection count for every measurement, pgbench included (the issue asks for it).
THREADS=2
CONNS=16

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres
# Ports of our own, so a developer's `./samverkan up` on 8081/8082 (or a test run nearby) is neither measured
# nor disturbed.
PROJECT_PORT=${BENCH_PROJECT_PORT:-38181}
FUNDING_PORT=${BENCH_FUNDING_PORT:-38182}
# health (and H below) are on each service's management port, apart from its API
PROJECT_MANAGEMENT_PORT=${BENCH_PROJECT_MANAGEMENT_PORT:-39181}
FUNDING_MANAGEMENT_PORT=${BENCH_FUNDING_MANAGEMENT_PORT:-39182}
PROJECT_JAR="$ROOT/project-service/target/quarkus-app/quarkus-run.jar"
FUNDING_JAR="$ROOT/funding-service/target/quarkus-app/quarkus-run.jar"
DEVTOOLS_JAR="$ROOT/devtools/target/samverkan-devtools.jar"

DAY=$(date +%F)
RESULTS="$BENCH/results/$DAY.md"
WORK=$(mktemp -d /tmp/samverkan-bench.XXXXXX)

log() { echo "[bench $(date +%T)] $*" >&2; }

# ---------------------------------------------------------------------------------------------------------
# Clean-up: stop exactly the processes this script started, by pid (TERM first, KILL after 10 s).
PIDS=()
cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    if [ $status -eq 0 ]; then log "service logs, wrk and pgbench output: $WORK"; else log "failed (exit $status); logs and lists are in $WORK"; fi
}
trap cleanup EXIT
# a TERM or Ctrl-C (e.g. from `timeout`) goes through the same exit, so the clean-up runs
trap 'exit 143' TERM INT

# ---------------------------------------------------------------------------------------------------------
# Tools: installed from Debian when missing (the script runs as root on the benchmark machine).
need() {  # need COMMAND PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        log "installing $2 (for $1)"
        timeout 600 apt-get install -y "$2" >"$WORK/apt-$2.log" 2>&1 \
            || { timeout 300 apt-get update >/dev/null 2>&1 && timeout 600 apt-get install -y "$2" >"$WORK/apt-$2.log" 2>&1; }
    fi
}
need wrk wrk
need psql postgresql-client
need pgbench postgresql-contrib
need curl curl
need flock util-linux
need ss iproute2
command -v java >/dev/null || { echo "java (17+) is needed" >&2; exit 1; }
if $PROFILE && ! command -v jcmd >/dev/null; then log "no jcmd (a JDK's, not a JRE's): profiles skipped"; PROFILE=false; fi

# ---------------------------------------------------------------------------------------------------------
# The shared Maven lock. Builds and CI runs take it, and on two cores a concurrent build or test run halves what
# the services get (a first run during CI measured 8-10 s starts and a tenth of the throughput). So by default
# the whole run holds it, on file descriptor 9, which every long-lived child gets closed (9>&-) so that a
# service left behind could never keep it. The build below then runs inside it.
LOCK_FILE=/tmp/samverkan-maven.lock
LOCK_NOTE="no: the machine may have been running builds or tests at the same time"
if $LOCK; then
    exec 9>>"$LOCK_FILE"
    log "waiting for $LOCK_FILE (held by a build or CI run?), at most ${BENCH_LOCK_WAIT:-1800} s"
    if flock -w "${BENCH_LOCK_WAIT:-1800}" 9; then
        LOCK_NOTE="yes: no build or CI run (which take the lock) ran during the measurement"
    else
        echo "could not get $LOCK_FILE within ${BENCH_LOCK_WAIT:-1800} s; try later or use --no-lock" >&2; exit 1
    fi
fi

# Build: always under the shared lock (held already, or taken just for the build with --no-lock).
if $BUILD; then
    log "building"
    if $LOCK; then
        (cd "$ROOT" && timeout 1800 ./mvnw -B -o -q install -DskipTests 9>&-)
    else
        (cd "$ROOT" && timeout 1800 flock -w 1200 "$LOCK_FILE" ./mvnw -B -o -q install -DskipTests)
    fi
fi
for jar in "$PROJECT_JAR" "$FUNDING_JAR" "$DEVTOOLS_JAR"; do
    [ -f "$jar" ] || { echo "missing $jar: build first (drop --no-build)" >&2; exit 1; }
done

for port in "$PROJECT_PORT" "$FUNDING_PORT" "$PROJECT_MANAGEMENT_PORT" "$FUNDING_MANAGEMENT_PORT"; do
    if ss -Hltn "sport = :$port" | grep -q .; then
        echo "port $port on 127.0.0.1 is taken; set BENCH_PROJECT_PORT / BENCH_FUNDING_PORT" \
            "/ BENCH_PROJECT_MANAGEMENT_PORT / BENCH_FUNDING_MANAGEMENT_PORT" >&2; exit 1
    fi
done

psql_() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -X -q -v ON_ERROR_STOP=1 "$@"; }

# ---------------------------------------------------------------------------------------------------------
# Fresh databases for each run (WITH (FORCE) ends sessions a previous, aborted run may have left).
log "recreating bench_projects, bench_funding, bench_pgbench on $PG_HOST:$PG_PORT"
for db in bench_projects bench_funding bench_pgbench; do
    psql_ -d postgres -c "drop database if exists $db with (force)"
    psql_ -d postgres -c "create database $db"
done

# ---------------------------------------------------------------------------------------------------------
# Start a service and time it from the moment the JVM is launched to the first 200 of /q/health/ready (on its
# management port).
# The services start one after the other, so neither start competes with the other for the two cores.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

start_service() {  # start_service NAME JAR PORT MANAGEMENT_PORT DB  (sets LAST_PID, LAST_READY_MS)
    local name=$1 jar=$2 port=$3 management_port=$4 db=$5 t0
    t0=$(now_ms)
    env QUARKUS_HTTP_HOST=127.0.0.1 HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 MANAGEMENT_PORT="$management_port" \
        DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" DB_USER="$PG_USER" DB_PASSWORD="" \
        PROJECT_SERVICE_URL="http://127.0.0.1:$PROJECT_PORT" FUNDING_SERVICE_URL="http://127.0.0.1:$FUNDING_PORT" \
        SAMVERKAN_ALLOW_DEV_KEY=true SAMVERKAN_RATE_LIMIT_PER_SECOND="${SAMVERKAN_RATE_LIMIT_PER_SECOND:-0}" \
        "$ROOT/bin/run-service" "${name%-second}" >"$WORK/$name.log" 2>&1 9>&- &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
    for _ in $(seq 1 1200); do  # at most ~60 s
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$management_port/q/health/ready")" = 200 ]; then
            LAST_READY_MS=$(( $(now_ms) - t0 ))
            log "$name ready after $LAST_READY_MS ms (pid $LAST_PID)"
            return 0
        fi
        kill -0 "$LAST_PID" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; echo "$name died" >&2; exit 1; }
        sleep 0.05
    done
    tail -30 "$WORK/$name.log" >&2; echo "$name not ready within 60 s" >&2; exit 1
}

start_service project-service "$PROJECT_JAR" "$PROJECT_PORT" "$PROJECT_MANAGEMENT_PORT" bench_projects
PROJECT_PID=$LAST_PID; PROJECT_READY_MS=$LAST_READY_MS
start_service funding-service "$FUNDING_JAR" "$FUNDING_PORT" "$FUNDING_MANAGEMENT_PORT" bench_funding
FUNDING_PID=$LAST_PID; FUNDING_READY_MS=$LAST_READY_MS

TOKEN=$(java -cp "$DEVTOOLS_JAR:$ROOT/devtools/target/lib/*" se.samverkan.devtools.DevToken --role admin)

# ---------------------------------------------------------------------------------------------------------
# The dataset, generated in SQL that matches the migrations (bench/sql/*.sql), loaded now that Flyway has
# created the schemas. Nothing is restarted afterwards: the services see the rows on their next query.
log "generating the dataset at scale $SCALE"
t0=$(now_ms)
psql_ -d bench_projects -v scale="$SCALE" -v cofunders_csv="$WORK/cofunders.csv" \
    -v project_ids="$WORK/project_ids.txt" -v county_codes="$WORK/county_codes.txt" \
    -v cofunding_bodies="$WORK/cofunding_bodies.txt" -f "$BENCH/sql/projects.sql"
psql_ -d bench_funding -v scale="$SCALE" -f "$BENCH/sql/funding.sql" <"$WORK/cofunders.csv"
LOAD_MS=$(( $(now_ms) - t0 ))
count() { psql_ -d "$1" -Atc "select count(*) from $2"; }
DATASET="$(count bench_projects project) projects, $(count bench_projects participant) participants, \
$(count bench_projects organisation) organisations, $(count bench_funding co_funding) co-funding commitments \
with $(count bench_funding co_funding_year) schedule years, $(count bench_funding funding_call) calls, \
$(count bench_funding application) applications"
log "loaded in $LOAD_MS ms: $DATASET"

# The first starts above included Flyway migrating empty databases (V2 inserts 311 organisations). A restart
# against an existing, loaded database is the usual case, so a second instance of each service is started on
# another port against the same database, timed the same way, and stopped again; the measured instances keep
# running untouched.
second_start() {  # second_start NAME JAR PORT MANAGEMENT_PORT DB -> sets LAST_READY_MS
    local saved_pids=("${PIDS[@]}")
    start_service "$1-second" "$2" "$3" "$4" "$5"
    kill -TERM "$LAST_PID"
    for _ in $(seq 1 100); do kill -0 "$LAST_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$LAST_PID" 2>/dev/null || true
    PIDS=("${saved_pids[@]}")
}
second_start project-service "$PROJECT_JAR" $(( PROJECT_PORT + 10 )) $(( PROJECT_MANAGEMENT_PORT + 10 )) bench_projects
PROJECT_RESTART_MS=$LAST_READY_MS
second_start funding-service "$FUNDING_JAR" $(( FUNDING_PORT + 10 )) $(( FUNDING_MANAGEMENT_PORT + 10 )) bench_funding
FUNDING_RESTART_MS=$LAST_READY_MS

# ---------------------------------------------------------------------------------------------------------
# The endpoints. Each: label | port | method | path ({x} = random value) | values file | bodies file
PROJECT_ID=$(head -1 "$WORK/project_ids.txt")
ENDPOINTS=(
    "GET /q/health/live (H)|$PROJECT_MANAGEMENT_PORT|GET|/q/health/live||"
    "GET /projects/{id}|$PROJECT_PORT|GET|/projects/{x}|$WORK/project_ids.txt|"
    "GET /organisations?type=MUNICIPALITY&countyCode=…|$PROJECT_PORT|GET|/organisations?type=MUNICIPALITY&countyCode={x}|$WORK/county_codes.txt|"
    "GET /projects/{id}/overview|$PROJECT_PORT|GET|/projects/{x}/overview|$WORK/project_ids.txt|"
    "GET /projects/{id}/financing (funding)|$FUNDING_PORT|GET|/projects/{x}/financing|$WORK/project_ids.txt|"
    "GET /stats/funding?groupBy=year (funding)|$FUNDING_PORT|GET|/stats/funding?groupBy=year||"
    "GET /stats/participation|$PROJECT_PORT|GET|/stats/participation||"
    "POST /co-funding (funding)|$FUNDING_PORT|POST|/co-funding||$WORK/cofunding_bodies.txt"
)

# Every endpoint answers 2xx once before anything is measured, or the run stops: a benchmark of 401s or 422s
# would measure nothing. POST is tried with the first 20 bodies (funders of every organisation type).
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r label port method path values bodies <<<"$entry"
    url="http://127.0.0.1:$port${path//\{x\}/$PROJECT_ID}"
    url="${url//countyCode=$PROJECT_ID/countyCode=07}"
    if [ "$method" = POST ]; then
        while read -r body; do
            code=$(curl -s -o "$WORK/check.out" -w '%{http_code}' --max-time 10 -X POST -H "Authorization: Bearer $TOKEN" \
                -H 'Content-Type: application/json' --data "$body" "$url")
            case "$code" in 2??) ;; *) break ;; esac
        done < <(head -20 "$bodies")
    else
        code=$(curl -s -o "$WORK/check.out" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $TOKEN" "$url")
    fi
    case "$code" in 2??) ;; *) echo "$label answered $code: $(head -c 600 "$WORK/check.out")" >&2; exit 1 ;; esac
done
log "every endpoint answers 2xx"

# ---------------------------------------------------------------------------------------------------------
# Helpers for numbers: the median of the values on stdin, and awk arithmetic.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'; }
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p"; }  # field NAME < BENCH_RESULT line

# run_wrk PORT METHOD PATH VALUES BODIES RATE SECONDS -> prints wrk's BENCH_RESULT line (rate 0 = saturate)
run_wrk() {
    local out
    local mark=""
    case "$3" in */overview) mark='"warnings":[{' ;; esac
    out=$(BENCH_METHOD=$2 BENCH_PATH=$3 BENCH_VALUES=$4 BENCH_BODIES=$5 BENCH_RATE=$6 BENCH_CONNS=$CONNS BENCH_DEGRADED_MARK=$mark \
        timeout $(( $7 + 30 )) wrk -t"$THREADS" -c"$CONNS" -d"$7s" --timeout 5s \
        -H "Authorization: Bearer $TOKEN" -s "$BENCH/wrk.lua" "http://127.0.0.1:$1" 9>&-)
    echo "$out" >>"$WORK/wrk.log"
    echo "$out" | grep '^BENCH_RESULT'
}

# ---------------------------------------------------------------------------------------------------------
# (1) The database's limit D: pgbench's select-only transactions (one primary-key SELECT each) over TCP,
# prepared statements, same connection and thread count.
log "pgbench: init -s 10, then -S -M prepared -c $CONNS -j $THREADS, $RUNS x ${PGBENCH_S} s"
pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -i -s 10 -q bench_pgbench >"$WORK/pgbench-init.log" 2>&1
D_RUNS=()
for _ in $(seq 1 "$RUNS"); do
    tps=$(timeout $(( PGBENCH_S + 30 )) pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -S -M prepared \
        -c "$CONNS" -j "$THREADS" -T "$PGBENCH_S" bench_pgbench 2>>"$WORK/pgbench.log" 9>&- \
        | tee -a "$WORK/pgbench.log" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
    D_RUNS+=("$tps")
done
D=$(printf '%s\n' "${D_RUNS[@]}" | median)
log "D = $D tps (runs: ${D_RUNS[*]})"

# ---------------------------------------------------------------------------------------------------------
# (2) and (3): for each endpoint, the maximum throughput (median of RUNS saturated runs), then latency at half
# of it, paced by wrk.lua's delay() (median of RUNS paced runs).
# Profiles: one more saturated run per endpoint, not counted, with JFR (settings=profile) recording the service
# that answers it and, for the two endpoints that cross to the other service, that one too. devtools/JfrSummary
# turns each recording into one line: where the CPU went, and how busy the JVM and the machine were.
declare -A PROFILES
pid_of_port() {
    case "$1" in "$PROJECT_PORT"|"$PROJECT_MANAGEMENT_PORT") echo "$PROJECT_PID" ;; *) echo "$FUNDING_PID" ;; esac
}
profile_endpoint() {  # profile_endpoint LABEL PORT METHOD PATH VALUES BODIES
    local label=$1 port=$2 slug services=() line="" name pid file
    slug=$(echo "$label" | tr -c 'a-zA-Z0-9' '_' | cut -c1-60)
    services=("$(pid_of_port "$port")")
    case "$label" in *overview*|POST*) services=("$PROJECT_PID" "$FUNDING_PID") ;; esac
    for pid in "${services[@]}"; do
        jcmd "$pid" JFR.start name=bench settings=profile >/dev/null 2>&1 9>&- || return 0
    done
    run_wrk "$port" "$3" "$4" "$5" "$6" 0 "$SATURATE_S" >/dev/null
    for pid in "${services[@]}"; do
        if [ "$pid" = "$PROJECT_PID" ]; then name=project-service; else name=funding-service; fi
        file="$WORK/profile-$slug-$name.jfr"
        jcmd "$pid" JFR.stop name=bench filename="$file" >/dev/null 2>&1 9>&- || continue
        line+="${line:+<br>}$name: $(java -cp "$DEVTOOLS_JAR:$ROOT/devtools/target/lib/*" se.samverkan.devtools.JfrSummary "$file" 6 9>&-)"
    done
    PROFILES[$label]=$line
}

declare -A MAX P50 P95 P99 ACHIEVED ERRS RUNLIST
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r label port method path values bodies <<<"$entry"
    log "$label: warm-up ${WARMUP_S} s"
    run_wrk "$port" "$method" "$path" "$values" "$bodies" 0 "$WARMUP_S" >/dev/null
    sat=(); errs=0
    for _ in $(seq 1 "$RUNS"); do
        line=$(run_wrk "$port" "$method" "$path" "$values" "$bodies" 0 "$SATURATE_S")
        sat+=("$(echo "$line" | field rps)")
        errs=$(( errs + $(echo "$line" | field status_errors) + $(echo "$line" | field socket_errors) + $(echo "$line" | field degraded) ))
    done
    MAX[$label]=$(printf '%s\n' "${sat[@]}" | median)
    RUNLIST[$label]="${sat[*]}"
    target=$(calc "${MAX[$label]} / 2" 0)
    [ "$target" -ge 1 ] || target=1
    p50=(); p95=(); p99=(); got=()
    for _ in $(seq 1 "$RUNS"); do
        line=$(run_wrk "$port" "$method" "$path" "$values" "$bodies" "$target" "$PACED_S")
        p50+=("$(echo "$line" | field p50)"); p95+=("$(echo "$line" | field p95)")
        p99+=("$(echo "$line" | field p99)"); got+=("$(echo "$line" | field rps)")
        errs=$(( errs + $(echo "$line" | field status_errors) + $(echo "$line" | field socket_errors) + $(echo "$line" | field degraded) ))
    done
    P50[$label]=$(printf '%s\n' "${p50[@]}" | median)
    P95[$label]=$(printf '%s\n' "${p95[@]}" | median)
    P99[$label]=$(printf '%s\n' "${p99[@]}" | median)
    ACHIEVED[$label]="$(printf '%s\n' "${got[@]}" | median) of $target"
    ERRS[$label]=$errs
    log "$label: max ${MAX[$label]}/s (runs: ${sat[*]}); at ${ACHIEVED[$label]}/s p50 ${P50[$label]} ms, p95 ${P95[$label]} ms, p99 ${P99[$label]} ms; errors $errs"
done

# What the services logged during the load: funding-service answers 503 when its calls to project-service time
# out or its circuit breaker is open, which shows as errors of POST /co-funding; count them for the results.
BREAKER_OPEN=$(grep -c 'circuit breaker is open' "$WORK/funding-service.log" || true)
CALL_TIMEOUTS=$(grep -c 'ProjectApiCalls#read timed out' "$WORK/funding-service.log" || true)
SERVER_ERRORS=$(cat "$WORK/project-service.log" "$WORK/funding-service.log" | grep -c 'Unexpected error answering' || true)

# (4) Resident memory after the load, in MB.
rss_mb() { calc "$(ps -o rss= -p "$1") / 1024" 0; }
PROJECT_RSS=$(rss_mb "$PROJECT_PID")
FUNDING_RSS=$(rss_mb "$FUNDING_PID")

# (5) The open-data exports of the whole dataset (issue 15), after the RSS above so they do not change it: each is
# streamed a page at a time, so it completes inside the services' 128 MB heap however many projects there are.
# Timed once each, to the last byte, with the size and the services' RSS afterwards.
export_once() {  # export_once URL OUT -> "HTTP-code seconds bytes"
    curl -s -o "$2" -w '%{http_code} %{time_total} %{size_download}' --max-time 900 \
        -H "Authorization: Bearer $TOKEN" "$1" || echo "000 0 0"
}
log "GET /exports/iati-activities: every project"
read -r IATI_CODE IATI_S IATI_BYTES < <(export_once "http://127.0.0.1:$PROJECT_PORT/exports/iati-activities" "$WORK/iati.xml")
IATI_ACTIVITIES=$(grep -o '<iati-activity ' "$WORK/iati.xml" | wc -l || true)
log "GET /exports/360giving: every grant"
read -r GIVING_CODE GIVING_S GIVING_BYTES < <(export_once "http://127.0.0.1:$FUNDING_PORT/exports/360giving" "$WORK/360giving.json")
GIVING_GRANTS=$(grep -o '"awardDate"' "$WORK/360giving.json" | wc -l || true)
PROJECT_RSS_EXPORT=$(rss_mb "$PROJECT_PID")
FUNDING_RSS_EXPORT=$(rss_mb "$FUNDING_PID")

# The profiles come after everything counted, RSS included (a JFR recording adds its own buffers to a JVM).
if $PROFILE; then
    for entry in "${ENDPOINTS[@]}"; do
        IFS='|' read -r label port method path values bodies <<<"$entry"
        log "$label: profile (JFR, ${SATURATE_S} s, not counted)"
        profile_endpoint "$label" "$port" "$method" "$path" "$values" "$bodies"
    done
fi

# ---------------------------------------------------------------------------------------------------------
# The results file.
H=${MAX["GET /q/health/live (H)"]}
IDEAL=$(calc "1 / (1 / $H + 1 / $D)" 0)
GET1="GET /projects/{id}"
RATIO=$(calc "100 * ${MAX[$GET1]} / $IDEAL" 0)

verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi; }
target_row() {  # target_row TARGET MEASURED CONDITION [NOTE]
    local v
    v=$(verdict "$3")
    echo "| $1 | $2 | $v${4:+ ($4)} |"
}
STATS_NOTE=""
[ "$SCALE" -ge 30 ] || STATS_NOTE="the target is for --scale 30; this run is scale $SCALE"

OVERVIEW="GET /projects/{id}/overview"
POST="POST /co-funding (funding)"
STATS_F="GET /stats/funding?groupBy=year (funding)"
STATS_P="GET /stats/participation"

TARGETS=$(
    echo "| Target | Measured | |"
    echo "|---|---|---|"
    target_row "single-row GET ≥ 50 % of 1/(1/H + 1/D)" "$RATIO % (${MAX[$GET1]} of $IDEAL req/s)" "$RATIO >= 50"
    target_row "single-row GET p99 < 10 ms at half the max rate" "${P99[$GET1]} ms" "${P99[$GET1]} < 10"
    target_row "overview p99 < 25 ms at half the max rate" "${P99[$OVERVIEW]} ms" "${P99[$OVERVIEW]} < 25"
    target_row "stats/funding p95 < 50 ms" "${P95[$STATS_F]} ms" "${P95[$STATS_F]} < 50" "$STATS_NOTE"
    target_row "stats/participation p95 < 50 ms" "${P95[$STATS_P]} ms" "${P95[$STATS_P]} < 50" "$STATS_NOTE"
    target_row "POST /co-funding ≥ 1 000/s" "${MAX[$POST]}/s" "${MAX[$POST]} >= 1000"
    target_row "project-service start to ready < 2.5 s" "$PROJECT_RESTART_MS ms (first start: $PROJECT_READY_MS ms)" "$PROJECT_RESTART_MS < 2500" "judged on the start against the loaded database"
    target_row "funding-service start to ready < 2.5 s" "$FUNDING_RESTART_MS ms (first start: $FUNDING_READY_MS ms)" "$FUNDING_RESTART_MS < 2500" "judged on the start against the loaded database"
    target_row "project-service RSS < 300 MB" "$PROJECT_RSS MB" "$PROJECT_RSS < 300"
    target_row "funding-service RSS < 300 MB" "$FUNDING_RSS MB" "$FUNDING_RSS < 300"
)
# target_row ran in the $( ) above, a subshell: the missed ones are read back from the table.
mapfile -t MISSED < <(echo "$TARGETS" | awk -F' [|] ' '/\*\*missed\*\*/ { sub(/^[|] /, "", $1); print $1 }')

mkdir -p "$BENCH/results"
{
    echo "# Benchmark results, $DAY"
    echo
    echo "\`bench/run.sh$($QUICK && echo ' --quick' || echo " --scale $SCALE")\`, commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- project-service funding-service platform || echo ' (with uncommitted changes in the services)'), $(nproc) cores, $(date '+%F %T %Z')."
    echo
    echo "- Dataset (SQL generator, scale $SCALE, loaded in $LOAD_MS ms): $DATASET."
    echo "- wrk -t$THREADS -c$CONNS for every HTTP measurement, pgbench -c$CONNS -j$THREADS; $RUNS run(s) each, median reported;"
    echo "  saturated ${SATURATE_S} s, paced ${PACED_S} s, after a ${WARMUP_S} s warm-up per endpoint."
    echo "- Latency is measured at half the maximum throughput, paced by wrk with a Lua \`delay()\` (bench/wrk.lua):"
    echo "  each connection waits on average 1000·connections/rate ms (exponentially distributed) before its next"
    echo "  request. This is a closed loop, so a slow answer delays the next request (coordinated omission): p99 is,"
    echo "  if anything, optimistic."
    echo "- Shared Maven lock held during the run: $LOCK_NOTE."
    echo "- Logged by the services during the load: funding-service's calls to project-service timed out $CALL_TIMEOUTS times"
    echo "  and found the circuit breaker open $BREAKER_OPEN times (each a 503); $SERVER_ERRORS unexpected errors (500)."
    echo "- Load average before the summary was written: $(cut -d' ' -f1-3 /proc/loadavg) (wrk, PostgreSQL and both JVMs share the $(nproc) cores)."
    echo
    echo "| Measurement | max req/s | paced at (req/s achieved of target) | p50 ms | p95 ms | p99 ms | errors | note |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    echo "| pgbench -S -M prepared (D) | $D tps | | | | | | runs: ${D_RUNS[*]} |"
    for entry in "${ENDPOINTS[@]}"; do
        IFS='|' read -r label _ <<<"$entry"
        note="runs: ${RUNLIST[$label]}"
        [ "${ERRS[$label]}" = 0 ] || note="**${ERRS[$label]} answers were not 2xx/3xx, failed, or were degraded (an overview without its funding part): these numbers do not measure the endpoint**; $note"
        [ "$label" = "$GET1" ] && note="**$RATIO %** of 1/(1/H + 1/D) = $IDEAL req/s; $note"
        echo "| \`$label\` | ${MAX[$label]} | ${ACHIEVED[$label]} | ${P50[$label]} | ${P95[$label]} | ${P99[$label]} | ${ERRS[$label]} | $note |"
    done
    echo
    echo "| Service | start to ready, first start incl. Flyway on an empty database (ms) | start to ready against the loaded database (ms) | RSS after the load (MB) |"
    echo "|---|---:|---:|---:|"
    echo "| project-service | $PROJECT_READY_MS | $PROJECT_RESTART_MS | $PROJECT_RSS |"
    echo "| funding-service | $FUNDING_READY_MS | $FUNDING_RESTART_MS | $FUNDING_RSS |"
    echo
    echo "## Open-data exports (issue 15)"
    echo
    echo "The whole dataset exported once each, streamed; time to the last byte with curl, RSS of the exporting service after it."
    echo
    echo "| Export | HTTP | items | time (s) | size (MB) | RSS after (MB) |"
    echo "|---|---:|---:|---:|---:|---:|"
    echo "| \`GET /exports/iati-activities\` | $IATI_CODE | $IATI_ACTIVITIES activities | $IATI_S | $(calc "$IATI_BYTES / 1048576" 1) | $PROJECT_RSS_EXPORT |"
    echo "| \`GET /exports/360giving\` | $GIVING_CODE | $GIVING_GRANTS grants | $GIVING_S | $(calc "$GIVING_BYTES / 1048576" 1) | $FUNDING_RSS_EXPORT |"
    echo
    echo "## The targets of issue 7"
    echo
    echo "$TARGETS"
    echo
    if [ ${#MISSED[@]} -gt 0 ]; then
        echo "## Missed targets: why, and what would reach them"
        echo
        echo "Written by the script for each missed target from what was profiled (the profiles below, and the notes added"
        echo "by hand to a results file); a result far from these explanations needs a new look."
        echo
        for t in "${MISSED[@]}"; do
            case "$t" in
                single-row\ GET\ ≥*) echo "- *$t*: the ideal counts only the HTTP stack (H, a health check on the event loop) and one primary-key SELECT (D). A GET /projects/{id} also runs on a worker thread (a hand-over from the event loop), through RESTEasy Reactive's blocking path, Hibernate (a session, the entity and its objectives collection, two result rows), Jackson and the ETag; verified tokens are cached, so the JWT no longer shows. The profile below charges the CPU to those parts, none dominant: the gap is the framework's per-request cost on two cores shared with PostgreSQL and wrk. Reaching half of the ideal would take a different read path (the reactive PostgreSQL client on the event loop, no ORM), a trade we have not made for the service's reads." ;;
                single-row\ GET\ p99*) echo "- *$t*: on two cores shared by wrk, PostgreSQL and both JVMs, a GC pause or a scheduler slice lands in the tail. Fewer allocations per request would be the first thing to try." ;;
                overview*) echo "- *$t*: the overview makes seven counting queries and a synchronous call to funding-service (a second request, token check and database). Fetching the financing in parallel with the counts would take its latency off the critical path." ;;
                stats*) echo "- *$t*: the stats read totals kept by triggers (funding_total, municipality_output_total); check that the migrations V2 (funding) and V4 (projects) ran and that the generator rebuilt the totals." ;;
                POST*) echo "- *$t*: a POST now makes one call to project-service (the organisation's standing in the project) and one write transaction (the commitment, its schedule years, its history row; committed with a WAL flush). The profile shows funding-service's CPU spread over Hibernate, the REST layer, Vert.x and the REST client, project-service's mostly idle, and the machine fully busy: on two cores, two JVMs, PostgreSQL's commits and wrk share the CPU. What would reach it: batching the write (one insert of the schedule years), fewer round trips per transaction, and above all more cores; a cache of standings would not help (participation must be current, and the benchmark's pairs rarely repeat)." ;;
                *start\ to\ ready*) echo "- *$t*: with the AppCDS archive (bin/run-service). A JFR profile of a start charges the CPU to class loading (about a third), Hibernate's boot (a fifth), the OpenAPI document Quarkus prepares for /q/openapi (about a sixth) and Hibernate Validator; the JIT compiler's threads compete for the same two cores. A native image (GraalVM/Mandrel, not available on this machine) is what would reach 2.5 s here." ;;
                *RSS*) echo "- *$t*: with a 128 MB heap (jvm.options). Of the resident memory, about 46 MB are the mapped AppCDS archives (file-backed pages, shared by every JVM of the service on a host), 50 MB metaspace and 26 MB compiled code (native memory tracking, by hand). A 96 MB heap, or no archive (a second slower start), would bring it under 300 MB." ;;
            esac
        done
        echo
    fi
    if $PROFILE; then
        echo "## Profiles"
        echo
        echo "JFR (settings=profile) during one more saturated ${SATURATE_S} s run per endpoint, not counted above; each sample is"
        echo "charged to the innermost known part of its stack (devtools/JfrSummary). The two endpoints that cross to the"
        echo "other service are recorded in both."
        echo
        echo "| Endpoint | where the CPU went |"
        echo "|---|---|"
        for entry in "${ENDPOINTS[@]}"; do
            IFS='|' read -r label _ <<<"$entry"
            echo "| \`$label\` | ${PROFILES[$label]:-not recorded} |"
        done
        echo
    fi
} >"$RESULTS"

# The README carries the latest full run's targets table, between two marker lines.
if ! $QUICK && grep -q '^<!-- bench:latest -->' "$ROOT/README.md"; then
    {
        echo "<!-- bench:latest -->"
        echo "Latest full run: \`bench/run.sh --scale $SCALE\` on $DAY, commit $(cd "$ROOT" && git rev-parse --short HEAD)"
        echo "([bench/results/$DAY.md](bench/results/$DAY.md), medians of $RUNS; D = pgbench -S $D tps, H = health $H req/s)."
        echo
        echo "$TARGETS"
        echo "<!-- /bench:latest -->"
    } >"$WORK/readme-block.md"
    awk -v block="$WORK/readme-block.md" '
        /^<!-- bench:latest -->/ { while ((getline line < block) > 0) print line; skip = 1; next }
        /^<!-- \/bench:latest -->/ { skip = 0; next }
        !skip { print }' "$ROOT/README.md" >"$WORK/README.md" && cat "$WORK/README.md" >"$ROOT/README.md"
    log "README.md: the targets table of this run"
fi

log "results written to $RESULTS"
cat "$RESULTS"
