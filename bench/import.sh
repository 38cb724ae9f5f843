#!/usr/bin/env bash
# Issue 3's figures, measured in one run on the same files:
#   1. `expatdesk resident import` into a new database vs `sqlite3`'s
#      `.import --csv --skip 1` into the plain TEXT table of
#      ../shared/bench/schema_residents.sql (target: ratio <= 1.0 at 1M rows);
#   2. `expatdesk resident export` vs `sqlite3 -csv -header DB 'select …'`
#      on the same database (target: ratio <= 0.6);
#   3. peak RSS of the import at each size (target: < 32 MiB at 1M, a few MiB
#      above 100k).
# Each pair runs alternately, RUNS times (median); whole processes.
#
# Usage: bench/import.sh   (env: SHARED=../shared, SIZES="100000 1000000", RUNS=5)
# Generated files go to bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
SIZES=${SIZES:-"100000 1000000"}
RUNS=${RUNS:-5}
OUT=bench/out
BIN=target/release/expatdesk
LIB=bench/benchlib.py
mkdir -p "$OUT"
cargo build --release --locked --quiet

median() { python3 -c 'import statistics,sys; print(f"{statistics.median(map(float, sys.argv[1:])):.2f}")' "$@"; }
fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# The export query of the reference: the same columns, named communities.
EXPORT_SQL="SELECT r.id, r.registered_at, r.updated_at, external_id, family_name, given_name,
  chinese_name, nationality, gender, birth_date, phone, email, wechat, c.name, address, languages,
  arrival_date, residence_registered_on, permit_type, permit_expiry, consent_contact,
  consent_share, status, moved_out_on, notes
  FROM residents r JOIN communities c ON c.id = r.community_id ORDER BY r.id"

printf '%-9s %-7s %9s %9s %7s %9s\n' rows task ours_s ref_s ratio peak_MiB
for n in $SIZES; do
    csv=$OUT/residents-$n.csv
    [[ -s $csv ]] || python3 "$SHARED/bench/gen_residents.py" "$n" --seed 42 -o "$csv"
    ours=() ref=() rss=() exp_ours=() exp_ref=()
    for ((i = 0; i < RUNS; i++)); do
        db=$OUT/import-$n.db; ref_db=$OUT/sqlite-$n.db
        fresh "$db"; "$BIN" --db "$db" --quiet init
        read -r t m < <(python3 $LIB rss "$BIN" --db "$db" --quiet resident import "$csv" --create-communities --no-input)
        ours+=("$t"); rss+=("$m")
        fresh "$ref_db"; sqlite3 "$ref_db" < "$SHARED/bench/schema_residents.sql"
        read -r t _ < <(python3 $LIB rss sqlite3 "$ref_db" ".import --csv --skip 1 $csv residents")
        ref+=("$t")
        read -r t _ < <(python3 $LIB rss "$BIN" --db "$db" resident export)
        exp_ours+=("$t")
        read -r t _ < <(python3 $LIB rss sqlite3 -csv -header "$db" "$EXPORT_SQL")
        exp_ref+=("$t")
    done
    mo=$(median "${ours[@]}"); mr=$(median "${ref[@]}")
    eo=$(median "${exp_ours[@]}"); er=$(median "${exp_ref[@]}")
    printf '%-9s %-7s %9s %9s %7.2f %9s\n' "$n" import "$mo" "$mr" "$(python3 -c "print($mo/$mr)")" "$(median "${rss[@]}")"
    printf '%-9s %-7s %9s %9s %7.2f %9s\n' "$n" export "$eo" "$er" "$(python3 -c "print($eo/$er)")" -
done
