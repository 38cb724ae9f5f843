#!/usr/bin/env bash
# Issue 14's benchmark: the shared PostgreSQL against the local SQLite file,
# the same binary, the same data, in the same run:
#   import of N residents (and M feedback items), then `today`,
#   `report monthly`, and `resident find` (three queries),
# each as A = on PostgreSQL, B = on SQLite, run alternately, medians of
# RUNS after a warm-up; the ratio is A/B. The server is a throw-away one in
# bench/out/pg (initdb, a free port; run as the `postgres` user under root).
#
# Usage: bench/postgres.sh   (env: SHARED=../shared, N=100000, M=50000, RUNS=11)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
N=${N:-100000}
M=${M:-50000}
RUNS=${RUNS:-11}
OUT=bench/out
BIN=$PWD/target/release/expatdesk
HELPER=bench/benchlib.py
PGBIN=$(dirname "$(readlink -f "$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb | tail -1)")")
PGDIR=$PWD/$OUT/pg
PORT=${PORT:-55499}
mkdir -p "$OUT"
cargo build --release --locked --quiet

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
rm -rf "$PGDIR" && mkdir -p "$PGDIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --locale=C -E UTF8 -A trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null' EXIT
URL=postgres://postgres@127.0.0.1:$PORT/bench
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -c "CREATE DATABASE bench"

CSV=$OUT/residents-$N.csv
FB=$OUT/feedback-$M.csv
[[ -s $CSV ]] || python3 "$SHARED/bench/gen_residents.py" "$N" --seed 42 -o "$CSV"
[[ -s $FB ]] || python3 "$SHARED/bench/gen_feedback.py" "$M" --residents "$N" --seed 7 -o "$FB"
DB=$OUT/pgbench-$N.db
rm -f "$DB" "$DB-wal" "$DB-shm"

export EXPATDESK_NOW=2026-11-27T09:30:00+08:00
ms() { python3 -c "import sys; print(f'{(float(sys.argv[2]) - float(sys.argv[1])) * 1000:.0f}')" "$@"; }
# Prints "residents_ms feedback_ms" for a fresh database at $1.
import_time() {
    local db=$1 t0 t1 t2
    "$BIN" --db "$db" --quiet init
    t0=$(date +%s.%N)
    "$BIN" --db "$db" --quiet --no-input resident import "$CSV" --create-communities
    t1=$(date +%s.%N)
    "$BIN" --db "$db" --quiet --no-input feedback import "$FB" >/dev/null
    t2=$(date +%s.%N)
    echo "$(ms "$t0" "$t1") $(ms "$t1" "$t2")"
}
read -r ra fa < <(import_time "$URL")
read -r rb fb < <(import_time "$DB")
printf '%-28s %12s %12s %8s\n' what "PostgreSQL ms" "SQLite ms" "A/B"
printf '%-28s %12s %12s %8.2f\n' "import $N residents" "$ra" "$rb" "$(python3 -c "print($ra / $rb)")"
printf '%-28s %12s %12s %8.2f\n' "import $M feedback" "$fa" "$fb" "$(python3 -c "print($fa / $fb)")"

json() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "$@"; }
row() {
    local label=$1; shift
    read -r ma mb ratio < <(python3 "$HELPER" time "$RUNS" \
        "$(json "$BIN" --db "$URL" --no-input "$@")" \
        "$(json "$BIN" --db "$DB" --no-input "$@")")
    printf '%-28s %12s %12s %8s\n' "$label" "$ma" "$mb" "$ratio"
}
row today today --format json
row "report monthly" report monthly --month 2026-11 --format csv
mapfile -t QUERIES < <(python3 "$HELPER" pick "$DB" "$BIN")
for q in "${QUERIES[@]}"; do
    row "find \"$q\"" --format csv resident find "$q"
done
