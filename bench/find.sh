#!/usr/bin/env bash
# Issue 2's speed target for `resident find`: on 100,000 residents,
#   A = `expatdesk resident find TEXT` (whole process, CSV to /dev/null)
# must be no slower than
#   B = a bare `sqlite3` process running a plain LIKE '%TEXT%' scan over the
#       names of the same file,
# measured in the same run: ratio A/B <= 1.0 (geometric mean over queries).
# A and B run alternately (A, B, A, B, ...) so that noise hits both alike;
# medians of RUNS runs each, after one warm-up of each (warm page cache).
#
# Usage: bench/find.sh   (env: SHARED=../shared, N=100000, RUNS=21, REBUILD=1)
# Generated files go to bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
N=${N:-100000}
RUNS=${RUNS:-21}
OUT=bench/out
DB=$OUT/find-$N.db
CSV=$OUT/residents-$N.csv
BIN=target/release/expatdesk
HELPER=bench/benchlib.py
mkdir -p "$OUT"

cargo build --release --locked --quiet

# The database: built once per N and reused (REBUILD=1 forces a new one).
if [[ ! -s $DB || ${REBUILD:-0} == 1 ]]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    python3 "$SHARED/bench/gen_residents.py" "$N" --seed 42 -o "$CSV"
    "$BIN" --db "$DB" --quiet init
    "$BIN" --db "$DB" --quiet resident import "$CSV" --create-communities --no-input
fi
echo "database: $DB ($(du -h "$DB" | cut -f1)), $(sqlite3 "$DB" 'SELECT count(*) FROM residents') residents," \
     "journal_mode=$(sqlite3 "$DB" 'PRAGMA journal_mode')"

# Queries: a common surname fragment, a unique full name, and no match.
mapfile -t QUERIES < <(python3 "$HELPER" pick "$DB" "$BIN")

# B's statement; single quotes doubled for SQL (none in the picked queries).
like_sql() {
    local t=${1//\'/\'\'}
    echo "SELECT id, family_name, given_name FROM residents WHERE family_name LIKE '%$t%' OR given_name LIKE '%$t%'"
}
# A command line as a JSON array, for the timing loop (no shell in between).
json() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "$@"; }

printf '\n%-20s %9s %9s %12s %12s %8s\n' query "A rows" "B rows" "A median ms" "B median ms" "A/B"
ratios=()
for q in "${QUERIES[@]}"; do
    a=(--db "$DB" --no-input --format csv resident find "$q")
    # Rows A finds (its whole search: names, e-mail, WeChat, ...) and B finds.
    rows_a=$("$BIN" --db "$DB" --no-input --format json resident find "$q" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    rows_b=$(sqlite3 "$DB" "$(like_sql "$q")" | wc -l)  # names have no newlines
    read -r ma mb ratio < <(python3 "$HELPER" time "$RUNS" "$(json "$BIN" "${a[@]}")" "$(json sqlite3 "$DB" "$(like_sql "$q")")")
    printf '%-20s %9s %9s %12s %12s %8s\n' "\"$q\"" "$rows_a" "$rows_b" "$ma" "$mb" "$ratio"
    ratios+=("$ratio")
done
python3 -c 'import math,sys; r=[float(x) for x in sys.argv[1:]]; g=math.prod(r)**(1/len(r)); v="met" if g <= 1 else "NOT met"; print(f"\noverall A/B (geometric mean): {g:.3f}  (target <= 1.0: {v})")' "${ratios[@]}"
exit 0
