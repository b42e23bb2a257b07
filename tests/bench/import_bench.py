#!/usr/bin/env python3
"""Import benchmark: `corpkg import` of generated statement files against the floor and
the Python graph libraries doing the same work.

    corpkg     `corpkg import DIR` into a fresh database (statements/s, peak memory)
    sqlite     the machine's floor: python's sqlite3 executemany of the same rows into one
               table, one transaction, WAL, on the same disk
    networkx   json.loads of the same files and MultiDiGraph.add_edge with the attributes
    igraph     (where some python3 can import it) the same through Graph.TupleList

Usage: import_bench.py [--corpkg PATH] [--entities N] [--statements M] [--files K]
                       [--workdir DIR] [--runs R]
Prints a table, and one `BENCH {json}` line per measurement for tests/bench/run_all.py.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def peak_wrapper(cmd):
    """A command that runs cmd and prints its peak RSS (KiB) on stderr's last line."""
    return [sys.executable, "-c",
            "import resource, subprocess, sys\n"
            "rc = subprocess.call(sys.argv[1:])\n"
            "print('PEAK_KIB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
            " file=sys.stderr)\n"
            "sys.exit(rc)\n"] + cmd


def measure(cmd, env=None):
    """(seconds, peak MiB, stdout) of one run of cmd."""
    start = time.perf_counter()
    proc = subprocess.run(peak_wrapper(cmd), capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode}: {err[-600:]}")
    peak = 0.0
    for line in err.splitlines():
        if line.startswith("PEAK_KIB"):
            peak = int(line.split()[1]) / 1024.0
    return elapsed, peak, proc.stdout.decode(errors="replace")


SQLITE_FLOOR = r"""
import json, os, sqlite3, sys, time
files, db = sys.argv[1:-1], sys.argv[-1]
rows = []
for path in files:
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            rows.append((s["subject"], s["relation"], s["object"], s.get("certainty"),
                         json.dumps(s.get("topics", [])), s.get("evidence", ""),
                         s["source"]["url"], s["source"]["date"]))
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = NORMAL")
con.execute("CREATE TABLE statements (id INTEGER PRIMARY KEY, subject TEXT, relation TEXT, "
            "object TEXT, certainty TEXT, topics TEXT, sentence TEXT, url TEXT, date TEXT)")
start = time.perf_counter()
with con:
    con.executemany("INSERT INTO statements (subject, relation, object, certainty, topics, "
                    "sentence, url, date) VALUES (?,?,?,?,?,?,?,?)", rows)
print(json.dumps({"insert_s": time.perf_counter() - start, "rows": len(rows)}))
"""

NETWORKX = r"""
import json, sys, time
import networkx as nx
start = time.perf_counter()
g = nx.MultiDiGraph()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            g.add_edge(s["subject"], s["object"], key=s["relation"], relation=s["relation"],
                       certainty=s.get("certainty"), topics=s.get("topics", []),
                       evidence=s.get("evidence", ""), url=s["source"]["url"],
                       date=s["source"]["date"])
print(json.dumps({"build_s": time.perf_counter() - start, "edges": g.number_of_edges()}))
"""

IGRAPH = r"""
import json, sys, time
import igraph as ig
start = time.perf_counter()
rows = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            rows.append((s["subject"], s["object"], s["relation"], s.get("certainty"),
                         s.get("evidence", ""), s["source"]["url"], s["source"]["date"]))
g = ig.Graph.TupleList(rows, directed=True,
                       edge_attrs=["relation", "certainty", "evidence", "url", "date"])
print(json.dumps({"build_s": time.perf_counter() - start, "edges": g.ecount()}))
"""


def find_python_with(module):
    """The first python3 on this machine that imports `module`, or None."""
    candidates = [sys.executable, shutil.which("python3"), "/usr/bin/python3"]
    for py in dict.fromkeys(c for c in candidates if c):
        if subprocess.run([py, "-c", f"import {module}"], capture_output=True).returncode == 0:
            return py
    return None


def bench_line(**fields):
    print("BENCH " + json.dumps(fields, ensure_ascii=False), flush=True)


def main():
    default_bin = os.path.join(ROOT, "build", "release", "cli", "corpkg")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpkg", default=os.environ.get("CORPKG", default_bin))
    ap.add_argument("--entities", type=int, default=20_000)
    ap.add_argument("--statements", type=int, default=300_000)
    ap.add_argument("--files", type=int, default=30)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--workdir", default=None, help="keep inputs and databases here")
    args = ap.parse_args()
    if not os.access(args.corpkg, os.X_OK):
        sys.exit(f"import_bench: no corpkg binary at {args.corpkg} (build it, or pass --corpkg)")

    work = args.workdir or tempfile.mkdtemp(prefix="corpkg-import-bench-")
    os.makedirs(work, exist_ok=True)
    corpus = os.path.join(work, "statements")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "statements",
                        "--entities", str(args.entities), "--edges", str(args.statements),
                        "--files", str(args.files), "--out", corpus], check=True)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".jsonl"))
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    n = args.statements

    results = {}
    best = None
    for _ in range(args.runs):
        db = os.path.join(work, "import.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        env = dict(os.environ, NO_COLOR="1")
        env.pop("CORPKG_DB", None)
        t, peak, _ = measure([args.corpkg, "--db", db, "import", corpus], env)
        if best is None or t < best[0]:
            best = (t, peak)
    results["corpkg"] = best
    # Importing the same files again: every file is a duplicate (content hash check only).
    t_again, peak_again, _ = measure([args.corpkg, "--db", db, "import", corpus], env)

    floor_db = os.path.join(work, "floor.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(floor_db + suffix):
            os.remove(floor_db + suffix)
    _, floor_peak, out = measure([sys.executable, "-c", SQLITE_FLOOR] + files + [floor_db])
    results["sqlite"] = (json.loads(out)["insert_s"], floor_peak)

    for lib, script in (("networkx", NETWORKX), ("igraph", IGRAPH)):
        py = find_python_with(lib)
        if py is None:
            results[lib] = None
            continue
        t, peak, out = measure([py, "-c", script] + files)
        results[lib] = (json.loads(out)["build_s"], peak)

    ct, cpeak = results["corpkg"]
    print(f"\nimport: {n} statements over {args.entities} entities, {len(files)} files, "
          f"{mb:.1f} MB")
    print(f"{'tool':<34}{'seconds':>9}{'stmts/s':>11}{'peak MiB':>10}{'time/corpkg':>12}")
    rows = [("corpkg import", results["corpkg"]),
            ("corpkg import again (duplicates)", (t_again, peak_again)),
            ("sqlite3 executemany (floor)", results["sqlite"]),
            ("networkx MultiDiGraph build", results["networkx"]),
            ("igraph TupleList build", results["igraph"])]
    for label, r in rows:
        if r is None:
            print(f"{label:<34}{'not installed':>9}")
            continue
        t, peak = r
        print(f"{label:<34}{t:>9.2f}{n / t:>11.0f}{peak:>10.1f}{t / ct:>11.2f}x")
    bench_line(area="import", work=f"{n} statements, {len(files)} files",
               metric="statements/s", corpkg=n / ct, peak_mib=cpeak,
               networkx=n / results["networkx"][0] if results["networkx"] else None,
               igraph=n / results["igraph"][0] if results["igraph"] else None,
               floor=n / results["sqlite"][0], floor_name="sqlite3 executemany")
    bench_line(area="import", work="same files again (all duplicates)", metric="files/s",
               corpkg=len(files) / t_again, peak_mib=peak_again)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
