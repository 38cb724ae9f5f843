#!/usr/bin/env bash
# Issue 6's figures: `report feedback --by category` and `report residents
# --by nationality` (CSV) against the equivalent GROUP BY run by `sqlite3`
# on the same database; whole processes, alternating, median of RUNS
# (target: ratio <= 1.2). The plain-SQL side counts the same columns; it has
# no median (plain SQLite has no median aggregate), ours computes it too.
#
# Usage: bench/reports.sh   (env: N residents [1000000], M feedback [2000000],
#                            RUNS [5], SHARED [../shared])
# The database is built once and cached in bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
N=${N:-1000000}
M=${M:-2000000}
RUNS=${RUNS:-5}
OUT=bench/out
BIN=target/release/expatdesk
DB=$OUT/reports-$N-$M.db
mkdir -p "$OUT"
cargo build --release --locked --quiet

if [[ ! -s $DB ]]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    [[ -s $OUT/residents-$N.csv ]] ||
        python3 "$SHARED/bench/gen_residents.py" "$N" --seed 42 -o "$OUT/residents-$N.csv"
    [[ -s $OUT/feedback-$M-$N.csv ]] ||
        python3 "$SHARED/bench/gen_feedback.py" "$M" --residents "$N" -o "$OUT/feedback-$M-$N.csv"
    "$BIN" --db "$DB" init -q
    "$BIN" --db "$DB" resident import "$OUT/residents-$N.csv" --create-communities --no-input -q
    # Feedback straight into the tool's table (an import of 2M items would
    # dominate the set-up): resident by external id, no department, due =
    # received date + 15, answers 0-29 days after receipt, deterministic.
    python3 - "$DB" "$OUT/feedback-$M-$N.csv" <<'PY'
import csv, datetime as dt, sqlite3, sys
db, path = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(db)
ids = dict(conn.execute("SELECT external_id, id FROM residents"))
def rows():
    with open(path, newline="", encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            received = dt.datetime.fromisoformat(r["received_at"])
            answered = (received + dt.timedelta(days=i % 30, hours=i % 7)).isoformat()
            status = r["status"]
            responded = answered if status in ("responded", "closed") and r["response"] else None
            closed = answered if status == "closed" else None
            due = (received.date() + dt.timedelta(days=15)).isoformat()
            yield (ids.get(r["resident_external_id"]), r["received_at"], r["channel"],
                   r["category"], r["subject"], r["body"], status, r["response"] or None,
                   responded, closed, due, r["received_at"])
conn.executemany(
    "INSERT INTO feedback (resident_id, received_at, channel, category, subject, body, status,"
    " response, responded_at, closed_at, due_on, created_at, updated_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?12)", rows())
conn.commit()
PY
fi

TODAY=$(date +%F)
FEEDBACK_SQL="SELECT category, category, count(*),
  sum(status IN ('new','forwarded')), sum(status = 'responded'), sum(status = 'closed'),
  sum(status IN ('new','forwarded') AND due_on < '$TODAY')
  FROM feedback GROUP BY category ORDER BY 3 DESC, 1"
RESIDENTS_SQL="SELECT nationality, nationality, count(*),
  round(count(*) * 100.0 / (SELECT count(*) FROM residents WHERE status = 'active'), 1)
  FROM residents WHERE status = 'active' GROUP BY nationality ORDER BY 3 DESC, 1"

json() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "$@"; }
printf '%-28s %9s %9s %7s\n' report ours_ms sqlite3_ms ratio
for by in "feedback category" "residents nationality"; do
    set -- $by
    sql=$FEEDBACK_SQL; [[ $1 == residents ]] && sql=$RESIDENTS_SQL
    read -r a b r < <(python3 bench/benchlib.py time "$RUNS" \
        "$(json "$BIN" --db "$DB" report "$1" --by "$2" --format csv)" \
        "$(json sqlite3 -csv -header "$DB" "$sql")")
    printf '%-28s %9s %9s %7s\n' "$1 --by $2" "$a" "$b" "$r"
done

# Issue 11's figures: the dashboard and a resident list (table) on the same
# database (targets: 200 ms and 100 ms), each against `sqlite3` running the
# same counts and first rows; and the peak memory of whole-table listings.
DASH_SQL="SELECT count(*) FROM residents WHERE status = 'active' AND permit_expiry <= date('$TODAY', '+30 days');
SELECT id, family_name FROM residents WHERE status = 'active' AND permit_expiry IS NOT NULL
  AND permit_expiry <= date('$TODAY', '+30 days') ORDER BY permit_expiry, id LIMIT 10;
SELECT count(*) FROM residents r WHERE r.status = 'active' AND (r.residence_registered_on IS NULL
  OR r.residence_registered_on < r.arrival_date OR r.address_changed OR r.permit_changed);
SELECT count(*) FROM feedback WHERE status IN ('new', 'forwarded') AND due_on <= date('$TODAY', '+7 days');"
LIST_SQL="SELECT count(*) FROM residents WHERE status = 'active';
SELECT * FROM residents WHERE +status = 'active' ORDER BY id LIMIT 50;"
printf '\n%-28s %9s %9s %7s\n' command ours_ms sqlite3_ms ratio
for pair in "today|$DASH_SQL" "resident list|$LIST_SQL"; do
    cmd=${pair%%|*}; sql=${pair#*|}
    read -r a b r < <(python3 bench/benchlib.py time "$RUNS" \
        "$(json "$BIN" --db "$DB" -q $cmd)" "$(json sqlite3 "$DB" "$sql")")
    printf '%-28s %9s %9s %7s\n' "$cmd" "$a" "$b" "$r"
done
printf '\n%-40s %8s %9s\n' "listing (all rows)" seconds peak_MiB
for cmd in "resident list --format csv" "resident list --format json" \
           "report registrations --format csv" "feedback list --format csv"; do
    read -r s m < <(python3 bench/benchlib.py rss "$BIN" --db "$DB" $cmd)
    printf '%-40s %8s %9s\n' "$cmd" "$s" "$m"
done
