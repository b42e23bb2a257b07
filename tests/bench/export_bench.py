#!/usr/bin/env python3
"""Times `corpkg export --format graphml` on a 1,000,000-edge graph as a whole process,
beside networkx's and igraph's write_graphml on the same graph and a plain copy of the
output's bytes. A benchmark, not a test: it takes a few minutes and prints one table.

usage: tests/bench/export_bench.py [--corpkg PATH] [--dir DIR] [--edges N] [--skip-python]

Every other streamed format (gexf, json, jsonl, csv) is timed too, with its peak resident
memory, and each measurement is printed as a `BENCH {json}` line for run_all.py.

The store is built once in DIR (default: /tmp/corpkg-export-bench) by writing the SQLite
tables directly (schema: core/store_schema.cpp) and reused on later runs. Entities and
edges are drawn from a fixed seed, so every run measures the same graph: 100,000
companies, N edges of random relations, one statement with a sentence and a url per
edge, 10,000 articles.
"""
import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time

from measure import peak_mib, run_timed

RELATIONS = ["partners_with", "co_develops_with", "supplies", "manufactures_for", "invests_in",
             "acquires", "competes_with", "depends_on", "uses", "makes", "meets_with"]
TOPICS = ["AI", "XR", "semiconductor", "foundry", "battery", "display"]


