#!/usr/bin/env bash
# Issue 11.11: `course import` must cost time linear in sessions (SPEC §4:
# 2,000 courses of 300 sessions import in seconds). Generates a course CSV
# of COURSES weekly courses with SESSIONS sessions each (50 rooms shared by
# 40 courses each, in non-overlapping weekly slots: the clash check has
# work to do and finds nothing), imports it into a new database RUNS times
# and prints the median wall time and the peak RSS. With BEFORE=path/to/an
# older binary, that binary is timed the same way, alternately.
#
# Usage: bench/course_import.sh   (env: COURSES="200 2000", SESSIONS=300,
#        RUNS=3, BEFORE=, BEFORE_MAX=200: the largest size BEFORE is run at)
# Generated files go to bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
COURSES=${COURSES:-"200 2000"}
SESSIONS=${SESSIONS:-300}
RUNS=${RUNS:-3}
BEFORE=${BEFORE:-}
BEFORE_MAX=${BEFORE_MAX:-200}
OUT=bench/out
BIN=target/release/expatdesk
mkdir -p "$OUT"
cargo build --release --locked --quiet

median() { python3 -c 'import statistics,sys; print(f"{statistics.median(map(float, sys.argv[1:])):.2f}")' "$@"; }
fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

generate() { # courses sessions file
    python3 - "$1" "$2" "$3" <<'PY'
import csv, datetime, sys
courses, sessions, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
monday = datetime.datetime(2027, 1, 4)
with open(path, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "title", "category", "venue", "instructor", "start",
                "duration_minutes", "repeat", "count"])
    for i in range(courses):
        room, slot = i % 50, i // 50          # 42 weekly slots per room
        day, hour = slot % 7, 8 + 2 * (slot // 7)
        start = monday + datetime.timedelta(days=day, hours=hour)
        w.writerow([f"C{i:05d}", f"Course {i}", "language", f"Room {room}",
                    f"Teacher {i}", start.strftime("%Y-%m-%d %H:%M"), 90,
                    "weekly", sessions])
PY
}

# One timed import into a fresh database: "seconds peak_KiB".
timed() { # binary csv db
    fresh "$3"
    EXPATDESK_DB=$3 "$1" --no-input -q init
    /usr/bin/time -f '%e %M' -o "$OUT/time.txt" \
        env EXPATDESK_DB="$3" "$1" --no-input -q course import "$2" --format csv >/dev/null
    cat "$OUT/time.txt"
}

printf '%-8s %-9s %-7s %9s %9s\n' courses sessions binary median_s peak_MiB
for n in $COURSES; do
    csv=$OUT/courses-$n-$SESSIONS.csv
    [[ -s $csv ]] || generate "$n" "$SESSIONS" "$csv"
    ours=() rss=() old=() old_rss=()
    for ((i = 0; i < RUNS; i++)); do
        read -r s kib < <(timed "$BIN" "$csv" "$OUT/courses.db")
        ours+=("$s") rss+=("$kib")
        if [[ -n $BEFORE && $n -le $BEFORE_MAX ]]; then
            read -r s kib < <(timed "$BEFORE" "$csv" "$OUT/courses-before.db")
            old+=("$s") old_rss+=("$kib")
        fi
    done
    sessions=$((n * SESSIONS))
    printf '%-8s %-9s %-7s %9s %9s\n' "$n" "$sessions" ours "$(median "${ours[@]}")" \
        "$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))"
    if ((${#old[@]})); then
        printf '%-8s %-9s %-7s %9s %9s\n' "$n" "$sessions" before "$(median "${old[@]}")" \
            "$(( $(median "${old_rss[@]}" | cut -d. -f1) / 1024 ))"
    fi
done
fresh "$OUT/courses.db"
fresh "$OUT/courses-before.db"
