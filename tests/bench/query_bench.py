#!/usr/bin/env python3
"""Query benchmark: corpkg against networkx and igraph on one generated graph.

Builds a store of 100,000 entities and 1,000,000 edges (power-law degrees, deterministic
seed) by writing the SQLite tables directly after `corpkg import` has created the schema,
then times each query as a whole process, loading included, with its peak memory:

    corpkg neighbors, path, rank --by pagerank, components, sampled betweenness
    networkx: load from the same database, pagerank, connected components, shortest path
    igraph (where importable): the same

Usage: query_bench.py [--corpkg PATH] [--db PATH] [--entities N] [--edges M] [--runs R]
The database is kept (default /tmp/corpkg-bench.db) and reused when it already holds the
requested sizes, so a second run measures only the queries.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

from measure import peak_mib, run_timed

RELATIONS = [
    "partners_with", "co_develops_with", "supplies", "manufactures_for", "invests_in",
    "acquires", "competes_with", "depends_on", "reduces_dependency_on", "subsidiary_of",
    "sues", "makes", "uses", "leads", "founded", "meets_with", "part_of",
]
SYMMETRIC = {"partners_with", "co_develops_with", "competes_with", "meets_with"}


def name_of(i):
    return f"Company {i:06d}"


def slug_of(i):
    return f"company-{i:06d}"


def build_store(corpkg, db, n_entities, n_edges, seed=20260101):
    """Creates the schema through corpkg, then bulk-inserts the generated graph."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    with tempfile.TemporaryDirectory() as tmp:
        seed_file = os.path.join(tmp, "seed.jsonl")
        with open(seed_file, "w") as f:
            f.write('{"subject": "Seed A", "relation": "supplies", "object": "Seed B"}\n')
        subprocess.run([corpkg, "--db", db, "import", seed_file], check=True,
                       stdout=subprocess.DEVNULL)
    rng = random.Random(seed)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    cur = con.cursor()
    for table in ("statements", "edges", "aliases", "entities", "articles"):
        cur.execute(f"DELETE FROM {table}")
    cur.execute("INSERT INTO articles (id, content_hash, kind, source, url, title, publisher, "
                "published, lang) VALUES (1, 'bench', 'statements', 'bench.jsonl', "
                "'https://example.com/bench', 'Benchmark wire', 'Bench News', '2025-01-01', 'en')")
    cur.executemany("INSERT INTO entities (key, id, name, type, discovered) VALUES (?, ?, ?, "
                    "'company', 0)",
                    ((i + 1, slug_of(i), name_of(i)) for i in range(n_entities)))
    cur.executemany("INSERT INTO aliases (key, entity, text, lang) VALUES (?, ?, ?, '')",
                    ((name_of(i).lower().replace(" ", ""), i + 1, name_of(i))
                     for i in range(n_entities)))
    # Power-law degrees: endpoint i drawn with probability proportional to (i + 1)^-0.8,
    # which gives a few hubs with tens of thousands of edges and a long tail.
    cum, total = [], 0.0
    for i in range(n_entities):
        total += (i + 1) ** -0.8
        cum.append(total)
    # Shuffle which key gets which popularity so hubs are not simply the first rows.
    perm = list(range(1, n_entities + 1))
    rng.shuffle(perm)
    seen = set()
    edges = []
    while len(edges) < n_edges:
        batch = n_edges - len(edges)
        subj = rng.choices(range(n_entities), cum_weights=cum, k=batch)
        obj = rng.choices(range(n_entities), cum_weights=cum, k=batch)
        for s, o in zip(subj, obj):
            if s == o:
                continue
            rel = RELATIONS[rng.randrange(len(RELATIONS))]
            s_key, o_key = perm[s], perm[o]
            if rel in SYMMETRIC and s_key > o_key:
                s_key, o_key = o_key, s_key
            k = (s_key, rel, o_key)
            if k in seen:
                continue
            seen.add(k)
            month = 1 + rng.randrange(12)
            date = f"2024-{month:02d}-{1 + rng.randrange(28):02d}"
            edges.append((len(edges) + 1, s_key, rel, o_key, rng.randrange(3),
                          1 + rng.randrange(3), 1 + rng.randrange(5), date, date))
            if len(edges) == n_edges:
                break
    cur.executemany("INSERT INTO edges (id, subject, relation, object, negated, certainty, "
                    "weight, mentions, first_seen, last_seen, topics) "
                    "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, '[]')", edges)
    cur.executemany("INSERT INTO statements (edge, article, certainty, attribution, sentence, "
                    "date) VALUES (?, 1, ?, 'article', ?, ?)",
                    ((e[0], e[4], f"{name_of(e[1] - 1)} {e[2]} {name_of(e[3] - 1)}.", e[7])
                     for e in edges))
    con.commit()
    cur.execute("ANALYZE")
    con.commit()
    con.close()


