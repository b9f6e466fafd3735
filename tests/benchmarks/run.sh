#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Runs the performance suite of issue #5 and writes docs/performance.md.
#
#   tests/benchmarks/run.sh [--cases N] [--backend sqlite|postgresql|both] [--min-time SECONDS]
#                           [--build-dir DIR] [--no-docs] [--filter REGEX]
#
# --filter runs only the figures whose names match REGEX (Google Benchmark's --benchmark_filter,
# e.g. --filter intake); with it nothing is written into docs/performance.md.
#
# The case databases are built once and cached under $CASEDESK_BENCH_CACHE (default
# /var/tmp/casedesk-bench), keyed by N and a hash of resources/sql and services/demo, so a
# schema or demo-data change rebuilds them. PostgreSQL runs in a cluster of this script's own
# (initdb in the cache, a free port on 127.0.0.1, as the postgres user when run as root),
# stopped when the script ends. Unattended; progress goes to stderr. A million cases take
# about 5 minutes to generate on SQLite and 10 on PostgreSQL, then about 10 to measure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CASES=10000
BACKEND=both
MIN_TIME=0.5
BUILD="${CASEDESK_BENCH_BUILD_DIR:-$ROOT/build}"
WRITE_DOCS=1
FILTER=
while [ $# -gt 0 ]; do
    case "$1" in
        --cases) CASES="$2"; shift 2 ;;
        --backend) BACKEND="$2"; shift 2 ;;
        --min-time) MIN_TIME="$2"; shift 2 ;;
        --build-dir) BUILD="$2"; shift 2 ;;
        --no-docs) WRITE_DOCS=0; shift ;;
        --filter) FILTER="$2"; WRITE_DOCS=0; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$BACKEND" in sqlite|postgresql|both) ;; *) echo "run.sh: --backend sqlite|postgresql|both" >&2; exit 2 ;; esac
[[ "$CASES" =~ ^[0-9]+$ ]] || { echo "run.sh: --cases takes a number" >&2; exit 2; }
log() { echo "[run.sh $(date +%H:%M:%S)] $*" >&2; }

log "building casedesk_bench in $BUILD"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEDESK_BUILD_BENCHMARKS=ON >&2
fi
cmake --build "$BUILD" --target casedesk_bench casedesk_gui_probe >&2
BENCH="$BUILD/bin/casedesk_bench"

HASH="$(cd "$ROOT" && find resources/sql services/demo -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12)"
CACHE_ROOT="${CASEDESK_BENCH_CACHE:-/var/tmp/casedesk-bench}"
CACHE="$CACHE_ROOT/$CASES-$HASH"
mkdir -p "$CACHE"
chmod 755 "$CACHE_ROOT" "$CACHE"
log "databases for $CASES cases in $CACHE"

ARGS=(--backend "$BACKEND")
if [ -n "$FILTER" ]; then ARGS+=(--benchmark_filter="$FILTER"); fi

# --- SQLite -----------------------------------------------------------------------------------
if [ "$BACKEND" != postgresql ]; then
    SQLITE_DB="$CACHE/sqlite/cases.db"
    if [ ! -f "$CACHE/sqlite.done" ]; then
        rm -rf "$CACHE/sqlite"; mkdir -p "$CACHE/sqlite"
        log "SQLite: generating $CASES cases"
        "$BENCH" --prepare "sqlite:$SQLITE_DB" --cases "$CASES"
        touch "$CACHE/sqlite.done"
    fi
    ARGS+=(--sqlite-url "sqlite:$SQLITE_DB")
fi

# --- PostgreSQL -------------------------------------------------------------------------------
PGDATA_DIR="$CACHE/pgdata"
PG_STARTED=0
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_cluster() {
    if [ "$PG_STARTED" = 1 ]; then
        log "PostgreSQL: stopping the cluster"
        as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null || true
    fi
}
trap stop_cluster EXIT
if [ "$BACKEND" != sqlite ]; then
    PGBIN="${CASEDESK_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
    [ -x "$PGBIN/initdb" ] || { echo "run.sh: PostgreSQL server binaries not found (set CASEDESK_PG_BINDIR)" >&2; exit 1; }
    if [ ! -f "$CACHE/pgdata.done" ] && [ -d "$PGDATA_DIR" ]; then rm -rf "$PGDATA_DIR"; fi
    if [ ! -d "$PGDATA_DIR" ]; then
        log "PostgreSQL: initdb in $PGDATA_DIR"
        mkdir -p "$PGDATA_DIR"
        if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PGDATA_DIR"; fi
        chmod 700 "$PGDATA_DIR"
        as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR" -U casedesk_bench --auth=trust -E UTF8 --no-locale >/dev/null
    fi
    PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    log "PostgreSQL: starting on port $PORT (default settings but for the address, port and socket folder)"
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 120 \
        -o "-p $PORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1" start >/dev/null
    PG_STARTED=1
    PG_URL="postgresql://casedesk_bench@127.0.0.1:$PORT/casedesk"
    if [ ! -f "$CACHE/pgdata.done" ]; then
        psql -h 127.0.0.1 -p "$PORT" -U casedesk_bench -d postgres -q -c "CREATE DATABASE casedesk" >&2
        log "PostgreSQL: generating $CASES cases"
        "$BENCH" --prepare "$PG_URL" --cases "$CASES"
        touch "$CACHE/pgdata.done"
    fi
    ARGS+=(--postgresql-url "$PG_URL")
fi

# --- Measure ----------------------------------------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULT="$CACHE/result-$STAMP.json"
log "measuring (min time $MIN_TIME s per figure); results in $RESULT"
QT_QPA_PLATFORM=offscreen "$BENCH" "${ARGS[@]}" --benchmark_min_time="$MIN_TIME" \
    --benchmark_out="$RESULT" --benchmark_out_format=json --benchmark_counters_tabular=true

if [ "$WRITE_DOCS" = 1 ]; then
    /usr/bin/python3 "$ROOT/tests/benchmarks/report.py" --result "$RESULT" --cases "$CASES" \
        --root "$ROOT" --out "$ROOT/docs/performance.md"
    log "wrote docs/performance.md"
fi
