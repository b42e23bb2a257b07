#!/usr/bin/env python3
"""corpkg in a notebook: the graph in networkx, the edge table in pandas.

Run it as a script or paste the cells into Jupyter. It needs networkx; pandas and
matplotlib are optional (without pandas the relation count uses the csv/json modules,
without matplotlib no picture is drawn).

    corpkg import examples/
    corpkg export --format json  -o graph.json
    corpkg export --format jsonl -o edges.jsonl
    python3 examples/notebook.py graph.json edges.jsonl

With no arguments it runs those corpkg commands itself into a scratch folder (corpkg must
be on PATH, or set CORPKG=/path/to/corpkg).
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

# %% Get the exports ----------------------------------------------------------------------
if len(sys.argv) == 3:
    graph_path, edges_path = sys.argv[1], sys.argv[2]
else:
    corpkg = os.environ.get("CORPKG") or shutil.which("corpkg") or "build/release/cli/corpkg"
    here = os.path.dirname(os.path.abspath(__file__))
    work = tempfile.mkdtemp(prefix="corpkg-notebook-")
    db = os.path.join(work, "corpkg.db")
    graph_path = os.path.join(work, "graph.json")
    edges_path = os.path.join(work, "edges.jsonl")
    subprocess.run([corpkg, "--db", db, "import", here], check=False)
    subprocess.run([corpkg, "--db", db, "export", "--format", "json", "-o", graph_path], check=True)
    subprocess.run([corpkg, "--db", db, "export", "--format", "jsonl", "-o", edges_path],
                   check=True)

# %% The graph in networkx: a directed multigraph, one edge per (subject, relation, object)
with open(graph_path, encoding="utf-8") as f:
    G = nx.node_link_graph(json.load(f), edges="edges")
print(f"{G.number_of_nodes()} entities, {G.number_of_edges()} relations "
      f"(corpkg {G.graph.get('corpkg_version')}, filters: {G.graph.get('filters') or 'none'})")

# %% Top companies by PageRank, weighting each edge by the number of articles behind it ----
simple = nx.DiGraph()
for u, v, data in G.edges(data=True):
    w = data.get("weight", 1.0)
    if simple.has_edge(u, v):
        simple[u][v]["weight"] += w
    else:
        simple.add_edge(u, v, weight=w)


def pagerank(graph, alpha=0.85, iterations=100):
    """networkx's pagerank needs numpy/scipy; this power iteration needs nothing."""
    nodes = list(graph)
    score = {n: 1 / len(nodes) for n in nodes}
    out_weight = {n: sum(d["weight"] for _, _, d in graph.out_edges(n, data=True)) for n in nodes}
    for _ in range(iterations):
        dangling = alpha * sum(score[n] for n in nodes if out_weight[n] == 0) / len(nodes)
        nxt = {n: (1 - alpha) / len(nodes) + dangling for n in nodes}
        for u, v, d in graph.edges(data=True):
            nxt[v] += alpha * score[u] * d["weight"] / out_weight[u]
        score = nxt
    return score


try:
    rank = nx.pagerank(simple, weight="weight") if simple.number_of_edges() else {}
except ImportError:
    rank = pagerank(simple) if simple.number_of_edges() else {}
companies = [n for n in rank if G.nodes[n].get("type") == "company"]
print("\nTop companies by PageRank")
for node in sorted(companies, key=rank.get, reverse=True)[:10]:
    print(f"  {rank[node]:.4f}  {G.nodes[node].get('label', node)}")

# %% The edge table in pandas (optional) -----------------------------------------------------
try:
    import pandas as pd

    edges = pd.read_json(edges_path, lines=True, dtype=False)
    counts = edges["relation"].value_counts()
    print("\nRelations (pandas)")
    print(counts.to_string())
except ImportError:
    with open(edges_path, encoding="utf-8") as f:
        counts = collections.Counter(json.loads(line)["relation"] for line in f if line.strip())
    print("\nRelations (pandas not installed; counted with the json module)")
    for relation, n in counts.most_common():
        print(f"  {relation:<24} {n}")

# %% The ego network of Meta Platforms, drawn with matplotlib (optional) ----------------------
center = next((n for n, d in G.nodes(data=True) if d.get("label") == "Meta Platforms"), None)
if center is None:
    print("\nMeta Platforms is not in this graph; no ego network drawn")
else:
    ego = nx.ego_graph(G, center, radius=1, undirected=True)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        palette = {"company": "#0072b2", "product": "#e69f00", "person": "#009e73",
                   "unit": "#56b4e9", "government": "#d55e00", "other": "#999999"}
        pos = nx.spring_layout(ego, seed=7)
        plt.figure(figsize=(9, 7))
        nx.draw_networkx_nodes(ego, pos, node_size=900,
                               node_color=[palette.get(ego.nodes[n].get("type"), "#999999")
                                           for n in ego])
        nx.draw_networkx_labels(ego, pos, labels={n: ego.nodes[n].get("label", n) for n in ego},
                                font_size=8)
        nx.draw_networkx_edges(ego, pos, arrows=True, connectionstyle="arc3,rad=0.1")
        nx.draw_networkx_edge_labels(
            ego, pos, font_size=7,
            edge_labels={(u, v): d["relation"] for u, v, d in ego.edges(data=True)})
        plt.axis("off")
        out = os.path.join(os.path.dirname(os.path.abspath(graph_path)), "meta-ego.png")
        plt.savefig(out, dpi=120, bbox_inches="tight")
        print(f"\nEgo network of Meta Platforms ({ego.number_of_nodes()} entities) drawn to {out}")
    except ImportError:
        print(f"\nEgo network of Meta Platforms: {ego.number_of_nodes()} entities "
              f"(install matplotlib to draw it)")