def store_sizes(db):
    try:
        con = sqlite3.connect(db)
        n = con.execute("SELECT count(*) FROM entities").fetchone()[0]
        m = con.execute("SELECT count(*) FROM edges").fetchone()[0]
        con.close()
        return n, m
    except sqlite3.Error:
        return None


def run_measured(cmd):
    """(wall s, cpu s, peak MiB, stdout) of one run of `cmd`."""
    wall, cpu, out = run_timed(cmd)
    return wall, cpu, peak_mib(cmd), out


def bench_line(**fields):
    """One measurement for tests/bench/run_all.py's table."""
    print("BENCH " + json.dumps(fields, ensure_ascii=False), flush=True)


def best_of(cmd, runs):
    """Median wall and CPU time over `runs`, and the peak memory of one more run."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu, _ = run_timed(cmd)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus), peak_mib(cmd), b""


NETWORKX_SCRIPT = r"""
import sqlite3, sys, time, json
import networkx as nx
db, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
out = {}
t = time.perf_counter()
con = sqlite3.connect(db)
G = nx.MultiDiGraph()
for s, o, rel, w in con.execute("SELECT subject, object, relation, weight FROM edges "
                                "WHERE negated = 0"):
    G.add_edge(s, o, relation=rel, weight=w)
out["load"] = time.perf_counter() - t
t = time.perf_counter()
try:
    pr = nx.pagerank(G, weight=None)
