#!/usr/bin/env python3
"""Runs every tests/bench/*_bench.py and prints one table of the results.

Each benchmark script is run as `SCRIPT --corpkg PATH` with a time limit. Scripts report
a measurement by printing a line `BENCH {json}` with the keys
    area, work, metric, corpkg, peak_mib, networkx, igraph, floor, floor_name
(numbers are rates in `metric` units, higher is better, or seconds when the metric ends
in " s", lower is better; absent libraries are null). Those lines become the table; the
rest of each script's output is printed below it, so nothing a script reports is lost.

Usage: run_all.py [--corpkg PATH] [--only NAME ...] [--timeout SECONDS]
The machine and the command line head the output, so the table can be quoted as is.
"""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def machine():
    """One line naming the CPU, cores, memory and OS."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    os_name = platform.platform()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {os_name}"


def fmt(value, metric):
    if value is None:
        return "-"
    if metric.endswith(" s"):
        return f"{value:.3f}"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def ratio(corpkg, other, metric):
    """How many times better corpkg is than `other` (>1: corpkg faster)."""
    if corpkg in (None, 0) or other in (None, 0):
        return "-"
    r = other / corpkg if metric.endswith(" s") else corpkg / other
    return f"{r:.2f}x"


def main():
    default_bin = os.path.join(ROOT, "build", "release", "cli", "corpkg")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpkg", default=os.environ.get("CORPKG", default_bin))
    ap.add_argument("--only", nargs="*", help="script names (e.g. import_bench) to run")
    ap.add_argument("--timeout", type=int, default=420, help="seconds per script")
    args = ap.parse_args()
    corpkg = os.path.abspath(args.corpkg)
    if not os.access(corpkg, os.X_OK):
        sys.exit(f"run_all: no corpkg binary at {corpkg} (make build, or pass --corpkg)")

    scripts = sorted(glob.glob(os.path.join(HERE, "*_bench.py")))
    if args.only:
        scripts = [s for s in scripts
                   if os.path.basename(s)[:-3] in args.only or os.path.basename(s) in args.only]
    version = subprocess.run([corpkg, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"machine: {machine()}")
    print(f"corpkg:  {version} ({corpkg})")
    print(f"command: tests/bench/run_all.py --corpkg {args.corpkg}"
          + (f" --only {' '.join(args.only)}" if args.only else ""))
    print(flush=True)

    rows, logs = [], []
    started = time.perf_counter()
    for script in scripts:
        name = os.path.basename(script)
        print(f"run_all: {name} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        env = dict(os.environ, CORPKG=corpkg)
        try:
            proc = subprocess.run([sys.executable, script, "--corpkg", corpkg],
                                  capture_output=True, text=True, timeout=args.timeout, env=env)
            out, status = proc.stdout, f"exit {proc.returncode}"
            if proc.returncode != 0:
                out += proc.stderr[-2000:]
        except subprocess.TimeoutExpired as e:
            out = (e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes)
                   else e.stdout or "")
            status = f"stopped after {args.timeout} s"
        took = time.perf_counter() - t0
        other = []
        for line in out.splitlines():
            if line.startswith("BENCH "):
                try:
                    rows.append(json.loads(line[6:]))
                except ValueError:
                    other.append(line)
            else:
                other.append(line)
        logs.append((name, status, took, "\n".join(other).strip()))

    header = (f"| area | work | metric | corpkg | peak MiB | networkx | corpkg vs nx | "
              f"igraph | corpkg vs igraph | floor | corpkg / floor |")
    print(header)
    print("|" + " --- |" * 11)
    for r in rows:
        m = r.get("metric", "")
        c = r.get("corpkg")
        floor = r.get("floor")
        floor_cell = (f"{fmt(floor, m)} ({r.get('floor_name', '')})" if floor is not None
                      else "-")
        if c and floor:
            share = (floor / c if m.endswith(" s") else c / floor)
            floor_ratio = f"{share:.2f}"
        else:
            floor_ratio = "-"
        peak = r.get("peak_mib")
        peak_cell = f"{peak:.0f}" if peak is not None else "-"
        print(f"| {r.get('area', '')} | {r.get('work', '')} | {m} | {fmt(c, m)} | {peak_cell} | "
              f"{fmt(r.get('networkx'), m)} | {ratio(c, r.get('networkx'), m)} | "
              f"{fmt(r.get('igraph'), m)} | {ratio(c, r.get('igraph'), m)} | "
              f"{floor_cell} | {floor_ratio} |")
    print("\nRatios above 1 mean corpkg is faster; `corpkg / floor` is the share of the "
          "machine's floor corpkg reaches.")
    print(f"total {time.perf_counter() - started:.0f} s")
    for name, status, took, text in logs:
        print(f"\n--- {name}: {status}, {took:.0f} s")
        if text:
            print(text)


if __name__ == "__main__":
    main()
