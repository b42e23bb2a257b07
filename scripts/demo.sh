#!/usr/bin/env bash
# The main job on the examples: import every example article and statement file into a
# fresh database under out/, ask a few questions, and write the graph for Gephi and networkx.
set -euo pipefail
corpkg="$1"
out="$2"
mkdir -p "$out"
db="$out/demo.db"
rm -f "$db" "$db-wal" "$db-shm"
export CORPKG_DB="$db"

# Headings are bold only on a terminal, and never when NO_COLOR is set.
if [[ -t 2 && -z "${NO_COLOR:-}" ]]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
step() { printf '\n%s== %s%s\n' "$bold" "$*" "$plain" >&2; }

step "corpkg import examples/"
"$corpkg" import examples/

step "corpkg stats"
"$corpkg" stats

step "corpkg neighbors \"Meta Platforms\""
"$corpkg" neighbors "Meta Platforms"

step "corpkg neighbors 메타 --relation co_develops_with (names resolve in Korean too)"
"$corpkg" neighbors 메타 --relation co_develops_with

if "$corpkg" path --help >/dev/null 2>&1; then
    step "corpkg path Nvidia \"LG Electronics\""
    "$corpkg" path Nvidia "LG Electronics"
fi
if "$corpkg" rank --help >/dev/null 2>&1; then
    step "corpkg rank --by pagerank --top 10"
    "$corpkg" rank --by pagerank --top 10
fi

step "corpkg export"
"$corpkg" export --format graphml -o "$out/demo.graphml"
"$corpkg" export --format json -o "$out/demo.json"
if "$corpkg" export --format gexf -o "$out/demo.gexf" 2>/dev/null; then :; fi
if "$corpkg" export --format svg --ego "Meta Platforms" --depth 1 -o "$out/demo-meta.svg" 2>/dev/null; then :; fi
ls -l "$out" >&2