except (ImportError, ModuleNotFoundError):
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    pr = _pagerank_python(G, weight=None)
out["pagerank"] = time.perf_counter() - t
t = time.perf_counter()
comps = list(nx.weakly_connected_components(G))
out["components"] = time.perf_counter() - t
t = time.perf_counter()
path = nx.bidirectional_shortest_path(G.to_undirected(as_view=True), a, b)
out["path"] = time.perf_counter() - t
out["path_length"] = len(path) - 1
print(json.dumps(out))
"""

IGRAPH_SCRIPT = r"""
import sqlite3, sys, time, json
import igraph as ig
db, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
out = {}
t = time.perf_counter()
con = sqlite3.connect(db)
n = con.execute("SELECT max(key) FROM entities").fetchone()[0] + 1
rows = con.execute("SELECT subject, object, weight FROM edges WHERE negated = 0").fetchall()
g = ig.Graph(n=n, edges=[(s, o) for s, o, _ in rows], directed=True)
g.es["weight"] = [w for _, _, w in rows]
out["load"] = time.perf_counter() - t
t = time.perf_counter()
g.pagerank()
out["pagerank"] = time.perf_counter() - t
t = time.perf_counter()
g.connected_components(mode="weak")
out["components"] = time.perf_counter() - t
t = time.perf_counter()
p = g.get_shortest_paths(a, to=b, mode="all")[0]
out["path"] = time.perf_counter() - t
out["path_length"] = len(p) - 1
print(json.dumps(out))
"""


def find_python_with(module):
    """An interpreter that can import `module`: this one, the system one, or none."""
    for exe in (sys.executable, "/usr/bin/python3", shutil.which("python3")):
        if exe and os.path.exists(exe):
            ok = subprocess.run([exe, "-c", f"import {module}"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL).returncode == 0
            if ok:
                return exe
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_bin = os.path.join(here, "..", "..", "build", "release", "cli", "corpkg")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpkg", default=os.environ.get("CORPKG", default_bin))
    ap.add_argument("--db", default="/tmp/corpkg-bench.db")
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-python", action="store_true", help="time corpkg only")
    args = ap.parse_args()
    corpkg = os.path.abspath(args.corpkg)

    if store_sizes(args.db) != (args.entities, args.edges):
        t = time.perf_counter()
        build_store(corpkg, args.db, args.entities, args.edges)
        print(f"built {args.db}: {args.entities} entities, {args.edges} edges in "
              f"{time.perf_counter() - t:.1f} s", file=sys.stderr)

    con = sqlite3.connect(args.db)
    # A typical entity (median degree) for neighbors; two low-degree entities far apart
    # for path, so the search has to cross the graph.
    degree_rows = con.execute(
        "SELECT k, count(*) FROM (SELECT subject AS k FROM edges UNION ALL "
        "SELECT object FROM edges) GROUP BY k ORDER BY 2, 1").fetchall()
    con.close()
    median_key = degree_rows[len(degree_rows) // 2][0]
    low_a, low_b = degree_rows[0][0], degree_rows[1][0]
    q = lambda *a: [corpkg, "--db", args.db, *a]
    name = lambda key: f"Company {key - 1:06d}"

    results = []
    commands = [
        # What starting a process costs on this machine right now: the floor under every
        # whole-process time below.
        ("(corpkg --version)", [corpkg, "--version"]),
        ("neighbors", q("neighbors", name(median_key), "--format", "json")),
        ("path", q("path", name(low_a), name(low_b), "--format", "json")),
        ("rank --by pagerank", q("rank", "--by", "pagerank", "--top", "20", "--format", "json")),
        ("components", q("components", "--top", "20", "--members", "20", "--format", "json")),
        # Exact betweenness is O(V × E); the sampled estimate is what scales.
        ("betweenness --samples", q("rank", "--by", "betweenness", "--samples", "16", "--top",
                                    "20", "--format", "json")),
    ]
    for label, cmd in commands:
        wall, cpu, rss, _ = best_of(cmd, args.runs)
        results.append((label, wall, cpu, rss))

    python_rows = {}
    if not args.skip_python:
        for lib, script in (("networkx", NETWORKX_SCRIPT), ("igraph", IGRAPH_SCRIPT)):
            exe = find_python_with(lib)
            if exe is None:
                python_rows[lib] = None
                continue
            try:
                wall, _, rss, out = run_measured([exe, "-c", script, args.db, str(low_a),
                                                  str(low_b)])
                python_rows[lib] = (json.loads(out), wall, rss)
            except RuntimeError as e:
                print(f"{lib}: failed: {str(e)[-300:]}", file=sys.stderr)
                python_rows[lib] = None

    print(f"\ngraph: {args.entities} entities, {args.edges} edges; corpkg: median of "
          f"{args.runs} runs, whole process, loading included; networkx/igraph: the "
          f"operation alone (load listed below)\n")
    print(f"{'query':<22}{'corpkg wall s':>14}{'cpu s':>8}{'peak MiB':>10}   "
          f"{'networkx s':>11}{'igraph s':>10}")
    mapping = {"(corpkg --version)": None, "neighbors": None, "path": "path", "rank --by pagerank": "pagerank",
               "components": "components", "betweenness --samples": None}
    for label, wall, cpu, rss in results:
        cells = []
        for lib in ("networkx", "igraph"):
            row = python_rows.get(lib)
            key = mapping[label]
            cells.append(f"{row[0][key]:.3f}" if row and key else "-")
        print(f"{label:<22}{wall:>14.3f}{cpu:>8.3f}{rss:>10.1f}   {cells[0]:>11}{cells[1]:>10}")
    for label, wall, cpu, rss in results:
        key = mapping[label]
        others = {lib: (python_rows[lib][0][key] if python_rows.get(lib) and key else None)
                  for lib in ("networkx", "igraph")}
        bench_line(area="query", work=f"{label} ({args.edges:,} edges, whole process)",
                   metric="wall s", corpkg=wall, peak_mib=rss, networkx=others["networkx"],
                   igraph=others["igraph"])
    for lib in ("networkx", "igraph"):
        row = python_rows.get(lib)
        if row is None:
            if not args.skip_python:
                print(f"{lib}: not importable, skipped")
            continue
        print(f"{lib}: load {row[0]['load']:.2f} s, whole script {row[1]:.2f} s, "
              f"peak {row[2]:.0f} MiB, path length {row[0]['path_length']}")


if __name__ == "__main__":
    main()
