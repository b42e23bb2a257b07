#!/usr/bin/env bash
# Installs the Debian packages corpkg builds and tests with. Does nothing when every
# package is already present; uses sudo when not run as root.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev catch2
    libcli11-dev libfmt-dev libutf8proc-dev libgraphviz-dev libjemalloc-dev
    libxml2-utils graphviz python3 python3-networkx python3-igraph sqlite3
)
if [[ "${CORPKG_WITH_FUZZ:-0}" == 1 ]]; then
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
