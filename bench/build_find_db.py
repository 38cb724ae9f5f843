#!/usr/bin/env python3
"""Helper of bench/find.sh (standard library only).

  build_find_db.py load DB CSV   fill an `expatdesk init`-ed DB with CSV's residents
  build_find_db.py pick DB       print the benchmark queries, one per line
  build_find_db.py time N CMD_A CMD_B   (see `time` below)

`load` stands in for `resident import` until that command exists: it writes
the tool's own schema (src/db/migrations/0001_init.sql) with the derived
columns computed as src/text.rs, src/residents/model.rs and
src/residents/store.rs do, so `resident find` sees what it would after a
real import.
"""
import csv
import json
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata

AT = "2026-11-27T09:00:00+08:00"  # fixed registered_at / updated_at / created_at

# Rust's char::is_whitespace (the Unicode White_Space property); Python's
# str.isspace() differs on U+001C..U+001F.
WHITE_SPACE = set("\t\n\v\f\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}
SPECIAL = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
           "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "þ": "th", "Þ": "th"}


class _FoldTable(dict):
    """str.translate table built on demand: combining marks dropped, the
    special letters spelled out, anything else lower-cased on its own (no
    final-sigma rule, like Rust's char::to_lowercase)."""

    def __missing__(self, c):
        ch = chr(c)
        self[c] = None if unicodedata.category(ch).startswith("M") else SPECIAL.get(ch) or ch.lower()
        return self[c]


FOLD_TABLE = _FoldTable()
WS_RUN = re.compile("[%s]+" % re.escape("".join(sorted(WHITE_SPACE))))


def fold(value):
    """text::fold: NFKD, marks dropped, special letters, lower case, white-space
    runs collapsed to one space, none leading or trailing. (The mapping never
    yields white space, so collapsing after it gives what Rust's loop gives.)"""
    folded = unicodedata.normalize("NFKD", value).translate(FOLD_TABLE)
    return " ".join(part for part in WS_RUN.split(folded) if part)


def fold_compact(value):
    return "".join(c for c in fold(value) if c not in WHITE_SPACE)


def clean(value, multi=False):
    """text::clean for valid input: \\r\\n -> \\n (multi-line), trimmed, empty -> None."""
    if multi:
        value = value.replace("\r\n", "\n")
    return value.strip() or None


def phone(value):
    """fields::normalise_phone for valid input: optional '+' and the digits."""
    value = value.strip()
    if not value:
        return None
    return ("+" if value.startswith("+") else "") + "".join(c for c in value if c.isascii() and c.isdigit())


def haystack(r):
    """store::haystack: folded names, Chinese name, e-mail, WeChat, external id
    and the phone's digits, joined by newlines."""
    digits = "".join(c for c in r["phone"] if c.isdigit()) if r["phone"] is not None else None
    parts = [r["family_name"], r["given_name"], r["chinese_name"], r["email"], r["wechat"],
             r["external_id"], digits]
    return "\n".join(fold(p) for p in parts if p is not None)


def rows(csv_path):
    with open(csv_path, newline="", encoding="utf-8") as f:
        for raw in csv.DictReader(f):
            r = {k: clean(v, multi=k in ("address", "notes")) for k, v in raw.items()}
            r["phone"] = phone(raw["phone"])
            r["gender"] = (r["gender"] or "unspecified").lower()
            yield r


def load(db_path, csv_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN IMMEDIATE")
    communities = {}
    cols = ("external_id family_name given_name chinese_name nationality gender birth_date phone "
            "email wechat address languages arrival_date permit_type permit_expiry notes").split()
    sql = (f"INSERT INTO residents ({', '.join(cols)}, community_id, name_key, registered_at, updated_at) "
           f"VALUES ({', '.join('?' * (len(cols) + 4))})")
    n = 0
    for r in rows(csv_path):
        key = fold(r["community"])
        if key not in communities:
            communities[key] = conn.execute(
                "INSERT INTO communities (name, name_key, created_at) VALUES (?, ?, ?)",
                (r["community"], key, AT)).lastrowid
        name_key = f"{fold_compact(r['family_name'] or '')}|{fold_compact(r['given_name'] or '')}"
        rid = conn.execute(sql, [r[c] for c in cols] + [communities[key], name_key, AT, AT]).lastrowid
        conn.execute("INSERT INTO resident_search (resident_id, haystack) VALUES (?, ?)",
                     (rid, haystack(r)))
        n += 1
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")  # as the tool leaves it
    conn.close()
    print(f"loaded {n} residents, {len(communities)} communities", file=sys.stderr)


def matches(hays, query):
    """How many haystacks hold every folded word of query (find's name rule)."""
    words = fold(query).split()
    return sum(all(w in h for w in words) for h in hays)


def pick(db_path):
    """Three realistic queries: a common surname fragment, a unique full name,
    and one that matches nothing."""
    conn = sqlite3.connect(db_path)
    common = conn.execute(
        "SELECT family_name FROM residents WHERE length(family_name) >= 4 "
        "GROUP BY family_name ORDER BY count(*) DESC, family_name LIMIT 1").fetchone()[0]
    hays = [h for (h,) in conn.execute("SELECT haystack FROM resident_search")]
    rare = None
    for fam, giv in conn.execute("SELECT family_name, given_name FROM residents ORDER BY id"):
        # a name a desk clerk types in full, with Latin letters and an accent
        name = f"{giv} {fam}"
        if giv and name.replace(" ", "").isalpha() and not name.isascii() and \
                fold(name).isascii() and matches(hays, name) == 1:
            rare = name
            break
    for q in (common[:4].lower(), rare, "xqzvw"):
        print(q)


def time_pair(n, cmd_a, cmd_b):
    """Runs the two commands alternately (A, B, A, B, ...) n times each after
    one warm-up of each, stdout to /dev/null; prints both medians in ms and A/B.
    Alternating spreads machine noise evenly over both sides."""
    a, b = json.loads(cmd_a), json.loads(cmd_b)
    times = {"a": [], "b": []}
    for i in range(n + 1):
        for key, cmd in (("a", a), ("b", b)):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            if i:  # the first round is the warm-up
                times[key].append((time.perf_counter() - t) * 1000)
    ma, mb = statistics.median(times["a"]), statistics.median(times["b"])
    print(f"{ma:.1f} {mb:.1f} {ma / mb:.3f}")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"load": load, "pick": pick, "time": lambda n, a, b: time_pair(int(n), a, b)}[cmd](*args)