def build_store(corpkg, db, edges):
    seed = os.path.join(os.path.dirname(db), "seed.jsonl")
    with open(seed, "w") as f:
        f.write('{"subject": "Seed Co", "relation": "supplies", "object": "Seed Client"}\n')
    subprocess.run([corpkg, "--db", db, "import", seed], check=True, capture_output=True)
    rng = random.Random(42)
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous = OFF")
    n_entities = 100_000
    con.executemany("INSERT INTO entities (id, name, type, discovered) VALUES (?, ?, 'company', 0)",
                    ((f"company-{i:06d}", f"Company {i:06d}") for i in range(n_entities)))
    con.executemany("INSERT INTO aliases (key, entity, text, lang) "
                    "SELECT lower(name), key, name, '' FROM entities WHERE id = ?",
                    ((f"company-{i:06d}",) for i in range(n_entities)))
    first_key = con.execute("SELECT min(key) FROM entities WHERE id LIKE 'company-%'").fetchone()[0]
    con.executemany("INSERT INTO articles (content_hash, kind, source, url, published, lang) "
                    "VALUES (?, 'article', ?, ?, ?, 'en')",
                    ((f"bench-{i}", f"bench/{i}.txt", f"https://news.example/{i}",
                      f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(10_000)))
    first_article = con.execute("SELECT min(id) FROM articles WHERE source LIKE 'bench/%'").fetchone()[0]
    seen = set()
    rows = []
    while len(rows) < edges:
        s = rng.randrange(n_entities)
        o = rng.randrange(n_entities)
        r = rng.choice(RELATIONS)
        if s == o or (s, r, o) in seen:
            continue
        seen.add((s, r, o))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        topics = json.dumps(sorted(rng.sample(TOPICS, rng.randint(0, 2))), separators=(",", ":"))
        rows.append((first_key + s, r, first_key + o, rng.randint(0, 2), rng.randint(1, 9),
                     rng.randint(1, 20), day, day, topics))
    con.executemany("INSERT INTO edges (subject, relation, object, negated, certainty, weight, "
                    "mentions, first_seen, last_seen, topics) VALUES (?,?,?,0,?,?,?,?,?,?)", rows)
    first_edge = con.execute("SELECT min(id) FROM edges WHERE subject >= ?", (first_key,)).fetchone()[0]
    con.executemany(
        "INSERT INTO statements (edge, article, certainty, attribution, topics, sentence, start, "
        "end, rule) VALUES (?, ?, 2, 'article', '[]', ?, 0, 60, 'bench')",
        ((first_edge + i, first_article + rng.randrange(10_000),
          f"Company {rows[i][0] - first_key:06d} {rows[i][1].replace('_', ' ')} "
          f"Company {rows[i][2] - first_key:06d}, the report said.")
         for i in range(len(rows))))
    con.commit()
    con.close()


def settle(path):
    """Removes the previous output and flushes dirty pages, so that a run does not pay for
    writing back what the run before it (or another benchmark) left in the page cache."""
    if os.path.exists(path):
        os.remove(path)
    os.sync()


def run_measured(cmd, out):
    """Seconds of one whole process writing `out`."""
    settle(out)
    return run_timed(cmd)[0]


def bench_line(work, seconds, peak, floor=None, networkx=None, igraph=None):
    fields = {"area": "export", "work": work, "metric": "wall s", "corpkg": seconds,
              "peak_mib": round(peak, 1), "networkx": networkx, "igraph": igraph,
              "floor": floor, "floor_name": "dd of the output" if floor else None}
    print("BENCH " + json.dumps(fields), flush=True)


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def load_graph_rows(db):
    """Nodes and edges with the attributes corpkg exports, for networkx and igraph."""
    con = sqlite3.connect(db)
    nodes = con.execute("SELECT key, id, name, type FROM entities").fetchall()
    edges = con.execute(
        "SELECT e.id, e.subject, e.object, e.relation, e.certainty, e.weight, e.mentions, "
        "e.first_seen, e.last_seen, e.topics, count(s.id), max(s.sentence) "
        "FROM edges e LEFT JOIN statements s ON s.edge = e.id GROUP BY e.id ORDER BY e.id"
    ).fetchall()
    con.close()
    return nodes, edges


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpkg", default=os.path.join(here, "../../build/release/cli/corpkg"))
    ap.add_argument("--dir", default="/tmp/corpkg-export-bench")
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--skip-python", action="store_true", help="time corpkg and the copy only")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    db = os.path.join(args.dir, f"bench-{args.edges}.db")
    if not os.path.exists(db):
        print(f"building {db} ...", file=sys.stderr)
        t = timed(lambda: build_store(args.corpkg, db, args.edges))
        print(f"built in {t:.1f} s", file=sys.stderr)
    results = []
    measured = {}
    for fmt in ["graphml", "gexf", "json", "jsonl", "csv"]:
        out = os.path.join(args.dir, f"corpkg.{fmt}")
        cmd = [args.corpkg, "--db", db, "export", "--format", fmt, "-o", out]
        best = min(run_measured(cmd, out) for _ in range(3))
        peak = peak_mib(cmd)
        measured[fmt] = (best, peak)
        results.append((f"corpkg export --format {fmt} (best of 3, peak {peak:.0f} MiB)", best,
                        os.path.getsize(out)))
        if fmt != "graphml":
            bench_line(f"export --format {fmt}, {args.edges:,} edges", best, peak)
            os.remove(out)
    out = os.path.join(args.dir, "corpkg.graphml")
    size = os.path.getsize(out)
    copy = os.path.join(args.dir, "copy.graphml")
    settle(copy)
    floor = timed(lambda: subprocess.run(
        ["dd", f"if={out}", f"of={copy}", "bs=1M", "conv=fsync"], check=True,
        capture_output=True))
    results.append(("dd of the output's bytes to a new file", floor, size))
    os.remove(copy)
    python_times = {}

    if not args.skip_python:
        nodes, edges = load_graph_rows(db)
        names = {key: ident for key, ident, _, _ in nodes}
        try:
            import networkx as nx
            G = nx.MultiDiGraph()
            for key, ident, name, kind in nodes:
                G.add_node(ident, label=name, type=kind)
            for (eid, s, o, rel, cert, weight, mentions, first, last, topics, count,
                 sentence) in edges:
                G.add_edge(names[s], names[o], key=f"e{eid}", label=rel, relation=rel,
                           certainty=cert, weight=float(weight), mentions=mentions,
                           first_seen=first or "", last_seen=last or "", topics=topics,
                           evidence_count=count, evidence=sentence or "")
            path = os.path.join(args.dir, "networkx.graphml")
            settle(path)
            python_times["networkx"] = timed(lambda: nx.write_graphml(G, path))
            results.append((f"networkx {nx.__version__} write_graphml (graph in memory)",
                            python_times["networkx"], os.path.getsize(path)))
            del G
        except ImportError:
            results.append(("networkx write_graphml: networkx not installed", float("nan"), 0))
        try:
            sys.path.append("/usr/lib/python3/dist-packages")
            import igraph
            index = {key: i for i, (key, _, _, _) in enumerate(nodes)}
            g = igraph.Graph(n=len(nodes), edges=[(index[e[1]], index[e[2]]) for e in edges],
                             directed=True)
            g.vs["id"] = [n[1] for n in nodes]
            g.vs["label"] = [n[2] for n in nodes]
            g.vs["type"] = [n[3] for n in nodes]
            for i, name in enumerate(["eid", "s", "o", "relation", "certainty", "weight",
                                      "mentions", "first_seen", "last_seen", "topics",
                                      "evidence_count", "evidence"]):
                if name in ("s", "o"):
                    continue
                column = [e[i] if e[i] is not None else "" for e in edges]
                if name == "weight":
                    column = [float(v) for v in column]
                g.es[name] = column
            path = os.path.join(args.dir, "igraph.graphml")
            settle(path)
            python_times["igraph"] = timed(lambda: g.write_graphml(path))
            results.append((f"igraph {igraph.__version__} write_graphml (graph in memory)",
                            python_times["igraph"], os.path.getsize(path)))
        except ImportError:
            results.append(("igraph write_graphml: python-igraph not importable", float("nan"), 0))

    bench_line(f"export --format graphml, {args.edges:,} edges", measured["graphml"][0],
               measured["graphml"][1], floor=floor, networkx=python_times.get("networkx"),
               igraph=python_times.get("igraph"))
    print(f"Exports of {args.edges:,} edges ({db})")
    print(f"| {'what':<62} | {'seconds':>8} | {'MB':>7} |")
    print(f"|{'-' * 64}|{'-' * 10}|{'-' * 9}|")
    for what, seconds, size in results:
        print(f"| {what:<62} | {seconds:8.2f} | {size / 1e6:7.1f} |")


if __name__ == "__main__":
    main()
