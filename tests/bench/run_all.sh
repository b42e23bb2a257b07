#!/usr/bin/env bash
# Runs every benchmark and prints one table: see run_all.py for the options.
exec python3 "$(dirname "$0")/run_all.py" "$@"
