"""Helpers of the benchmark scripts in bench/ (standard library only).

  benchlib.py pick DB BIN       three realistic `find` queries for DB
  benchlib.py time N CMD_A CMD_B
                                runs two commands alternately N times each
                                (after one warm-up), prints both medians (ms)
                                and A/B
  benchlib.py rss CMD...        runs CMD, prints its wall seconds and peak RSS
"""
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import time


def pick(db_path, binary):
    """A common surname fragment, a unique accented full name (checked with
    the tool's own `find`), and a query that matches nothing."""
    conn = sqlite3.connect(db_path)
    common = conn.execute(
        "SELECT family_name FROM residents WHERE length(family_name) >= 4 "
        "GROUP BY family_name ORDER BY count(*) DESC, family_name LIMIT 1").fetchone()[0]
    rare = None
    for fam, giv in conn.execute(
            "SELECT family_name, given_name FROM residents WHERE given_name IS NOT NULL "
            "ORDER BY id LIMIT 5000"):
        name = f"{giv} {fam}"
        if not name.replace(" ", "").isalpha() or name.isascii():
            continue
        out = subprocess.run([binary, "--db", db_path, "--format", "json", "resident", "find", name],
                             capture_output=True, check=True).stdout
        if len(json.loads(out)) == 1:
            rare = name
            break
    for q in (common[:4].lower(), rare or common, "xqzvw"):
        print(q)


def time_pair(n, cmd_a, cmd_b):
    """Alternating (A, B, A, B, ...) spreads machine noise over both sides."""
    a, b = json.loads(cmd_a), json.loads(cmd_b)
    times = {"a": [], "b": []}
    for i in range(int(n) + 1):
        for key, cmd in (("a", a), ("b", b)):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            if i:  # the first round is the warm-up
                times[key].append((time.perf_counter() - t) * 1000)
    ma, mb = statistics.median(times["a"]), statistics.median(times["b"])
    print(f"{ma:.1f} {mb:.1f} {ma / mb:.3f}")


def rss(*cmd):
    """Wall seconds and peak RSS (MiB) of one command, stdout discarded."""
    t = time.perf_counter()
    subprocess.run(list(cmd), stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{wall:.2f} {peak:.1f}")


if __name__ == "__main__":
    verb, args = sys.argv[1], sys.argv[2:]
    {"pick": pick, "time": time_pair, "rss": rss}[verb](*args)
