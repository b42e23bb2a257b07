"""Reads a corpkg export back with the consumers' own readers and compares it with the
values the store holds (EXPECTED, written by the C++ test from the store directly).

usage: read_back.py READER EXPORT EXPECTED.json
READER: graphml-networkx, graphml-igraph, json-networkx, json-links-networkx,
        csv-edges, jsonl-edges, csv-nodes, jsonl-nodes
Prints one line per mismatch and exits 1 when there is any; exits 0 and prints the
counts it compared otherwise.
"""
import csv
import json
import re
import sys

reader, path, expected_path = sys.argv[1:4]
with open(expected_path, encoding="utf-8") as f:
    expected = json.load(f)
problems = []

# XML 1.0 cannot hold C0 controls other than tab/newline/CR, DEL (dropped by corpkg),
# U+FFFE and U+FFFF: the XML formats drop them, so the expectation does too.
XML_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def xml_clean(value):
    if isinstance(value, str):
        return XML_DROPPED.sub("", value)
    if isinstance(value, list):
        return [xml_clean(v) for v in value]
    return value


if reader.startswith("graphml"):
    expected = {
        "nodes": {k: {a: xml_clean(v) for a, v in n.items()} for k, n in expected["nodes"].items()},
        "edges": {k: {a: xml_clean(v) for a, v in e.items()} for k, e in expected["edges"].items()},
    }

LISTS = {"aliases", "topics", "source_urls"}


def normalise(attrs, lists_as_text):
    """The attributes as Python values: lists decoded from JSON text, absent strings ''."""
    out = dict(attrs)
    for name in LISTS:
        if name in out and lists_as_text:
            out[name] = json.loads(out[name]) if out[name] else []
    return out


def compare(kind, ident, want, got):
    for name, value in want.items():
        if kind == "edge" and name in ("source", "target"):
            continue
        have = got.get(name, "" if isinstance(value, str) else None)
        if name == "weight":
            ok = have is not None and float(have) == float(value)
        elif isinstance(value, bool):
            ok = have in (value, str(value).lower())
        elif isinstance(value, int):
            ok = have is not None and int(have) == value
        else:
            ok = have == value
        if not ok:
            problems.append(f"{kind} {ident}: {name} is {have!r}, store has {value!r}")


def check_counts(nodes, edges):
    if nodes != len(expected["nodes"]):
        problems.append(f"{nodes} nodes read, store has {len(expected['nodes'])}")
    if edges is not None and edges != len(expected["edges"]):
        problems.append(f"{edges} edges read, store has {len(expected['edges'])}")


if reader in ("graphml-networkx", "json-networkx", "json-links-networkx"):
    import networkx as nx

    if reader == "graphml-networkx":
        G = nx.read_graphml(path, force_multigraph=True)
    else:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if reader == "json-links-networkx":
            if "links" not in data or "edges" in data:
                problems.append("--links export has no 'links' key")
            G = nx.node_link_graph(data, edges="links")
        else:
            if "edges" not in data:
                problems.append("node-link export has no 'edges' key")
            G = nx.node_link_graph(data, edges="edges")
    lists_as_text = reader.startswith("graphml")
    if not G.is_directed() or not G.is_multigraph():
        problems.append("graph is not a directed multigraph")
    if "corpkg_version" not in G.graph:
        problems.append(f"graph attributes lack corpkg_version: {G.graph}")
    check_counts(G.number_of_nodes(), G.number_of_edges())
    for node_id, want in expected["nodes"].items():
        if node_id not in G.nodes:
            problems.append(f"node {node_id!r} missing")
            continue
        compare("node", node_id, want, normalise(G.nodes[node_id], lists_as_text))
    seen = set()
    for u, v, key, attrs in G.edges(keys=True, data=True):
        seen.add(key)
        want = expected["edges"].get(key)
        if want is None:
            problems.append(f"edge {key!r} is not in the store")
            continue
        if (u, v) != (want["source"], want["target"]):
            problems.append(f"edge {key}: ends {(u, v)} != {(want['source'], want['target'])}")
        got = normalise(attrs, lists_as_text)
        if lists_as_text and got.get("label") != want["relation"]:
            problems.append(f"edge {key}: label {got.get('label')!r} != relation")
        compare("edge", key, want, got)
    for key in expected["edges"]:
        if key not in seen:
            problems.append(f"edge {key} missing")

elif reader == "graphml-igraph":
    sys.path.append("/usr/lib/python3/dist-packages")
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    check_counts(g.vcount(), g.ecount())
    if not g.is_directed():
        problems.append("igraph reads the graph as undirected")
    ids = g.vs["id"]
    for v in g.vs:
        want = expected["nodes"].get(v["id"])
        if want is None:
            problems.append(f"node {v['id']!r} is not in the store")
            continue
        compare("node", v["id"], want, normalise(v.attributes(), True))
    got_edges = sorted(
        (ids[e.source], ids[e.target], e["relation"], float(e["weight"]), int(e["mentions"]),
         e["evidence"], json.loads(e["topics"]))
        for e in g.es)
    want_edges = sorted(
        (e["source"], e["target"], e["relation"], float(e["weight"]), e["mentions"],
         e["evidence"], e["topics"])
        for e in expected["edges"].values())
    if got_edges != want_edges:
        problems.append(f"igraph edges differ:\n  read  {got_edges}\n  store {want_edges}")

elif reader in ("csv-edges", "jsonl-edges", "csv-nodes", "jsonl-nodes"):
    with open(path, encoding="utf-8", newline="") as f:
        if reader.startswith("csv"):
            rows = list(csv.DictReader(f))
        else:
            rows = [json.loads(line) for line in f if line.strip()]
    lists_as_text = reader.startswith("csv")
    if reader.endswith("edges"):
        check_counts(len(expected["nodes"]), len(rows))
        for row in rows:
            for column in ("Id", "Source", "Target", "Type", "Label", "Weight"):
                if column not in row:
                    problems.append(f"edge table lacks the {column} column")
            want = expected["edges"].get(row.get("Id"))
            if want is None:
                problems.append(f"edge {row.get('Id')!r} is not in the store")
                continue
            if (row["Source"], row["Target"]) != (want["source"], want["target"]):
                problems.append(f"edge {row['Id']}: ends differ")
            if row["Label"] != want["relation"] or float(row["Weight"]) != want["weight"]:
                problems.append(f"edge {row['Id']}: Label/Weight differ")
            compare("edge", row["Id"], want, dict(normalise(row, lists_as_text),
                                                  weight=row["Weight"]))
    else:
        check_counts(len(rows), None)
        for row in rows:
            want = expected["nodes"].get(row.get("Id"))
            if want is None:
                problems.append(f"node {row.get('Id')!r} is not in the store")
                continue
            got = normalise(row, lists_as_text)
            compare("node", row["Id"], want, dict(got, label=got.get("Label")))
else:
    sys.exit(f"unknown reader {reader}")

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print(f"ok {reader}: {len(expected['nodes'])} nodes, {len(expected['edges'])} edges")
